/**
 * @module The service binding (Workers RPC): other Workers call the same use cases as HTTP with
 * no network hop. Each method takes the caller's bearer token and the HTTP inputs, and returns
 * the HTTP answer as a value: `{ok: true, value, consistency}` or `{ok: false, problem}` with
 * the same problem `code` and `status` — never a thrown error.
 */
import { WorkerEntrypoint } from 'cloudflare:workers'
import { authenticate } from '../auth'
import { check, checkBatch, type BatchAnswer, type CheckAnswer } from '../decide/check'
import { decisionDeps, type DecideDeps } from '../decide/deps'
import { forwardAuth, unknownHeaders, type ForwardAuthHeaders } from '../decide/forward-auth'
import type { Decided, FreshnessInput } from '../decide/freshness'
import { me, meEtag, type MeAnswer } from '../decide/me'
import { scope, type ScopeAnswer } from '../decide/scope'
import type { Bindings, Principal } from '../env'
import { AppError, toProblem } from '../errors'
import { deployedRouteMaps } from '../route-maps'
import { BatchBody, CheckBody, ScopeBody, validated } from '../schemas'

/** An RFC 9457 problem as a value (what HTTP would send as problem+json). */
export type Problem = Readonly<Record<string, unknown>> & {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly code: string
}

export type RpcResult<T> =
  | { readonly ok: true; readonly value: T; readonly consistency: string }
  | { readonly ok: false; readonly problem: Problem }

/** `X-Authz-Min-Version` / `X-Authz-Consistency` as RPC options. */
export type DecideOptions = FreshnessInput

export interface ForwardAuthRequest {
  readonly map: string
  /** The original request's method and URI (origin form or absolute). */
  readonly method: string
  readonly uri: string
}

export type ForwardAuthResult =
  | { readonly ok: true; readonly headers: ForwardAuthHeaders }
  | { readonly ok: false; readonly problem: Problem; readonly headers: ForwardAuthHeaders }

const asProblem = (error: unknown): Problem => {
  if (error instanceof AppError) return toProblem(error) as Problem
  console.error(JSON.stringify({ event: 'rpc_failed', error: String(error) }))
  return toProblem(new AppError('internal')) as Problem
}

export class Authz extends WorkerEntrypoint<Bindings> {
  private deps(): DecideDeps {
    return decisionDeps(this.env, (p) => this.ctx.waitUntil(p))
  }

  private principal(token: unknown): Promise<Principal> {
    const bearer = typeof token === 'string' ? token : undefined
    return authenticate(bearer, this.env, (p) => this.ctx.waitUntil(p))
  }

  /** Runs a use case for the token's principal; any AppError becomes the problem value. */
  private async answer<T>(
    token: unknown,
    decide: (principal: Principal) => Promise<Decided<T>>,
  ): Promise<RpcResult<T>> {
    try {
      const { value, consistency } = await decide(await this.principal(token))
      return { ok: true, value, consistency }
    } catch (error) {
      return { ok: false, problem: asProblem(error) }
    }
  }

  /** POST /v1/check. */
  check(token: string, input: unknown, options: DecideOptions = {}) {
    return this.answer<CheckAnswer>(token, (p) =>
      check(this.deps(), p, validated(input, CheckBody), options),
    )
  }

  /** POST /v1/check/batch. */
  checkBatch(token: string, input: unknown, options: DecideOptions = {}) {
    return this.answer<BatchAnswer>(token, (p) =>
      checkBatch(this.deps(), p, validated(input, BatchBody), options),
    )
  }

  /** POST /v1/scope. */
  scope(token: string, input: unknown, options: DecideOptions = {}) {
    return this.answer<ScopeAnswer>(token, (p) =>
      scope(this.deps(), p, validated(input, ScopeBody), options),
    )
  }

  /** GET /v1/me; the value carries its `etag` as well. */
  me(token: string, options: DecideOptions = {}) {
    return this.answer<MeAnswer & { etag: string }>(token, async (p) => {
      const answer = await me(this.deps(), p, options)
      return { ...answer, value: { ...answer.value, etag: await meEtag(answer.value) } }
    })
  }

  /** ALL /v1/forward-auth/:map, with the original request given directly. */
  async forwardAuth(
    token: string | undefined,
    request: ForwardAuthRequest,
    options: DecideOptions = {},
  ): Promise<ForwardAuthResult> {
    const { map, method, uri } = request ?? {}
    try {
      const result = await forwardAuth(this.deps(), deployedRouteMaps, {
        map: String(map ?? ''),
        method: String(method ?? ''),
        uri: String(uri ?? ''),
        authenticate: () => this.principal(token),
        freshness: options,
      })
      return result.allowed
        ? { ok: true, headers: result.headers }
        : { ok: false, problem: asProblem(result.error), headers: result.headers }
    } catch (error) {
      return { ok: false, problem: asProblem(error), headers: unknownHeaders() }
    }
  }
}
