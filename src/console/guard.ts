/**
 * @module The console's guards (SPEC §10): a request without a valid session goes to the sign-in
 * page; every non-GET must come from the console's own origin and carry the session's CSRF token (`_csrf` field or `X-CSRF-Token`),
 * else 403 `csrf_failed` and nothing runs.
 */
import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { AppError } from '../errors'
import type { ConsoleEnv } from './env'
import { csrfToken, openSession, SESSION_COOKIE } from './session'

const encoder = new TextEncoder()

/** Constant-time equality of two texts. */
function sameText(a: string, b: string): boolean {
  const x = encoder.encode(a)
  const y = encoder.encode(b)
  return x.byteLength === y.byteLength && crypto.subtle.timingSafeEqual(x, y)
}

const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/

const csrfFailed = (detail: string) => new AppError('csrf_failed', detail)

/**
 * Unsafe requests whose Origin is present must name the console's own origin, and a browser's
 * Sec-Fetch-Site, when sent, must say same-origin (SPEC §10). Hono's `csrf()` would also refuse a
 * form without Origin, which SPEC §10 allows (the CSRF token still has to match).
 */
export const sameOrigin = createMiddleware<ConsoleEnv>(async (c, next) => {
  if (!SAFE_METHOD.test(c.req.method)) {
    const origin = c.req.header('origin')
    if (origin !== undefined && origin !== new URL(c.req.url).origin) {
      throw csrfFailed(`the request comes from ${origin}, not from the console`)
    }
    const site = c.req.header('sec-fetch-site')
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw csrfFailed(`the browser says the request is ${site}`)
    }
  }
  await next()
})

/** The session, or a 303 to the sign-in page; sets `session`, `principal` and `csrf`. */
export const requireSession = createMiddleware<ConsoleEnv>(async (c, next) => {
  const session = await openSession(
    c.env.CONSISTENCY_SECRET,
    getCookie(c, SESSION_COOKIE),
    Math.floor(Date.now() / 1000),
  )
  if (!session) {
    if (c.req.header('hx-request') === 'true') {
      c.header('HX-Redirect', '/console/login')
      return c.body(null, 401)
    }
    return c.redirect('/console/login', 303)
  }
  c.set('session', session)
  c.set('principal', session.principal)
  c.set('csrf', await csrfToken(c.env.CONSISTENCY_SECRET, session))
  await next()
})

/** Unsafe methods must carry the session's CSRF token (after requireSession). */
export const requireCsrfToken = createMiddleware<ConsoleEnv>(async (c, next) => {
  if (SAFE_METHOD.test(c.req.method)) return next()
  let given = c.req.header('x-csrf-token')
  if (given === undefined) {
    const type = c.req.header('content-type') ?? ''
    if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
      const field = (await c.req.parseBody({ all: true }))['_csrf']
      if (typeof field === 'string') given = field
    }
  }
  if (given === undefined) throw csrfFailed('the CSRF token is missing')
  if (!sameText(given, c.get('csrf'))) throw csrfFailed('the CSRF token is not this session’s')
  await next()
})
