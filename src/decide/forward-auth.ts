/**
 * @module forwardAuth: a gateway's pre-request question (SPEC §9), answered from a route map.
 *
 * Order: map (unknown: 500) -> route (none: 403 `no_route`) -> public route (allowed, the token
 * is not read) -> token (401) -> the same check as /v1/check (200 or 403). Every answer carries
 * the six X-Authz-* values, `-` where one does not apply, so a gateway that copies them never
 * forwards a placeholder.
 */
import type { Principal } from '../env'
import { AppError } from '../errors'
import { matchRoute, type RouteMaps } from '../route-maps'
import { check } from './check'
import type { DecideDeps } from './deps'
import type { FreshnessInput } from './freshness'

export interface ForwardAuthInput {
  readonly map: string
  /** The original request's method and URI, as the gateway reported them. */
  readonly method: string
  readonly uri: string
  /** Verifies the caller's bearer token; called only when the route is not public. */
  readonly authenticate: () => Promise<Principal>
  /** X-Authz-Min-Version / X-Authz-Consistency as sent (a malformed one is a 400 answer). */
  readonly freshness?: FreshnessInput
}

/** The headers every forward-auth answer carries (SPEC §9). */
export interface ForwardAuthHeaders {
  readonly 'X-Authz-User': string
  readonly 'X-Authz-Tenant': string
  readonly 'X-Authz-Level': string
  readonly 'X-Authz-Reason': string
  readonly 'X-Authz-Route': string
  readonly 'X-Authz-Consistency': string
}

export type ForwardAuthAnswer =
  | { readonly allowed: true; readonly headers: ForwardAuthHeaders }
  | { readonly allowed: false; readonly error: AppError; readonly headers: ForwardAuthHeaders }

const NOT_APPLICABLE = '-'

/** The headers with nothing known yet: every value `-`. */
export const unknownHeaders = (): { -readonly [K in keyof ForwardAuthHeaders]: string } => ({
  'X-Authz-User': NOT_APPLICABLE,
  'X-Authz-Tenant': NOT_APPLICABLE,
  'X-Authz-Level': NOT_APPLICABLE,
  'X-Authz-Reason': NOT_APPLICABLE,
  'X-Authz-Route': NOT_APPLICABLE,
  'X-Authz-Consistency': NOT_APPLICABLE,
})

/**
 * Decides the original request. A deny, a missing route or map, a bad token or an outage is an
 * answer with `allowed: false` and the AppError to render; only a bug throws.
 */
export async function forwardAuth(
  deps: DecideDeps,
  maps: RouteMaps,
  input: ForwardAuthInput,
): Promise<ForwardAuthAnswer> {
  const headers = unknownHeaders()
  try {
    const routes = maps.get(input.map)
    if (!routes) throw new AppError('unknown_route_map', `no route map "${input.map}"`)
    const match = matchRoute(routes, input.method, input.uri)
    if (!match) throw new AppError('no_route', `no route of "${input.map}" matches the request`)
    headers['X-Authz-Route'] = match.route.path
    if (match.permission === null) return { allowed: true, headers }
    const principal = await input.authenticate()
    headers['X-Authz-User'] = principal.userId
    headers['X-Authz-Tenant'] = principal.tenantId
    const permission = match.permission
    const answer = await check(
      deps,
      principal,
      { permission, resource: match.resource },
      input.freshness,
    )
    const decision = answer.value
    headers['X-Authz-Level'] = decision.level
    headers['X-Authz-Reason'] = decision.reason
    headers['X-Authz-Consistency'] = answer.consistency

    if (decision.allowed) return { allowed: true, headers }
    const error = new AppError('forbidden', `${permission} is denied: ${decision.reason}`, {
      reason: decision.reason,
    })
    return { allowed: false, error, headers }
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    headers['X-Authz-Reason'] = error.code
    return { allowed: false, error, headers }
  }
}
