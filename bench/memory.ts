// Memory of one workerd serving 1,000 tenants (issue 8): 1,000 small synthetic tenants in local
// D1 (the rows of src/repos/tenant-seed.ts, written by seed-exec.ts), a few users of each
// deciding through /v1/check (FRESHNESS_MS=1000), twice; the worker's V8 heap (Chrome DevTools
// Protocol, Runtime.getHeapUsage after a full GC) and the workerd process's RSS
// (/proc/<pid>/status) before and after.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { buildBenchBundle, serve } from './harness'
import { connectInspector, heapUsage, type HeapUsage, type Inspector } from './inspector'
import { quantile } from './load'
import { seedTenantsByExec } from './seed-exec'
import { prng, syntheticTenant } from './synthetic'
import { PERMISSION } from './workload'

const { values } = parseArgs({
  options: {
    tenants: { type: 'string', default: '1000' },
    groups: { type: 'string', default: '200' },
    users: { type: 'string', default: '20' },
    'users-per-tenant': { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '8' },
  },
})
const tenantCount = Number(values.tenants)
const groupCount = Number(values.groups)
const userCount = Number(values.users)
const perTenant = Math.min(userCount, Number(values['users-per-tenant']))
const concurrency = Number(values.concurrency)

/** Runs `task` over `items` with at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await task(items[next++]!)
  }
  await Promise.all(Array.from({ length: limit }, worker))
}

buildBenchBundle()
const name = 'memory'
const tenants = Array.from({ length: tenantCount }, (_, i) => `t${i}`)
const { mf, base, d1, tokenFor } = await serve([{ name, freshnessMs: 1000, routes: [] }], 't0', {
  inspector: true,
})

const seedStart = performance.now()
await seedTenantsByExec(
  d1,
  tenants.map((id) => syntheticTenant(id, groupCount, userCount)),
)
const seedSeconds = (performance.now() - seedStart) / 1000

// workerd is this process's child (Miniflare spawns it); its isolates, Miniflare's D1/KV
// simulators and their SQLite all live in it.
const workerdPid = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)])
  .toString()
  .split('\n')
  .map((line) => line.trim().split(/\s+/))
  .find(([, comm]) => comm === 'workerd')?.[0]
const procStatus = (field: string): number => {
  if (!workerdPid) return NaN
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
    readFileSync(`/proc/${workerdPid}/status`, 'utf8'),
  )
  return match ? Number(match[1]) * 1024 : NaN
}

await (await fetch(`${base}/healthz`)).text() // the isolate is up
const inspector = await connectInspector(await mf.getInspectorURL(), name)

/**
 * The isolate's heap after a full GC: workerd runs the inspector's collectGarbage only when the
 * isolate is next entered, so /healthz requests follow it until it has answered.
 */
async function liveHeap(inspector: Inspector): Promise<HeapUsage> {
  let collected = false
  const gc = inspector.send('HeapProfiler.collectGarbage').then(() => (collected = true))
  while (!collected) {
    await (await fetch(`${base}/healthz`)).text()
    await Promise.race([gc, new Promise((resolve) => setTimeout(resolve, 50))])
  }
  return heapUsage(inspector)
}

interface Sample {
  heap: HeapUsage
  rss: number
}
const sample = async (): Promise<Sample> => ({
  heap: await liveHeap(inspector),
  rss: procStatus('VmRSS'),
})

// Every tenant's first `perTenant` users, each checking a conversation in a random group.
const random = prng(3)
const questions = await Promise.all(
  tenants.flatMap((tenant) =>
    Array.from({ length: perTenant }, async (_, i) => ({
      headers: {
        authorization: `Bearer ${await tokenFor(`u${i}`, tenant)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        permission: PERMISSION,
        resource: {
          type: 'conversation',
          id: 'c1',
          groupId: `g${Math.floor(random() * groupCount)}`,
        },
      }),
    })),
  ),
)
/** Every question once; the latency of each. */
async function pass(): Promise<number[]> {
  const ms: number[] = []
  await pool(questions, concurrency, async ({ headers, body }) => {
    const start = performance.now()
    const res = await fetch(`${base}/v1/check`, { method: 'POST', headers, body })
    const text = await res.text()
    ms.push(performance.now() - start)
    if (res.status !== 200) throw new Error(`check: ${res.status} ${text}`)
  })
  return ms.sort((a, b) => a - b)
}

const before = await sample()
const firstStart = performance.now()
const first = await pass()
const firstSeconds = (performance.now() - firstStart) / 1000
const afterFirst = await sample()
const second = await pass()
const afterSecond = await sample()
inspector.close()

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const latencies = (xs: number[]) =>
  `p50 ${quantile(xs, 0.5).toFixed(1)} ms, p99 ${quantile(xs, 0.99).toFixed(1)} ms`
const heapRow = (label: string, s: Sample) =>
  `    ${label.padEnd(30)} ${MB(s.heap.usedSize).padStart(9)} used, ${MB(s.heap.totalSize).padStart(9)} reserved (embedder ${MB(s.heap.embedderHeapUsedSize)})`
const rssRow = (label: string, s: Sample) =>
  `    ${label.padEnd(30)} ${MB(s.rss).padStart(9)} (${s.rss >= before.rss ? '+' : ''}${MB(s.rss - before.rss)})`

console.log(
  `memory (${tenantCount} tenants × ${groupCount} groups, ${userCount} users; ${perTenant} users of each decided; one workerd via Miniflare, FRESHNESS_MS=1000)`,
)
console.log(`  seeded in ${seedSeconds.toFixed(1)} s`)
console.log(
  `  first pass (${questions.length} checks, ${concurrency} at a time, nothing cached): ${latencies(first)}, ${firstSeconds.toFixed(1)} s`,
)
console.log(`  second pass (the same checks again):  ${latencies(second)}`)
console.log(
  '  worker isolate V8 heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage):',
)
console.log(heapRow('before (isolate up, no tenant)', before))
console.log(heapRow('after the first pass', afterFirst))
console.log(heapRow('after the second pass', afterSecond))
console.log(
  `    per tenant: ${((afterSecond.heap.usedSize - before.heap.usedSize) / tenantCount / 1024).toFixed(1)} KB (of an isolate's 128 MB: ${(((afterSecond.heap.usedSize - before.heap.usedSize) / (128 * 1024 * 1024)) * 100).toFixed(0)}% for ${tenantCount} tenants)`,
)
console.log(
  `  workerd process RSS (/proc/${workerdPid ?? '?'}/status VmRSS; the whole process: every isolate incl. Miniflare's D1/KV simulators and SQLite, seeded data included):`,
)
console.log(rssRow('before (seeded, isolate up)', before))
console.log(rssRow('after the first pass', afterFirst))
console.log(rssRow('after the second pass', afterSecond))
console.log(`    peak (VmHWM):                  ${MB(procStatus('VmHWM')).padStart(9)}`)
await mf.dispose()
