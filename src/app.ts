/** @module Builds the Hono app: middleware, error rendering, routes. */
import { Hono } from 'hono'
import type { AppEnv } from './env'
import { AppError, failureResponse, problemResponse, withRequestId } from './errors'
import { authenticate } from './middleware/authenticate'
import { requestId } from './middleware/request-id'
import { decisionRoutes } from './routes/decisions'
import { eventSocketRoutes, eventTicketRoutes } from './routes/events'
import { forwardAuthRoutes } from './routes/forward-auth'
import { meRoutes } from './routes/me'
import { openApiDocument } from './routes/openapi'
import { groupRoutes } from './routes/groups'
import { roleRoutes } from './routes/roles'
import { userRoutes } from './routes/users'
import { tenantRoutes } from './routes/tenant'
import { auditRoutes } from './routes/audit'
import { operatorRoutes } from './routes/operator'
import { consoleApp } from './console'

/** Routes and their methods, for 405 answers with an Allow header. */
const ROUTES: Record<string, string> = {
  '/healthz': 'GET',
  '/openapi.json': 'GET',
  '/v1/check': 'POST',
  '/v1/check/batch': 'POST',
  '/v1/scope': 'POST',
  '/v1/me': 'GET',
  '/v1/catalog': 'GET',
  '/v1/roles': 'GET, POST',
  '/v1/roles/:id': 'GET, PATCH, DELETE',
  '/v1/roles/:id/clone': 'POST',
  '/v1/roles/:id/reset': 'POST',
  '/v1/groups': 'GET, POST',
  '/v1/groups/:id': 'GET, PATCH, DELETE',
  '/v1/users': 'GET, POST',
  '/v1/users/:id': 'GET, PATCH, DELETE',
  '/v1/users/:id/access': 'PUT',
  '/v1/tenant/products': 'GET, PUT',
  '/v1/tenant/settings': 'GET, PUT',
  '/v1/audit': 'GET',
  '/v1/webhooks/invalidate': 'POST',
  '/v1/tenants': 'POST',
  '/v1/events': 'GET',
  '/v1/events/ticket': 'POST',
}

export function createApp() {
  const app = new Hono<AppEnv>()
  // Liveness: no auth, no storage, nothing else in front (it is the benchmark floor).
  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  app.use('*', requestId)
  app.get('/openapi.json', (c) => c.json(openApiDocument()))
  // The admin console (SPEC §10): its own sessions, CSRF guard and HTML error pages.
  app.route('/console', consoleApp)
  // Authenticated by a signature or the operator secret, not by a user token.
  app.route('/v1', operatorRoutes)
  // Reads the token itself, after the route (SPEC §9 order); never reads a body.
  app.route('/v1', forwardAuthRoutes)
  // The WebSocket upgrade: its ticket is the credential (browsers send no header on it).
  app.route('/v1', eventSocketRoutes)
  app.use('/v1/*', authenticate)
  app.route('/v1', decisionRoutes)
  app.route('/v1', meRoutes)
  app.route('/v1', roleRoutes)
  app.route('/v1', groupRoutes)
  app.route('/v1', userRoutes)
  app.route('/v1', tenantRoutes)
  app.route('/v1', auditRoutes)
  app.route('/v1', eventTicketRoutes)
  for (const [path, allow] of Object.entries(ROUTES)) {
    app.all(path, () => {
      throw new AppError('method_not_allowed', `use ${allow}`)
    })
  }
  app.notFound((c) =>
    withRequestId(
      problemResponse(new AppError('not_found', c.req.path), c.req.path),
      c.get('requestId'),
    ),
  )
  app.onError((error, c) => {
    const response = failureResponse(error, c.req.path, c.get('requestId'))
    if (error instanceof AppError && error.code === 'method_not_allowed')
      response.headers.set('Allow', ROUTES[c.req.routePath] ?? '')
    return response
  })
  return app
}
