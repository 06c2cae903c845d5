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

const PREFIX = '/v1/forward-auth/'

/** The map name and the path after it, as this request carries them (Envoy's mode). */
function mapAndRest(url: string): { map: string; rest: string } {
  const path = new URL(url).pathname.slice(PREFIX.length)
  const slash = path.indexOf('/')
  const rawMap = slash < 0 ? path : path.slice(0, slash)
  let map: string
  try {
    map = decodeURIComponent(rawMap)
  } catch {
    map = rawMap // matches no map name
  }
  return { map, rest: slash < 0 ? '/' : path.slice(slash) }
}

/** Method and URI of the original request (SPEC §9). */
function originalRequest(c: Context<AppEnv>, rest: string) {
  const forwarded = c.req.header('x-forwarded-uri')
  if (forwarded !== undefined) {
    return { method: c.req.header('x-forwarded-method') ?? c.req.method, uri: forwarded }
  }
  const original = c.req.header('x-original-uri')
  if (original !== undefined) {
    return { method: c.req.header('x-original-method') ?? c.req.method, uri: original }
  }
  return { method: c.req.method, uri: rest }
}

async function answer(c: Context<AppEnv>) {
  const { map, rest } = mapAndRest(c.req.url)
  const waitUntil = (p: Promise<unknown>) => c.executionCtx.waitUntil(p)
  const result = await forwardAuth(dataDeps(c), deployedRouteMaps, {
    map,
    ...originalRequest(c, rest),
    authenticate: () => authenticate(bearerToken(c.req.header('authorization')), c.env, waitUntil),
    freshness: {
      minVersion: c.req.header('x-authz-min-version'),
      consistency: c.req.header('x-authz-consistency'),
    },
  })
  const response = result.allowed
    ? new Response(null, { status: 200, headers: NO_STORE })
    : problemResponse(result.error, c.req.path)
  for (const [name, value] of Object.entries(result.headers)) response.headers.set(name, value)
  response.headers.set('X-Request-Id', c.get('requestId'))
  return response
}

export const forwardAuthRoutes = new Hono<AppEnv>()
  .all('/forward-auth/:map', answer)
  .all('/forward-auth/:map/*', answer)
