/** @module me and catalog: what the caller's frontend may show. */
import { loadDecisionData } from '../cache/authz-data'
import { catalogView } from '../catalog/catalog-view'
import * as engine from '../engine'
import type { Principal } from '../env'
import { AppError } from '../errors'
import type { DecideDeps } from './deps'
import type { Freshness } from './freshness'

export type MeAnswer = engine.MeView
export type CatalogAnswer = ReturnType<typeof catalogView> & { readonly version: number }

/** The caller's own data; 403 `unknown_user` when the token's user is not in its tenant. */
async function callerData(deps: DecideDeps, principal: Principal, freshness: Freshness) {
  const { data } = await loadDecisionData(deps, principal.tenantId, [principal.userId], freshness)
  const caller = data.get(principal.userId)!
  if (caller.snapshot === null) throw new AppError('unknown_user')
  return { ...caller, snapshot: caller.snapshot }
}

/** Visibility for the caller: modules, levels, reports, groups, add-ons. */
export async function me(
  deps: DecideDeps,
  principal: Principal,
  freshness: Freshness = {},
): Promise<MeAnswer> {
  const { snapshot, tree, version } = await callerData(deps, principal, freshness)
  // The snapshot may predate the answer's version; nothing it depends on changed since.
  return { ...engine.me(snapshot, tree), version }
}

/** The catalog limited to the caller's tenant's enabled products. */
export async function catalog(
  deps: DecideDeps,
  principal: Principal,
  freshness: Freshness = {},
): Promise<CatalogAnswer> {
  const { snapshot, version } = await callerData(deps, principal, freshness)
  return { ...catalogView(snapshot.products), version }
}
