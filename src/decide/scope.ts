/** @module scope: which rows may this user see, as a filter (agrees with check). */
import type { z } from 'zod'
import { loadDecisionData } from '../cache/decision-data'
import * as engine from '../engine'
import type { Principal } from '../env'
import { AppError } from '../errors'
import type { ScopeBody } from '../schemas'
import type { DecideDeps } from './deps'
import { decided, resolveFreshness, type Decided, type FreshnessInput } from './freshness'
import { subjectOf } from './subject'

export type ScopeInput = z.output<typeof ScopeBody>
export type ScopeAnswer = engine.ScopeResult & { readonly version: number }

/** `all`, `none` or a filter; 400 for an unknown permission, 403 for a subject without scope. */
export async function scope(
  deps: DecideDeps,
  principal: Principal,
  input: ScopeInput,
  freshnessInput: FreshnessInput = {},
): Promise<Decided<ScopeAnswer>> {
  const freshness = await resolveFreshness(deps.tokens, principal.tenantId, freshnessInput)
  const subject = subjectOf(principal, input.subject)
  const { data } = await loadDecisionData(deps, principal.tenantId, [subject], freshness)
  const { snapshot, tree, version } = data.get(subject)!
  const result = engine.scope(snapshot, tree, input.permission)
  if (engine.isEngineError(result)) {
    throw new AppError('unknown_permission', `"${result.permission}" is not in the catalog`)
  }
  return decided(deps.tokens, principal.tenantId, { ...result, version })
}
