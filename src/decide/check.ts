/** @module check and checkBatch: may this user do this? (SPEC §5), at one tenant version. */
import { loadDecisionData } from '../cache/decision-data'
import * as engine from '../engine'
import type { Principal } from '../env'
import { AppError } from '../errors'
import type { DecideDeps } from './deps'
import { decided, resolveFreshness, type Decided, type FreshnessInput } from './freshness'
import { resolveResource, subjectOf } from './subject'

/** A validated check (schemas/decision.ts CheckBody). */
export interface CheckInput extends engine.CheckRequest {
  readonly subject?: string | undefined
}

export interface BatchInput {
  readonly checks: readonly CheckInput[]
}

export interface CheckAnswer extends engine.Decision {
  readonly version: number
}

export interface BatchAnswer {
  readonly results: engine.Decision[]
  readonly version: number
}

/**
 * Decides each input at one version, in order. A deny is a Decision; an unknown permission
 * anywhere is a 400 naming its index; a subject without scope authz:check is a 403; a bad
 * freshness request is a 400 (see resolveFreshness).
 */
export async function checkBatch(
  deps: DecideDeps,
  principal: Principal,
  input: BatchInput,
  freshnessInput: FreshnessInput = {},
): Promise<Decided<BatchAnswer>> {
  const freshness = await resolveFreshness(deps.tokens, principal.tenantId, freshnessInput)
  const inputs = input.checks
  const subjects = inputs.map((i) => subjectOf(principal, i.subject))
  const { data, loadOther } = await loadDecisionData(
    deps,
    principal.tenantId,
    [...new Set(subjects)],
    freshness,
  )
  const version = data.values().next().value!.version
  const results: engine.Decision[] = []
  for (let i = 0; i < inputs.length; i++) {
    const one = inputs[i]!
    const { snapshot, tree } = data.get(subjects[i]!)!
    // Only a `user` resource needs a read (its owner's home group).
    const resource =
      one.resource?.type === 'user' ? await resolveResource(loadOther, one.resource) : one.resource
    const outcome = engine.check(snapshot, tree, { permission: one.permission, resource })
    if (engine.isEngineError(outcome)) {
      const where = inputs.length > 1 ? ` (checks[${i}])` : ''
      throw new AppError(
        'unknown_permission',
        `"${outcome.permission}"${where} is not in the catalog`,
      )
    }
    results.push(outcome)
  }
  return decided(deps.tokens, principal.tenantId, { results, version })
}

/** One check: the decision and the version it was decided at. */
export async function check(
  deps: DecideDeps,
  principal: Principal,
  input: CheckInput,
  freshnessInput: FreshnessInput = {},
): Promise<Decided<CheckAnswer>> {
  const batch = await checkBatch(deps, principal, { checks: [input] }, freshnessInput)
  const { results, version } = batch.value
  return { value: { ...results[0]!, version }, consistency: batch.consistency }
}
