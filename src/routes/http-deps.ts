/** @module What every route takes from the request: use-case deps, freshness, answer headers. */
import type { Context } from 'hono'
import { loadCaller, type Caller } from '../admin/caller'
import type { Written } from '../admin/commit'
import { adminDeps as adminDepsOf, type AdminDeps } from '../admin/deps'
import { decisionDeps, type DecideDeps } from '../decide/deps'
import type { Decided, FreshnessInput } from '../decide/freshness'
import type { AppEnv } from '../env'

export const NO_STORE = { 'Cache-Control': 'no-store' } as const

/** The use cases' dependencies for this request. */
export function dataDeps(c: Context<AppEnv>): DecideDeps {
  return decisionDeps(c.env, (p) => c.executionCtx.waitUntil(p))
}

/** The admin use cases' dependencies for this request (the decision deps and push). */
export function adminDeps(c: Context<AppEnv>): AdminDeps {
  return adminDepsOf(c.env, (p) => c.executionCtx.waitUntil(p))
}

/**
 * The admin deps and the calling user, read fresh from D1: 403 `unknown_user` or `forbidden`
 * (reason `user_disabled`) when the token's user may not administer anything.
 */
export async function adminCaller(
  c: Context<AppEnv>,
): Promise<{ deps: AdminDeps; caller: Caller }> {
  const deps = adminDeps(c)
  return { deps, caller: await loadCaller(deps, c.get('principal')) }
}

/** `X-Authz-Min-Version` and `X-Authz-Consistency` as the caller sent them (SPEC §8). */
export function freshnessOf(request: Request): FreshnessInput {
  return {
    minVersion: request.headers.get('x-authz-min-version') ?? undefined,
    consistency: request.headers.get('x-authz-consistency') ?? undefined,
  }
}

/** Headers of a decision: never stored, and the token of the data it used. */
export const decisionHeaders = (answer: Decided<unknown>) => ({
  ...NO_STORE,
  'X-Authz-Consistency': answer.consistency,
})

/** Headers of an admin write: the token later reads send to see it, when it wrote (SPEC §8). */
export const writeHeaders = (answer: Written<unknown>): Record<string, string> =>
  answer.consistency === undefined ? {} : { 'X-Authz-Consistency': answer.consistency }
