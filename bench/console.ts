// npm run bench:console [-- --groups 10000 --users 100000 --runs 20]
// The console at scale (issue 9): a synthetic tenant of 10,000 groups and 100,000 users in one
// workerd, an admin at the root signed in through POST /console/session, then each screen fetched
// `runs` times after a warm-up. Prints the server's time per page (measured at the client over
// loopback, so it includes D1) against /healthz in the same run, and each page's HTML size.
import { parseArgs } from 'node:util'
import { createDb } from '../src/db/client'
import { seedTenant } from '../src/repos/tenant-seed'
import { buildBenchBundle, serve } from './harness'
import { syntheticTenant } from './synthetic'

const { values } = parseArgs({
  options: {
    groups: { type: 'string', default: '10000' },
    users: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '20' },
  },
})
const groupCount = Number(values.groups)
const userCount = Number(values.users)
const runs = Number(values.runs)

const GOAL_MS = 50
const GROUP_TREE_LIMIT = 200 * 1024

buildBenchBundle()
const { mf, base, d1, tokenFor } = await serve(
  [{ name: 'console', freshnessMs: 1000, routes: [] }],
  'scale',
)
const seedStart = performance.now()
await seedTenant(createDb(d1 as D1Database), syntheticTenant('scale', groupCount, userCount))
console.log(
  `seeded ${groupCount.toLocaleString('en')} groups and ${userCount.toLocaleString('en')} users in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
)

// u0 is the admin at the root (synthetic.ts); a session as the console's own sign-in makes it.
const signIn = await fetch(`${base}/console/session`, {
  method: 'POST',
  headers: { authorization: `Bearer ${await tokenFor('u0')}` },
  redirect: 'manual',
})
if (signIn.status !== 303)
  throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`)
const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!

async function measure(path: string, headers: Record<string, string> = { cookie }) {
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now()
    const res = await fetch(base + path, { headers, redirect: 'manual' })
    const body = await res.arrayBuffer()
    const ms = performance.now() - start
    if (res.status !== 200) {
      throw new Error(
        `${path} answered ${res.status}: ${new TextDecoder().decode(body).slice(0, 300)}`,
      )
    }
    bytes = body.byteLength
    if (i >= 3) times.push(ms)
  }
  return { median: median(times), p90: p90(times), bytes }
}

// A user deep in the tree, with a group entry (every tenth user has one).
const someUser = `u${Math.min(userCount - 1, 4210)}`
const pages: [label: string, path: string, goal: boolean][] = [
  ['role editor (admin)', '/console/roles/admin', true],
  ['user page', `/console/users/${someUser}`, true],
  ['Change Permissions', `/console/users/${someUser}/access`, true],
  ['group tree', '/console/groups', true],
  ['users list (first page)', '/console/users', false],
  ['users search', '/console/users?q=User%204', false],
  ['roles list', '/console/roles', false],
  ['audit', '/console/audit', false],
]

const floor = await measure('/healthz', {})
console.log(`\n/healthz (floor): median ${floor.median.toFixed(2)} ms`)
console.log(
  `${'page'.padEnd(26)} ${'median'.padStart(9)} ${'p90'.padStart(9)} ${'HTML'.padStart(9)}  verdict`,
)
let failed = false
for (const [label, path, goal] of pages) {
  const m = await measure(path)
  const verdict = goal
    ? m.median <= GOAL_MS
      ? `≤ ${GOAL_MS} ms met`
      : `> ${GOAL_MS} ms MISSED`
    : ''
  const size =
    label === 'group tree'
      ? m.bytes <= GROUP_TREE_LIMIT
        ? ' (≤ 200 KB met)'
        : ' (> 200 KB MISSED)'
      : ''
  if ((goal && m.median > GOAL_MS) || size.includes('MISSED')) failed = true
  console.log(
    `${label.padEnd(26)} ${`${m.median.toFixed(1)} ms`.padStart(9)} ${`${m.p90.toFixed(1)} ms`.padStart(9)} ${`${(m.bytes / 1024).toFixed(0)} KB`.padStart(9)}  ${verdict}${size}`,
  )
}
console.log(failed ? '\nsome console goals missed (see above)' : '\nall console goals met')
await mf.dispose()
