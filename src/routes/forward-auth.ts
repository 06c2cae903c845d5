/**
 * @module ALL /v1/forward-auth/:map[/*]: forward auth for nginx, Traefik, Caddy and Envoy.
 *
 * The original request comes from X-Forwarded-Method/-Uri (Traefik, Caddy, our nginx recipe),
 * else X-Original-Method/-URI, else this request's own method and the path after the map
 * (Envoy's `path_prefix`). The body is never read.
 */
import { Hono, type Context } from 'hono'
import { authenticate, bearerToken } from '../auth'
import { forwardAuth } from '../decide/forward-auth'
import type { AppEnv } from '../env'
import { problemResponse } from '../errors'
import { deployedRouteMaps } from '../route-maps'
import { NO_STORE, dataDeps } from './http-deps'

/** The path after `/v1/forward-auth/:map`, raw as this request carries it (Envoy's mode). */
function pathAfterMap(url: string): string {
  const path = url.slice(url.indexOf('/', url.indexOf('//') + 2)).replace(/[?#].*$/, '')
  const rest = path.indexOf('/', '/v1/forward-auth/'.length)
  return rest < 0 ? '/' : path.slice(rest)
}

/** Method and URI of the original request (SPEC §9). */
function originalRequest(c: Context<AppEnv>) {
  const forwarded = c.req.header('x-forwarded-uri')
  if (forwarded !== undefined) {
    return { method: c.req.header('x-forwarded-method') ?? c.req.method, uri: forwarded }
  }
  const original = c.req.header('x-original-uri')
  if (original !== undefined) {
    return { method: c.req.header('x-original-method') ?? c.req.method, uri: original }
  }
  return { method: c.req.method, uri: pathAfterMap(c.req.url) }
}

async function answer(c: Context<AppEnv>) {
  const waitUntil = (p: Promise<unknown>) => c.executionCtx.waitUntil(p)
  const result = await forwardAuth(dataDeps(c), deployedRouteMaps, {
    map: c.req.param('map') ?? '',
    ...originalRequest(c),
    authenticate: () => authenticate(bearerToken(c.req.header('authorization')), c.env, waitUntil),
    freshness: {
      minVersion: c.req.header('x-authz-min-version'),
      consistency: c.req.header('x-authz-consistency'),
    },
  })
  const headers = { ...result.headers, 'X-Request-Id': c.get('requestId') }
  if (result.allowed)
    return new Response(null, { status: 200, headers: { ...NO_STORE, ...headers } })
  const response = problemResponse(result.error, c.req.path)
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const forwardAuthRoutes = new Hono<AppEnv>()
  .all('/forward-auth/:map', answer)
  .all('/forward-auth/:map/*', answer)
