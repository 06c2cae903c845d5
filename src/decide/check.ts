/** @module check and checkBatch: may this user do this? (SPEC §5), at one tenant version. */
import { loadDecisionData } from '../cache/authz-data'
import * as engine from '../engine'
import type { Principal } from '../env'
import { AppError } from '../errors'
import type { DecideDeps } from './deps'
import type { Freshness } from './freshness'
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
 * anywhere is a 400 naming its index; a subject without scope authz:check is a 403.
 */
export async function checkBatch(
  deps: DecideDeps,
  principal: Principal,
  input: BatchInput,
  freshness: Freshness = {},
): Promise<BatchAnswer> {
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
  for (const [i, one] of inputs.entries()) {
    const { snapshot, tree } = data.get(subjects[i]!)!
    const resource = await resolveResource(loadOther, one.resource)
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
  return { results, version }
}

/** One check: the decision and the version it was decided at. */
export async function check(
  deps: DecideDeps,
  principal: Principal,
  input: CheckInput,
  freshness: Freshness = {},
): Promise<CheckAnswer> {
  const { results, version } = await checkBatch(deps, principal, { checks: [input] }, freshness)
  return { ...results[0]!, version }
}
