// npm run bench [-- --groups 2000 --users 20000 --duration 8 --connections 16 --cold 60 --engine-groups 10000]
// Runs the engine, HTTP, admin-write, push, memory (1,000 tenants) and console (10,000 groups,
// 100,000 users) benchmarks in turn; each prints its figures. The CPU profile is separate:
// npm run bench:profile.
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const engineGroups = args.indexOf('--engine-groups')
const engineArgs = engineGroups >= 0 ? ['--groups', args[engineGroups + 1]!] : []
const httpArgs =
  engineGroups >= 0 ? args.filter((_, i) => i !== engineGroups && i !== engineGroups + 1) : args

for (const [script, extra] of [
  ['bench/engine.ts', engineArgs],
  ['bench/http.ts', httpArgs],
  ['bench/admin.ts', []],
  ['bench/push.ts', []],
  ['bench/memory.ts', []],
  ['bench/console.ts', []],
] as const) {
  const run = spawnSync('node_modules/.bin/tsx', [script, ...extra], { stdio: 'inherit' })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
