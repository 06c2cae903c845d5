/** @module Path parameters that name stored things: validated before any lookup. */
import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { Id } from '../schemas'

/** The path parameter as an id; 400 `invalid_request` when it cannot be one. */
export function pathId(c: Context<AppEnv>, name: string): string {
  const raw = c.req.param(name) ?? ''
  const parsed = Id.safeParse(raw)
  if (!parsed.success) {
    throw new AppError('invalid_request', `the ${name} in the path is not a valid id`, {
      errors: [{ path: `/${name}`, message: parsed.error.issues[0]?.message ?? 'invalid id' }],
    })
  }
  return parsed.data
}
