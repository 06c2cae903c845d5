/** @module What every route takes from the request: use-case deps, freshness, answer headers. */
import type { Context } from 'hono'
import { decisionDeps, type DecideDeps } from '../decide/deps'
import type { Decided, FreshnessInput } from '../decide/freshness'
import type { AppEnv } from '../env'

export const NO_STORE = { 'Cache-Control': 'no-store' } as const

/** The use cases' dependencies for this request. */
export function dataDeps(c: Context<AppEnv>): DecideDeps {
  return decisionDeps(c.env, (p) => c.executionCtx.waitUntil(p))
}

/** `X-Authz-Min-Version` and `X-Authz-Consistency` as the caller sent them (SPEC §8). */
export function freshnessOf(c: Context<AppEnv>): FreshnessInput {
  return {
    minVersion: c.req.header('x-authz-min-version'),
    consistency: c.req.header('x-authz-consistency'),
  }
}

/** Headers of a decision: never stored, and the token of the data it used. */
export const decisionHeaders = (answer: Decided<unknown>) => ({
  ...NO_STORE,
  'X-Authz-Consistency': answer.consistency,
})
