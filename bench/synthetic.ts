// A synthetic tenant for benchmarks: a balanced tree `depth` levels deep and many users.
import { PRODUCTS, type Product } from '../src/catalog'
import type { GroupSeed, TenantSeed, UserSeed } from '../src/repos/tenant-seed'

/** Deterministic PRNG (mulberry32) so every run builds the same tenant. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` groups in breadth-first order, `depth` levels below and including the root. */
export function syntheticGroups(count: number, depth: number): GroupSeed[] {
  let branching = 1
  const capacity = (b: number) =>
    Array.from({ length: depth }, (_, i) => b ** i).reduce((x, y) => x + y, 0)
  while (capacity(branching) < count) branching++
  const out: GroupSeed[] = [{ id: 'g0', name: 'Root', parentId: null }]
  for (let i = 1; i < count; i++) {
    const parent = Math.floor((i - 1) / branching)
    out.push({ id: `g${i}`, name: `Group ${i}`, parentId: `g${parent}` })
  }
  return out
}

const ROLES = ['admin', 'standard', 'read_only', 'identified_only', 'scorer', 'auditor', 'agent']

export function syntheticTenant(id: string, groupCount: number, userCount: number): TenantSeed {
  const random = prng(42)
  const groups = syntheticGroups(groupCount, 4)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
  const users: UserSeed[] = Array.from({ length: userCount }, (_, i) => {
    const home = i === 0 ? 'g0' : pick(groups).id
    const entries =
      i % 10 === 0 && i > 0
        ? [{ groupId: pick(groups).id, allow: random() < 0.5 }].filter((e) => e.groupId !== home)
        : []
    return {
      id: `u${i}`,
      name: `User ${i}`,
      roleId: i === 0 ? 'admin' : pick(ROLES),
      homeGroupId: home,
      addons: { audio: true, score: random() < 0.3 },
      groups: entries,
    }
  })
  return {
    id,
    name: id,
    products: PRODUCTS.filter((p) => p !== 'core') as Product[],
    groups,
    users,
  }
}
