/** @module /openapi.json paths of forward auth (SPEC §9): every method, with and without a path. */
import type { ErrorCode } from '../../errors'
import { FORWARD_AUTH_HEADERS, forwardAuthParams, freshnessParams, headers, param } from './headers'
import { operation } from './operations'
import { CODES, type Variant } from './problems'
import { METHODS, type Method, type Operation, type Paths, type Ref } from './types'

/** Every refusal decided by forward auth carries the six X-Authz-* headers. */
const DECIDED: readonly ErrorCode[] = [
  ...CODES.auth,
  ...CODES.freshness,
  ...CODES.storage,
  'unknown_route_map',
  'no_route',
  'forbidden',
]

/**
 * Forward auth answers with a Response of its own: the request-id middleware's header is not on
 * it (only a bug's 500, rendered by app.onError, has X-Request-Id).
 */
const xAuthz: Variant = {
  name: 'ForwardAuth',
  headers: (_status, codes) => {
    const decided = codes.filter((c) => DECIDED.includes(c))
    if (decided.length === 0) return {}
    return decided.length === codes.length
      ? { ...headers(FORWARD_AUTH_HEADERS), ...headers([], ['X-Request-Id']) }
      : headers([], [...FORWARD_AUTH_HEADERS, 'X-Request-Id'])
  },
}

const DESCRIPTION =
  'One endpoint for nginx `auth_request`, Traefik ForwardAuth, Caddy `forward_auth` and Envoy ' +
  '`ext_authz`. The original request is X-Forwarded-Method + X-Forwarded-Uri when ' +
  'X-Forwarded-Uri is present, else X-Original-Method + X-Original-URI, else this request’s ' +
  'own method and the path after the map (nothing after the map = `/`). HEAD matches as GET; ' +
  'the query string is ignored; the body is never read. Order: map (unknown: 500) → route ' +
  '(none: 403 `no_route`) → public route (200, the token and freshness headers are not read, ' +
  'identity headers `-`) → freshness headers (400) → token (401) → decision (200, or 403 ' +
  '`forbidden` with `reason`). Never 3xx or 404.'

function forwardAuthItem(idPrefix: string, pathParams: readonly Ref[]) {
  const item: { description: string } & Partial<Record<Method, Operation>> = {
    description: DESCRIPTION,
  }
  for (const method of METHODS) {
    item[method] = operation({
      operationId: `${idPrefix}${method[0]!.toUpperCase()}${method.slice(1)}`,
      summary: `May the original request through? (forward auth, ${method.toUpperCase()})`,
      tag: 'Forward auth',
      auth: 'optional',
      parameters: [...pathParams, ...forwardAuthParams, ...freshnessParams],
      answers: {
        '200': {
          description: 'Allowed: empty body; the six X-Authz-* headers, `-` where n/a',
          headers: headers(['Cache-Control', ...FORWARD_AUTH_HEADERS], ['X-Request-Id']),
        },
      },
      codes: DECIDED,
      variant: xAuthz,
    })
  }
  return item
}

export const forwardAuthPaths = (): Paths => ({
  '/v1/forward-auth/{map}': forwardAuthItem('forwardAuth', [param('map')]),
  '/v1/forward-auth/{map}/{path}': forwardAuthItem('forwardAuthPath', [
    param('map'),
    param('path'),
  ]),
})
