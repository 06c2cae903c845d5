/** @module Authenticates the bearer token and stores the principal on the context. */
import { createMiddleware } from 'hono/factory'
import { bearerToken, verifyToken } from '../auth'
import { readAuthConfig, type AppEnv } from '../env'
import { AppError } from '../errors'

export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header('authorization'))
  if (token === undefined) throw new AppError('unauthenticated')
  const principal = await verifyToken(token, readAuthConfig(c.env), {
    kv: c.env.CACHE,
    now: Date.now,
    waitUntil: (p) => c.executionCtx.waitUntil(p),
  })
  c.set('principal', principal)
  await next()
})
