// npm run bench:profile [-- --groups 2000 --users 2000 --duration 8 --connections 16 --interval 100 --top 20 --config wrangler.toml]
// CPU profile of the worker's isolate in one workerd (Miniflare's API, V8 inspector over CDP):
// warm /v1/check in the default mode (FRESHNESS_MS=1000) under autocannon, the same carrying an
// already-satisfied consistency token, then /healthz (the floor). Prints the top functions by self time, the heaviest by total time, self time per
// source file (through the bundle's source map), and V8's (program)/(garbage collector)/(idle);
// saves each profile as .bench/profile-*.cpuprofile.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createDb } from '../src/db/client'
import { seedTenant } from '../src/repos/tenant-seed'
import { byFile, bundleMapper, RUNTIME_FRAMES, summarize, type ProfileSummary } from './cpu-profile'
import { buildBenchBundle, serve } from './harness'
import { connectInspector, type CpuProfile } from './inspector'
import { drive, type Figures, type LoadRequest } from './load'
import { syntheticTenant } from './synthetic'
import { buildWorkload, sendEach, warmUsers } from './workload'

const { values } = parseArgs({
  options: {
    groups: { type: 'string', default: '2000' },
    users: { type: 'string', default: '2000' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '16' },
    // Microseconds between samples (V8's default is 1000).
    interval: { type: 'string', default: '100' },
    top: { type: 'string', default: '20' },
    // Another wrangler config to bundle with (e.g. to try a build option); paths in it are
    // relative to it.
    config: { type: 'string', default: 'wrangler.toml' },
  },
})
const groupCount = Number(values.groups)
const seconds = Number(values.duration)
const connections = Number(values.connections)
const top = Number(values.top)

buildBenchBundle(values.config)
const worker = 'profile'
const { mf, base, d1, tokenFor } = await serve(
  [{ name: worker, freshnessMs: 1000, routes: [] }],
  'bench',
  {
    inspector: true,
  },
)
await seedTenant(createDb(d1), syntheticTenant('bench', groupCount, Number(values.users)))
const { checks } = await buildWorkload(warmUsers(64), groupCount, tokenFor)
const answers = await sendEach(base, checks, {})
// The same checks carrying the consistency token their answers returned (already satisfied).
const tokenChecks = checks.map((r, i) => ({
  ...r,
  headers: { ...r.headers, 'x-authz-consistency': answers[i]!.consistency },
}))
await sendEach(base, tokenChecks, {})

const inspector = await connectInspector(await mf.getInspectorURL(), worker)
await inspector.send('Profiler.enable')
await inspector.send('Profiler.setSamplingInterval', { interval: Number(values.interval) })
const map = bundleMapper('.bench/dist/index.js.map')
const saved: string[] = []

/** Warms the path for 2 s, then profiles `seconds` of load on it (saved as `name`). */
async function profile(
  name: string,
  path: string,
  requests?: LoadRequest[],
): Promise<[ProfileSummary, Figures]> {
  const load = (s: number) => drive({ url: base + path, connections, seconds: s, requests })
  await load(2)
  await inspector.send('Profiler.start')
  const figures = await load(seconds)
  const { profile } = await inspector.send<{ profile: CpuProfile }>('Profiler.stop')
  // For Chrome DevTools (Performance > Load profile) or speedscope.
  const file = `.bench/profile-${name}.cpuprofile`
  writeFileSync(file, JSON.stringify(profile))
  saved.push(file)
  return [summarize(profile, map), figures]
}

const pct = (ms: number, of: number) => `${((100 * ms) / of).toFixed(1).padStart(5)}%`

function report(label: string, [summary, figures]: [ProfileSummary, Figures]) {
  const { totalMs, runtime } = summary
  const js = totalMs - RUNTIME_FRAMES.reduce((sum, f) => sum + (runtime[f] ?? 0), 0)
  const perRequest = (ms: number) => `${Math.round((1000 * ms) / figures.count)} µs`
  const busy = totalMs - (runtime['(idle)'] ?? 0)
  console.log(
    `  ${label}: ${Math.round(figures.rps)} req/s, p99 ${figures.p99.toFixed(1)} ms while profiled; ${(totalMs / 1000).toFixed(1)} s sampled, ${figures.count} requests`,
  )
  console.log(
    `    JS and native calls ${pct(js, totalMs)}   ${RUNTIME_FRAMES.filter((f) => f !== '(root)')
      .map((f) => `${f} ${pct(runtime[f] ?? 0, totalMs).trim()}`)
      .join('   ')}`,
  )
  console.log(
    `    per request (wall clock of the isolate's thread, so a busy machine inflates it): ${perRequest(busy)} not idle, ${perRequest(js)} in JS and native calls`,
  )
  const jsFunctions = summary.functions.filter(
    (f) => !(RUNTIME_FRAMES as readonly string[]).includes(f.file),
  )
  console.log(`    top ${top} by self time (share of all samples; total time beside it):`)
  for (const f of [...jsFunctions].sort((a, b) => b.selfMs - a.selfMs).slice(0, top)) {
    const from = f.caller
      ? `   <- ${f.caller.label.replace(/ {2}.*$/, '')}${f.caller.share < 0.995 ? ` (${Math.round(100 * f.caller.share)}%)` : ''}`
      : ''
    console.log(
      `      ${pct(f.selfMs, totalMs)} self ${pct(f.totalMs, totalMs)} total  ${f.label}${from}`,
    )
  }
  console.log(`    top ${top} by total time (the function and everything it called):`)
  for (const f of [...jsFunctions].sort((a, b) => b.totalMs - a.totalMs).slice(0, top)) {
    console.log(`      ${pct(f.totalMs, totalMs)} total ${pct(f.selfMs, totalMs)} self  ${f.label}`)
  }
  console.log('    self time by source file / package:')
  for (const f of byFile({ ...summary, functions: jsFunctions }).slice(0, 15)) {
    console.log(`      ${pct(f.selfMs, totalMs)}  ${f.file}`)
  }
}

console.log(
  `profile of ${values.config}'s bundle (${groupCount} groups; ${connections} connections, ${seconds} s each, sampling every ${values.interval} µs; one workerd via Miniflare, FRESHNESS_MS=1000)`,
)
report('/v1/check (warm, 64 users)', await profile('check', '/v1/check', checks))
report(
  '/v1/check with an already-satisfied consistency token',
  await profile('check-token', '/v1/check', tokenChecks),
)
report('/healthz (the floor)', await profile('healthz', '/healthz'))
console.log(`  profiles saved: ${saved.join(', ')} (bundle .bench/dist/index.js and its .map)`)
inspector.close()
await mf.dispose()
