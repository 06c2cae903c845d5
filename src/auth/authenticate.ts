/** @module The principal behind a bearer token, for every way in (HTTP, forward auth, RPC). */
import { readAuthConfig, type Bindings, type Principal } from '../env'
import { AppError } from '../errors'
import { verifyToken } from './verify-token'

/**
 * Verifies a bearer token (the token itself, without `Bearer `). Throws 401 `unauthenticated`
 * when there is none, `invalid_token` when it does not verify, 503 when the keys cannot be read.
 */
export async function authenticate(
  token: string | undefined,
  env: Bindings,
  waitUntil: (promise: Promise<unknown>) => void,
): Promise<Principal> {
  if (token === undefined || token === '') throw new AppError('unauthenticated')
  return verifyToken(token, readAuthConfig(env), { kv: env.CACHE, now: Date.now, waitUntil })
}
