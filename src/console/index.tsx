/** @module The admin console (SPEC §10), served under /console: sign-in, guards, the screens. */
import { Hono } from 'hono'
import type { ConsoleEnv } from './env'
import { requireCsrfToken, requireSession, sameOrigin } from './guard'
import { signInRoutes, signOut } from './sign-in'
import { renderConsoleError } from './errors'
import { screenRoutes } from './screens'

export const consoleApp = new Hono<ConsoleEnv>()
  .route('/', signInRoutes)
  .use(requireSession, sameOrigin, requireCsrfToken)
  .get('/', (c) => c.redirect('/console/roles', 303))
  .post('/sign-out', signOut)
  .route('/', screenRoutes)
  .onError(renderConsoleError)
