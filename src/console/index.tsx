/** @module The admin console (SPEC §10), served under /console: sign-in, guards, the screens. */
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { ConsoleEnv } from './env'
import { requireCsrfToken, requireSession, sameOrigin } from './guard'
import { signInRoutes, signOut } from './sign-in'
import { renderConsoleError } from './errors'
import { screenRoutes } from './screens'

/**
 * Every console answer: scripts, styles and requests only from this origin (htmx's eval is off and
 * no page has inline script or style), forms post only here, no framing by another site.
 */
const consoleHeaders = createMiddleware<ConsoleEnv>(async (c, next) => {
  await next()
  c.res.headers.set(
    'Content-Security-Policy',
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'",
  )
  c.res.headers.set('X-Content-Type-Options', 'nosniff')
  c.res.headers.set('Referrer-Policy', 'same-origin')
})

export const consoleApp = new Hono<ConsoleEnv>()
  .use(consoleHeaders)
  .route('/', signInRoutes)
  .use(requireSession, sameOrigin, requireCsrfToken)
  .get('/', (c) => c.redirect('/console/roles', 303))
  .post('/sign-out', signOut)
  .route('/', screenRoutes)
  .onError(renderConsoleError)
