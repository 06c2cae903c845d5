// HTTP benchmark: the worker in one workerd (Miniflare's API) with a synthetic tenant in local
// D1/KV. /healthz is the runtime floor; warm /v1/check (plain, and carrying an already-satisfied
// consistency token), forward auth and /v1/check/batch (100 checks a request) are measured
// against it in the same run, alternately; then cold checks (nothing cached: new tenant version,
// no KV pointer). Both FRESHNESS_MS=0 and the default 1000 are measured, each against its floor.
import { parseArgs } from 'node:util'
import { createDb } from '../src/db/client'
import { seedTenant } from '../src/repos/tenant-seed'
import { buildBenchBundle, serve } from './harness'
import { drive, mean, quantile, type Figures, type LoadRequest } from './load'
import { prng, syntheticTenant } from './synthetic'
import { buildWorkload, PERMISSION, sendEach, warmUsers } from './workload'

const { values } = parseArgs({
  options: {
    groups: { type: 'string', default: '2000' },
    users: { type: 'string', default: '20000' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '16' },
    cold: { type: 'string', default: '60' },
    // Rounds of FRESHNESS_MS=0 (the old default, kept for comparison) and of the default mode.
    'strict-rounds': { type: 'string', default: '2' },
    rounds: { type: 'string', default: '2' },
  },
})
const groupCount = Number(values.groups)
const userCount = Number(values.users)
const duration = Number(values.duration)
const connections = Number(values.connections)
const coldRuns = Number(values.cold)
const BATCH = 100

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

// 64 users checking conversations in random groups: singly, through forward auth, in batches.
const { checks, forwards, batches } = await buildWorkload(
  warmUsers(64),
  groupCount,
  tokenFor,
  BATCH,
)
const answered = (status: number) => status === 200 || status === 403 // a deny is an answer
/** The same checks, each carrying the token its own earlier answer returned (set by warmUp). */
let tokenChecks: LoadRequest[] = []

async function warmUp() {
  const answers = await sendEach(base, checks, hostHeader)
  tokenChecks = checks.map((r, i) => ({
    ...r,
    headers: { ...r.headers, 'x-authz-consistency': answers[i]!.consistency },
  }))
  await sendEach(base, tokenChecks, hostHeader)
  await sendEach(base, forwards, hostHeader, answered)
  const [batch] = await sendEach(base, batches, hostHeader)
  const { results } = JSON.parse(batch!.body) as { results: unknown[] }
  if (results.length !== BATCH) throw new Error(`a batch answered ${results.length} results`)
}

const load = (path: string, requests: readonly LoadRequest[] | undefined, seconds: number) =>
  drive({
    url: base + path,
    connections,
    seconds,
    requests,
    headers: hostHeader,
    ...(requests === forwards ? { ok: answered } : {}),
  })

const row = (name: string, xs: Figures[], extra = '') =>
  `    ${name.padEnd(12)} ${Math.round(mean(xs, 'rps')).toString().padStart(7)} req/s   p50 ${mean(xs, 'p50').toFixed(2)} ms   p99 ${mean(xs, 'p99').toFixed(2)} ms   workerd CPU ${Math.round(mean(xs, 'workerdCpu'))} µs/req   errors ${mean(xs, 'errors')}${extra}`
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED')

/**
 * Floor, check, check with a token, forward auth and batch, in turn, `rounds` rounds;
 * prints the figures and their ratios (with their targets when `targets`).
 */
async function measure(label: string, rounds: number, targets: boolean) {
  await warmUp()
  const kinds = [
    ['/healthz', undefined],
    ['/v1/check', checks],
    ['/v1/check', tokenChecks],
    ['/v1/forward-auth/demo', forwards],
    ['/v1/check/batch', batches],
  ] as const
  for (const [path, requests] of kinds) await load(path, requests, 2)
  const runs: Figures[][] = kinds.map(() => [])
  for (let round = 0; round < rounds; round++) {
    // Every other round in reverse order, so a drift of the machine weighs on all alike.
    const order = round % 2 === 0 ? [...kinds.entries()] : [...kinds.entries()].reverse()
    for (const [i, [path, requests]] of order) runs[i]!.push(await load(path, requests, duration))
  }
  const [floor, check, token, forward, batch] = runs as [
    Figures[],
    Figures[],
    Figures[],
    Figures[],
    Figures[],
  ]
  const ratio = (a: Figures[], b: Figures[], k: keyof Figures) => mean(a, k) / mean(b, k)
  console.log(`  ${label} (${rounds} round${rounds === 1 ? '' : 's'})`)
  console.log(row('/healthz', floor))
  console.log(row('/v1/check', check))
  console.log(row('check+token', token))
  console.log(row('fwd-auth', forward))
  console.log(
    row(`batch×${BATCH}`, batch, `   (${Math.round(BATCH * mean(batch, 'rps'))} decisions/s)`),
  )
  const throughput = ratio(check, floor, 'rps')
  const tail = ratio(check, floor, 'p99')
  console.log(
    `    check/floor: throughput ${throughput.toFixed(2)} (target ≥ 0.9${targets ? ` ${verdict(throughput >= 0.9)}` : ', default mode'}), p99 ${tail.toFixed(2)}× (target ≤ 1.5${targets ? ` ${verdict(tail <= 1.5)}` : ', default mode'})`,
  )
  // workerd runs a worker's requests on one thread: it saturates first, so its CPU per request
  // bounds the throughput (the load generator's share is not in it).
  console.log(
    `    check/floor: workerd CPU per request ${ratio(check, floor, 'workerdCpu').toFixed(2)}× (throughput at most ${ratio(floor, check, 'workerdCpu').toFixed(2)}× the floor's when workerd is the bottleneck)`,
  )
  const tokenRps = ratio(token, check, 'rps')
  const tokenTail = ratio(token, check, 'p99')
  console.log(
    `    token/check: throughput ${tokenRps.toFixed(2)}, p99 ${tokenTail.toFixed(2)}× (target within 5% ${verdict(tokenRps >= 0.95 && tokenTail <= 1.05)})`,
  )
  const fwd = ratio(forward, check, 'rps')
  const fwdTail = ratio(forward, check, 'p99')
  console.log(
    `    forward-auth/check: throughput ${fwd.toFixed(2)}, p99 ${fwdTail.toFixed(2)}× (target: no more than a check ${verdict(fwd >= 0.95)})`,
  )
  console.log(
    `    batch: ${Math.round(BATCH * mean(batch, 'rps'))} decisions/s = ${((BATCH * mean(batch, 'rps')) / mean(check, 'rps')).toFixed(1)}× single checks/s`,
  )
}

console.log(
  `http (${groupCount} groups, ${userCount} users; ${connections} connections, ${duration} s a run; one workerd via Miniflare)`,
)
await measure(
  'FRESHNESS_MS=0 (the KV version pointer read on every decision)',
  Number(values['strict-rounds']),
  false,
)

// Cold checks: every request finds nothing cached (a new structure version, no KV pointer,
// a user not seen before).
const random = prng(2)
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
    permission: PERMISSION,
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
console.log(
  `    cold check (nothing cached, n=${coldRuns}): p50 ${quantile(cold, 0.5).toFixed(2)} ms, p90 ${quantile(cold, 0.9).toFixed(2)} ms (target p50 ≤ 15 ms ${verdict(quantile(cold, 0.5) <= 15)})`,
)

hostHeader = { host: 'memo.bench' }
await measure(
  'FRESHNESS_MS=1000 (default: an isolate decides from the pointer it read for 1 s)',
  Number(values.rounds),
  true,
)
await mf.dispose()
