/** @module me and catalog: what the caller's frontend may show. */
import { loadDecisionData } from '../cache/decision-data'
import { catalogView } from '../catalog/catalog-view'
import * as engine from '../engine'
import type { Principal } from '../env'
import { AppError } from '../errors'
import type { DecideDeps } from './deps'
import { decided, resolveFreshness, type Decided, type FreshnessInput } from './freshness'

export type MeAnswer = engine.MeView
export type CatalogAnswer = ReturnType<typeof catalogView> & { readonly version: number }

/** The caller's own data; 403 `unknown_user` when the token's user is not in its tenant. */
async function callerData(deps: DecideDeps, principal: Principal, input: FreshnessInput) {
  const freshness = await resolveFreshness(deps.tokens, principal.tenantId, input)
  const { data } = await loadDecisionData(deps, principal.tenantId, [principal.userId], freshness)
  const caller = data.get(principal.userId)!
  if (caller.snapshot === null) throw new AppError('unknown_user')
  return { ...caller, snapshot: caller.snapshot }
}

/** Visibility for the caller: modules, levels, reports, groups, add-ons. */
export async function me(
  deps: DecideDeps,
  principal: Principal,
  freshness: FreshnessInput = {},
): Promise<Decided<MeAnswer>> {
  const { snapshot, tree, version } = await callerData(deps, principal, freshness)
  // The snapshot may predate the answer's version; nothing it depends on changed since.
  return decided(deps.tokens, principal.tenantId, { ...engine.me(snapshot, tree), version })
}

/**
 * A weak ETag of the caller's visibility: a digest of everything in the answer but `version`, so
 * writes that change nothing for this user keep it (SPEC §8: revalidate with If-None-Match).
 */
export async function meEtag(answer: MeAnswer): Promise<string> {
  const { version: _, ...content } = answer
  const bytes = new TextEncoder().encode(JSON.stringify(content))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  const hex = [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `W/"${hex}"`
}

/** RFC 9110 §13.1.2: If-None-Match matches with the weak comparison, or `*`. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

/** The catalog limited to the caller's tenant's enabled products. */
export async function catalog(
  deps: DecideDeps,
  principal: Principal,
  freshness: FreshnessInput = {},
): Promise<Decided<CatalogAnswer>> {
  const { snapshot, version } = await callerData(deps, principal, freshness)
  return decided(deps.tokens, principal.tenantId, { ...catalogView(snapshot.products), version })
}
