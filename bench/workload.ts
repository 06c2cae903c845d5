// The questions the HTTP benchmarks and the profile ask: warm users checking conversations in
// random groups, as single checks, through forward auth, and as batches.
import type { LoadRequest } from './load'
import { prng } from './synthetic'

export const PERMISSION = 'interactions.conversations:read'

/** `count` users spread over the synthetic tenant's `u0…` ids. */
export const warmUsers = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `u${1 + i * 7}`)

const conversation = (groupId: string) => ({
  permission: PERMISSION,
  resource: { type: 'conversation', id: 'c1', groupId },
})

export interface Workload {
  /** POST /v1/check, one per user. */
  checks: LoadRequest[]
  /** The same questions through forward auth, as a gateway asks them (GET, no body). */
  forwards: LoadRequest[]
  /** POST /v1/check/batch, one per user, `batchSize` random groups each. */
  batches: LoadRequest[]
}

/** The requests of `users` against a tenant of `groupCount` groups (deterministic). */
export async function buildWorkload(
  users: readonly string[],
  groupCount: number,
  tokenFor: (user: string) => Promise<string>,
  batchSize = 100,
): Promise<Workload> {
  const random = prng(1)
  const group = () => `g${Math.floor(random() * groupCount)}`
  const checks: LoadRequest[] = []
  const forwards: LoadRequest[] = []
  const batches: LoadRequest[] = []
  for (const user of users) {
    const authorization = `Bearer ${await tokenFor(user)}`
    const json = { authorization, 'content-type': 'application/json' }
    const groupId = group()
    checks.push({
      method: 'POST',
      path: '/v1/check',
      headers: json,
      body: JSON.stringify(conversation(groupId)),
    })
    forwards.push({
      method: 'GET',
      path: '/v1/forward-auth/demo',
      headers: {
        authorization,
        'x-forwarded-method': 'GET',
        'x-forwarded-uri': `/api/groups/${groupId}/conversations`,
      },
    })
  }
  for (const check of checks) {
    batches.push({
      ...check,
      path: '/v1/check/batch',
      body: JSON.stringify({
        checks: Array.from({ length: batchSize }, () => conversation(group())),
      }),
    })
  }
  return { checks, forwards, batches }
}

/** An answer: its `X-Authz-Consistency` token and its body. */
export interface Answer {
  consistency: string
  body: string
}

/** Sends each request once (warming the caches), failing on any status outside `ok`. */
export async function sendEach(
  base: string,
  requests: readonly LoadRequest[],
  headers: Record<string, string>,
  ok: (status: number) => boolean = (status) => status === 200,
): Promise<Answer[]> {
  const answers: Answer[] = []
  for (const r of requests) {
    const res = await fetch(base + r.path, { ...r, headers: { ...r.headers, ...headers } })
    const body = await res.text()
    if (!ok(res.status)) throw new Error(`${r.method} ${r.path}: ${res.status} ${body}`)
    answers.push({ consistency: res.headers.get('x-authz-consistency') ?? '', body })
  }
  return answers
}
