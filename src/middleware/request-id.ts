/** @module Gives every request an id (the caller's X-Request-Id when sane) and echoes it. */
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'

export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const given = c.req.header('x-request-id')
  const id = given && /^[\w.:-]{1,128}$/.test(given) ? given : crypto.randomUUID()
  c.set('requestId', id)
  c.header('X-Request-Id', id)
  await next()
})
