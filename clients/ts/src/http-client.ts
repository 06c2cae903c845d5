/**
 * @module The typed HTTP client: openapi-fetch over the generated document types, a thin layer
 * implementing Decider, retries of 503 only (honouring Retry-After), and read-your-writes through
 * the carried consistency token.
 */
import createClient, { type Client } from 'openapi-fetch'
import type { Decider } from './decider'
import type { paths } from './generated/openapi'
import { createTransport, tenantOf, type FetchLike } from './transport'
import type { DecideOptions, Problem, Result } from './types'

export interface AuthzClientOptions {
  /** The service's origin, e.g. `https://authz.example.com`. */
  readonly baseUrl: string
  /** Replaces `fetch` (tests, or a service binding's `fetch`). */
  readonly fetch?: FetchLike
  /** Retries of a 503 that carries Retry-After (default 2). */
  readonly retries?: number
  /** The longest Retry-After waited for (default 5000 ms). */
  readonly maxRetryDelayMs?: number
}

export interface AuthzClient extends Decider {
  /** Every endpoint, typed (openapi-fetch), through the same retries and token carrying. */
  readonly api: Client<paths>
  /** The consistency token this client carries for the tenant of `token` (its latest write). */
  consistencyFor(token: string): string | undefined
}

type Answer = { data?: unknown; error?: unknown; response: Response }

/** The answer as a Result; a non-problem error body (a proxy's page) becomes a problem. */
function toResult<T>(answer: Answer): Result<T> {
  const { data, error, response } = answer
  if (response.ok && data !== undefined) {
    const consistency = response.headers.get('x-authz-consistency') ?? ''
    return { ok: true, value: data as T, consistency }
  }
  const problem =
    typeof error === 'object' && error !== null && 'code' in error
      ? (error as Problem)
      : {
          type: 'about:blank',
          title: response.statusText || 'Unexpected answer',
          status: response.status,
          code: `http_${response.status}`,
        }
  return { ok: false, problem }
}

const headersFor = (token: string, options: DecideOptions = {}) => ({
  authorization: `Bearer ${token}`,
  ...(options.consistency === undefined ? {} : { 'x-authz-consistency': options.consistency }),
  ...(options.minVersion === undefined
    ? {}
    : { 'x-authz-min-version': String(options.minVersion) }),
})

/** A client for one service origin. */
export function createAuthzClient(options: AuthzClientOptions): AuthzClient {
  const tokens = new Map<string, string>()
  const transport = createTransport(
    {
      fetch: options.fetch ?? ((request) => fetch(request)),
      retries: options.retries ?? 2,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 5000,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
    tokens,
  )
  const api = createClient<paths>({ baseUrl: options.baseUrl, fetch: transport })
  return {
    api,
    consistencyFor: (token) => tokens.get(tenantOf(`Bearer ${token}`)),
    check: async (token, body, opts) =>
      toResult(await api.POST('/v1/check', { body, headers: headersFor(token, opts) })),
    checkBatch: async (token, body, opts) =>
      toResult(await api.POST('/v1/check/batch', { body, headers: headersFor(token, opts) })),
    scope: async (token, body, opts) =>
      toResult(await api.POST('/v1/scope', { body, headers: headersFor(token, opts) })),
    me: async (token, opts) =>
      toResult(await api.GET('/v1/me', { headers: headersFor(token, opts) })),
  }
}
