/** @module Authenticates the bearer token and stores the principal on the context. */
import { createMiddleware } from 'hono/factory'
import { authenticate as principalOf, bearerToken } from '../auth'
import type { AppEnv } from '../env'

export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header('authorization'))
  c.set('principal', await principalOf(token, c.env, (p) => c.executionCtx.waitUntil(p)))
  await next()
})
