/**
 * @module authorize(): a Hono middleware for downstream apps. It asks a Decider (the HTTP client
 * or a service binding) whether the request's bearer may do `permission` on `resource`, puts the
 * decision on `c.var.authz`, answers 401/403 as problem+json, and fails closed: when the service
 * cannot be reached or is failing, 503 — never the handler.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Decider } from './decider'
import type { CheckResponse, DecideOptions, Problem, Resource } from './types'

export interface AuthorizeOptions<E extends AuthzEnv> {
  /** The decider, or a function of the request giving one (e.g. `(c) => c.env.AUTHZ`). */
  readonly decider: Decider | ((c: Context<E>) => Decider)
  readonly permission: string
  /** The resource the request acts on; may look it up (e.g. the conversation's group). */
  readonly resource?: (c: Context<E>) => Resource | undefined | Promise<Resource | undefined>
  /** Freshness for the check (e.g. a consistency token the app keeps). */
  readonly options?: (c: Context<E>) => DecideOptions | undefined
}

/** Variables the middleware sets: the decision, and the token it was made for. */
export interface AuthzEnv {
  Variables: { authz: CheckResponse; authzToken: string }
}

function problem(c: Context, status: ContentfulStatusCode, body: Omit<Problem, 'type' | 'status'>) {
  const headers: Record<string, string> = {
    'content-type': 'application/problem+json',
    'cache-control': 'no-store',
  }
  if (status === 401) headers['www-authenticate'] = 'Bearer realm="authz"'
  if (status === 503) headers['retry-after'] = '1'
  const full = { type: `urn:authz:problem:${body.code}`, status, ...body }
  return c.body(JSON.stringify(full), status, headers)
}

/** What a problem from the service becomes here: 401 and 403 pass, outages are 503, bugs 500. */
const statusFor = (p: Problem): ContentfulStatusCode =>
  p.status === 401 ? 401 : p.status === 403 ? 403 : p.status >= 500 ? 503 : 500

/**
 * The Decider for this request. A service binding is itself callable (typeof 'function'), so a
 * factory is told apart by having no `check`.
 */
function deciderOf<E extends AuthzEnv>(given: AuthorizeOptions<E>['decider'], c: Context<E>) {
  return 'check' in given ? given : given(c)
}

export function authorize<E extends AuthzEnv>(options: AuthorizeOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    const match = /^Bearer +(\S+) *$/i.exec(c.req.header('authorization') ?? '')
    if (!match) {
      return problem(c, 401, { code: 'unauthenticated', title: 'A bearer token is required' })
    }
    const token = match[1]!
    const decider = deciderOf(options.decider, c)
    let result
    try {
      const resource = await options.resource?.(c)
      result = await decider.check(
        token,
        { permission: options.permission, ...(resource ? { resource } : {}) },
        options.options?.(c),
      )
    } catch (error) {
      console.error(JSON.stringify({ event: 'authz_unreachable', error: String(error) }))
      return problem(c, 503, { code: 'authz_unavailable', title: 'Authorization is unavailable' })
    }
    if (!result.ok) {
      const { type: _t, status: _s, ...rest } = result.problem
      return problem(c, statusFor(result.problem), rest)
    }
    if (!result.value.allowed) {
      return problem(c, 403, {
        code: 'forbidden',
        title: 'The caller may not do this',
        reason: result.value.reason,
      })
    }
    c.set('authz', result.value)
    c.set('authzToken', token)
    await next()
  }
}
