// The check requests Traefik's ForwardAuth and Envoy's HTTP ext_authz send, built from our
// configs (gateways/traefik/dynamic.yml, gateways/envoy/envoy.yaml) as those gateways build them.
import { listUnder, readRecipe, scalarOf } from './config-text'

/** The request a client sent to the gateway. */
export interface OriginalRequest {
  readonly method: string
  /** Path and query, e.g. /api/conversations?page=2 */
  readonly uri: string
  readonly headers?: Readonly<Record<string, string>>
}

export interface CheckRequest {
  readonly method: string
  /** Path and query on the authorization service. */
  readonly path: string
  readonly headers: Record<string, string>
  readonly body?: string
}

const pick = (headers: Readonly<Record<string, string>>, allowed: readonly string[]) => {
  const names = allowed.map((name) => name.toLowerCase())
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => names.includes(name.toLowerCase())),
  )
}

export const TRAEFIK = (() => {
  const yml = readRecipe('gateways/traefik/dynamic.yml')
  return {
    address: new URL(scalarOf(yml, 'address')),
    authRequestHeaders: listUnder(yml, 'authRequestHeaders'),
    authResponseHeaders: listUnder(yml, 'authResponseHeaders'),
  }
})()

/**
 * Traefik's ForwardAuth (trustForwardHeader: false): a GET to the address with the client's
 * headers named in authRequestHeaders, and X-Forwarded-* it sets from the request itself.
 */
export function traefikCheck(original: OriginalRequest): CheckRequest {
  return {
    method: 'GET',
    path: TRAEFIK.address.pathname,
    headers: {
      ...pick(original.headers ?? {}, TRAEFIK.authRequestHeaders),
      'X-Forwarded-For': '203.0.113.7',
      'X-Forwarded-Method': original.method,
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': 'app.example.com',
      'X-Forwarded-Uri': original.uri,
    },
  }
}

export const ENVOY = (() => {
  const yaml = readRecipe('gateways/envoy/envoy.yaml')
  return {
    pathPrefix: scalarOf(yaml, 'path_prefix'),
    allowedHeaders: listUnder(yaml, 'allowed_headers'),
    allowedUpstreamHeaders: listUnder(yaml, 'allowed_upstream_headers'),
  }
})()

/** Envoy always adds these client headers to the check (besides Host, Method, Path). */
const ENVOY_DEFAULT_HEADERS = ['authorization']

/**
 * Envoy's HTTP ext_authz: the original method, path_prefix + the original path and query, the
 * client's Authorization and allowed_headers, Content-Length 0 and no body.
 */
export function envoyCheck(original: OriginalRequest): CheckRequest {
  const sendsBody = original.method !== 'GET' && original.method !== 'HEAD'
  return {
    method: original.method,
    path: `${ENVOY.pathPrefix}${original.uri}`,
    headers: pick(original.headers ?? {}, [...ENVOY_DEFAULT_HEADERS, ...ENVOY.allowedHeaders]),
    body: sendsBody ? '' : undefined,
  }
}
