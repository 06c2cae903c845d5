/** @module Gives every request an id (the caller's X-Request-Id when sane) and echoes it. */
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'

const SANE_ID = /^[\w.:-]{1,128}$/

/** The caller's X-Request-Id when it is 1–128 of A–Z a–z 0–9 _ . : -, else a new UUID. */
export const requestIdOf = (given: string | null | undefined): string =>
  given && SANE_ID.test(given) ? given : crypto.randomUUID()

export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const id = requestIdOf(c.req.header('x-request-id'))
  c.set('requestId', id)
  c.header('X-Request-Id', id)
  await next()
})
