// HTTP benchmark: the worker in one workerd (Miniflare's API) with a synthetic tenant in local
// D1/KV. /healthz is the runtime floor; /v1/check with warm caches is measured against it in the
// same run, then cold checks (nothing cached: new tenant version, no KV pointer).
import autocannon from 'autocannon'
import { parseArgs } from 'node:util'
import { createDb } from '../src/db/client'
import { seedTenant } from '../src/repos/tenant-seed'
import { buildBenchBundle, serve } from './harness'
import { prng, syntheticTenant } from './synthetic'

const { values } = parseArgs({
  options: {
    groups: { type: 'string', default: '2000' },
    users: { type: 'string', default: '20000' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '16' },
    cold: { type: 'string', default: '60' },
  },
})
const groupCount = Number(values.groups)
const userCount = Number(values.users)
const duration = Number(values.duration)
const connections = Number(values.connections)
const coldRuns = Number(values.cold)

buildBenchBundle()
// One workerd serves two copies of the worker sharing one in-memory D1 and KV: `strict`
// (FRESHNESS_MS=0: the version looked up on every decision) and, for requests with Host
// memo.bench, `memo` (FRESHNESS_MS=1000, the default).
const { mf, base, d1, kv, tokenFor } = await serve(
  [
    { name: 'strict', freshnessMs: 0, routes: [] },
    { name: 'memo', freshnessMs: 1000, routes: ['memo.bench/*'] },
  ],
  'bench',
)
let hostHeader: Record<string, string> = {}

// The synthetic tenant.
const seedStart = performance.now()
await seedTenant(createDb(d1), syntheticTenant('bench', groupCount, userCount))
console.log(
  `seeded ${groupCount} groups (4 levels) and ${userCount} users in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
)

// 4. Requests: 64 users checking conversations in random groups.
const random = prng(1)
const warmUsers = Array.from({ length: 64 }, (_, i) => `u${1 + i * 7}`)
const requests = await Promise.all(
  warmUsers.map(async (user) => ({
    method: 'POST' as const,
    path: '/v1/check',
    headers: {
      authorization: `Bearer ${await tokenFor(user)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      permission: 'interactions.conversations:read',
      resource: {
        type: 'conversation',
        id: 'c1',
        groupId: `g${Math.floor(random() * groupCount)}`,
      },
    }),
  })),
)
// The same questions through forward auth, as a gateway asks them (GET, body never read).
const forwardRequests = await Promise.all(
  requests.map(async (r) => ({
    method: 'GET' as const,
    path: '/v1/forward-auth/demo',
    headers: {
      authorization: r.headers.authorization,
      'x-forwarded-method': 'GET',
      'x-forwarded-uri': `/api/groups/${(JSON.parse(r.body) as { resource: { groupId: string } }).resource.groupId}/conversations`,
    },
  })),
)
async function warmUp() {
  for (const r of requests) {
    const res = await fetch(base + r.path, { ...r, headers: { ...r.headers, ...hostHeader } })
    if (res.status !== 200)
      throw new Error(`warm-up check failed: ${res.status} ${await res.text()}`)
  }
  for (const r of forwardRequests) {
    const res = await fetch(base + r.path, { ...r, headers: { ...r.headers, ...hostHeader } })
    if (res.status !== 200 && res.status !== 403)
      throw new Error(`warm-up forward auth failed: ${res.status} ${await res.text()}`)
  }
}

interface Figures {
  rps: number
  p50: number
  p99: number
  errors: number
}

async function drive(
  path: string,
  list: readonly { headers: Record<string, string> }[] | undefined,
  seconds: number,
): Promise<Figures> {
  const result = await autocannon({
    url: base + path,
    connections,
    duration: seconds,
    headers: hostHeader,
    ...(list
      ? { requests: list.map((r) => ({ ...r, headers: { ...r.headers, ...hostHeader } })) }
      : {}),
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // A forward-auth deny (403) is an answer, not an error.
    errors: result.errors + result.non2xx - (list === forwardRequests ? result['4xx'] : 0),
  }
}

const mean = (xs: Figures[], k: keyof Figures) => xs.reduce((s, x) => s + x[k], 0) / xs.length
const row = (name: string, xs: Figures[]) =>
  `    ${name.padEnd(10)} ${Math.round(mean(xs, 'rps')).toString().padStart(7)} req/s   p50 ${mean(xs, 'p50').toFixed(2)} ms   p99 ${mean(xs, 'p99').toFixed(2)} ms   errors ${mean(xs, 'errors')}`

/** Floor and warm check, alternating, two rounds; prints the figures and their ratios. */
async function measure(label: string) {
  await warmUp()
  await drive('/healthz', undefined, 2)
  await drive('/v1/check', requests, 2)
  await drive('/v1/forward-auth/demo', forwardRequests, 2)
  const floor: Figures[] = []
  const check: Figures[] = []
  const forward: Figures[] = []
  for (let round = 0; round < 2; round++) {
    floor.push(await drive('/healthz', undefined, duration))
    check.push(await drive('/v1/check', requests, duration))
    forward.push(await drive('/v1/forward-auth/demo', forwardRequests, duration))
  }
  const throughput = mean(check, 'rps') / mean(floor, 'rps')
  const tail = mean(check, 'p99') / mean(floor, 'p99')
  console.log(`  ${label}`)
  console.log(row('/healthz', floor))
  console.log(row('/v1/check', check))
  console.log(row('fwd-auth', forward))
  console.log(
    `    check/floor: throughput ${throughput.toFixed(2)} (target ≥ 0.8 ${throughput >= 0.8 ? 'met' : 'MISSED'}), p99 ${tail.toFixed(2)}× (target ≤ 2 ${tail <= 2 ? 'met' : 'MISSED'})`,
  )
  const fwd = mean(forward, 'rps') / mean(check, 'rps')
  const fwdTail = mean(forward, 'p99') / mean(check, 'p99')
  console.log(
    `    forward-auth/check: throughput ${fwd.toFixed(2)}, p99 ${fwdTail.toFixed(2)}× (target: no more than a check ${fwd >= 0.95 ? 'met' : 'MISSED'})`,
  )
}

console.log(
  `http (${groupCount} groups, ${userCount} users; ${connections} connections, 2 rounds of ${duration} s each; one workerd via Miniflare)`,
)
await measure('FRESHNESS_MS=0 (the KV version pointer read on every decision)')

// Cold checks: every request finds nothing cached (a new structure version, no KV pointer,
// a user not seen before).
const cold: number[] = []
for (let i = 0; i < coldRuns; i++) {
  await d1
    .prepare(
      "UPDATE tenants SET version = version + 1, structure_version = version + 1 WHERE id = 'bench'",
    )
    .run()
  await kv.delete('ver:bench')
  const user = `u${userCount - 1 - i}`
  const body = JSON.stringify({
    permission: 'interactions.conversations:read',
    resource: { type: 'conversation', id: 'c1', groupId: `g${Math.floor(random() * groupCount)}` },
  })
  const headers = {
    authorization: `Bearer ${await tokenFor(user)}`,
    'content-type': 'application/json',
  }
  const start = performance.now()
  const res = await fetch(`${base}/v1/check`, { method: 'POST', headers, body })
  await res.arrayBuffer()
  cold.push(performance.now() - start)
  if (res.status !== 200) throw new Error(`cold check failed: ${res.status}`)
}
cold.sort((a, b) => a - b)
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!
console.log(
  `    cold check (nothing cached, n=${coldRuns}): p50 ${pct(cold, 0.5).toFixed(2)} ms, p90 ${pct(cold, 0.9).toFixed(2)} ms (target p50 ≤ 15 ms ${pct(cold, 0.5) <= 15 ? 'met' : 'MISSED'})`,
)

hostHeader = { host: 'memo.bench' }
await measure('FRESHNESS_MS=1000 (default: an isolate decides from the pointer it read for 1 s)')
await mf.dispose()
