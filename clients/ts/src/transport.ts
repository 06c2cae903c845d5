/**
 * @module The fetch under the typed client: retries a 503 after its Retry-After, and carries the
 * consistency token of the latest write to later decisions of the same tenant (SPEC §8).
 */

export type FetchLike = (request: Request) => Promise<Response>

export interface TransportOptions {
  readonly fetch: FetchLike
  /** How many times a 503 with Retry-After is retried (default 2). Nothing else is retried. */
  readonly retries: number
  /** A Retry-After longer than this is not waited for: the 503 is returned (default 5000). */
  readonly maxRetryDelayMs: number
  readonly sleep: (ms: number) => Promise<void>
}

/** Decision reads: they take the carried token. */
const DECISIONS = /^\/v1\/(check(\/batch)?|scope|me|catalog|forward-auth\/.*)$/

/** The tenant (`org_id`) a bearer token names, read without verifying: only a cache key. */
export function tenantOf(authorization: string | null): string {
  const payload = authorization?.split('.')[1]
  if (!payload) return ''
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const orgId = (JSON.parse(json) as { org_id?: unknown }).org_id
    return typeof orgId === 'string' ? orgId : ''
  } catch {
    return ''
  }
}

/** Seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** A fetch with retries and consistency carrying; `tokens` holds the latest token per tenant. */
export function createTransport(options: TransportOptions, tokens: Map<string, string>): FetchLike {
  return async (original) => {
    const tenant = tenantOf(original.headers.get('authorization'))
    const decision = DECISIONS.test(new URL(original.url).pathname)
    let request = original
    const carried = tokens.get(tenant)
    if (decision && carried !== undefined && !request.headers.has('x-authz-consistency')) {
      const headers = new Headers(request.headers)
      headers.set('x-authz-consistency', carried)
      request = new Request(request, { headers })
    }
    for (let attempt = 0; ; attempt++) {
      const response = await options.fetch(attempt < options.retries ? request.clone() : request)
      const delay = retryAfterMs(response.headers.get('retry-after'), Date.now())
      const retry =
        response.status === 503 &&
        attempt < options.retries &&
        delay !== undefined &&
        delay <= options.maxRetryDelayMs
      if (!retry) {
        const token = response.headers.get('x-authz-consistency')
        const write = request.method !== 'GET' && request.method !== 'HEAD' && !decision
        if (write && response.ok && token) tokens.set(tenant, token)
        return response
      }
      await response.body?.cancel()
      await options.sleep(delay)
    }
  }
}
