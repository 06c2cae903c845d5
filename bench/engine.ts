// Engine benchmark: decisions per second on a compiled snapshot (one core), and compile time and
// serialized size of the snapshot of a user who sees every group of a large tenant.
import { parseArgs } from 'node:util'
import { ROLE_PRESETS } from '../src/catalog'
import {
  check,
  compileSnapshot,
  compileTree,
  treeFromWire,
  treeToWire,
  type TreeWire,
  type UserRows,
} from '../src/engine'
import { prng, syntheticGroups } from './synthetic'

const { values } = parseArgs({
  options: {
    groups: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '2' },
  },
})
const groupCount = Number(values.groups)
const seconds = Number(values.seconds)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const groups = syntheticGroups(groupCount, 4)
const timed = <T>(runs: number, fn: () => T): { value: T; ms: number } => {
  const times: number[] = []
  let value = fn()
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    value = fn()
    times.push(performance.now() - start)
  }
  return { value, ms: median(times) }
}
const { value: tree, ms: treeMs } = timed(20, () => compileTree(groups, 1))
const wire = JSON.stringify(treeToWire(tree))
const { ms: treeFromKvMs } = timed(20, () => treeFromWire(JSON.parse(wire) as TreeWire))

const rowsFor = (home: string, entries: UserRows['groupEntries']): UserRows => ({
  tenant: { id: 'bench', version: 1, products: ['interactions', 'analytics', 'quality'] },
  user: {
    id: 'u0',
    name: 'U',
    email: null,
    status: 'active',
    homeGroupId: home,
    addons: { audio: true, score: true },
  },
  role: {
    id: 'admin',
    name: 'Admin',
    permissions: ROLE_PRESETS.admin.permissions,
    reports: ROLE_PRESETS.admin.reports,
  },
  groupEntries: entries,
  reportOverrides: [],
})

function compileStats(rows: UserRows) {
  const times: number[] = []
  let snapshot = compileSnapshot(rows, tree)
  for (let i = 0; i < 200; i++) {
    const start = performance.now()
    snapshot = compileSnapshot(rows, tree)
    times.push(performance.now() - start)
  }
  return {
    snapshot,
    ms: median(times),
    bytes: new TextEncoder().encode(JSON.stringify(snapshot)).length,
  }
}

// A root user sees all groups; a second root user with 50 deny/allow entries scattered around.
const random = prng(7)
const scattered = Array.from({ length: 50 }, (_, i) => ({
  groupId: groups[1 + Math.floor(random() * (groupCount - 1))]!.id,
  allow: i % 2 === 1,
}))
const rootUser = compileStats(rowsFor('g0', []))
const entriesUser = compileStats(rowsFor('g0', scattered))
// A user at a second-level group sees a small part of the tree: most checks deny.
const regionUser = compileStats(rowsFor('g1', []))
const snapshots = [entriesUser.snapshot, regionUser.snapshot]

// Decisions: group-scoped checks on random groups (the common gateway case).
const resources = Array.from({ length: 4096 }, (_, i) => ({
  type: 'conversation',
  id: `c${i}`,
  groupId: groups[Math.floor(random() * groupCount)]!.id,
}))
const permissions = [
  'interactions.conversations:read',
  'quality.evaluations:write',
  'analytics.dashboards:read',
]
let decisions = 0
let allowed = 0
const deadline = performance.now() + seconds * 1000
while (performance.now() < deadline) {
  for (let i = 0; i < 10_000; i++) {
    const outcome = check(snapshots[(i >> 1) & 1]!, tree, {
      permission: permissions[i % 3]!,
      resource: resources[i & 4095],
    })
    if ('allowed' in outcome && outcome.allowed) allowed++
  }
  decisions += 10_000
}
const perSecond = decisions / seconds

console.log(`engine (${groupCount} groups, one core)`)
console.log(
  `  tree compile from rows (per structure version):  ${treeMs.toFixed(2)} ms (${wire.length} B in KV, ${treeFromKvMs.toFixed(2)} ms to load from there)`,
)
console.log(
  `  snapshot, root user (sees ${groupCount} groups): ${rootUser.ms.toFixed(3)} ms, ${rootUser.bytes} B serialized`,
)
console.log(
  `  snapshot, root user + 50 entries:             ${entriesUser.ms.toFixed(3)} ms, ${entriesUser.bytes} B serialized`,
)
console.log(
  `  decisions:                                    ${Math.round(perSecond).toLocaleString('en-US')} /s (${((allowed / decisions) * 100).toFixed(0)}% allowed)`,
)
console.log(
  `  targets: ≥ 1,000,000 /s ${perSecond >= 1e6 ? 'met' : 'MISSED'}; compile ≤ 10 ms ${rootUser.ms <= 10 ? 'met' : 'MISSED'}; ≤ 8 KiB ${rootUser.bytes <= 8192 ? 'met' : 'MISSED'}`,
)
