import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ADDONS, PERMISSIONS, PRODUCTS, REPORT_KEYS, type Product } from '../../src/catalog'
import {
  check,
  compileSnapshot,
  compileTree,
  fromMeView,
  me,
  scope,
  type Resource,
  type UserRows,
} from '../../src/engine'
import {
  naiveAccessible,
  naiveCheck,
  naiveReports,
  type NaiveGroup,
} from '../helpers/naive-reference'

const permissionKeys = PERMISSIONS.map((p) => p.key)

const treeArb = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc
      .array(fc.nat(), { minLength: n - 1, maxLength: n - 1 })
      .map((picks): NaiveGroup[] => [
        { id: 'g0', parentId: null },
        ...picks.map((pick, i) => ({ id: `g${i + 1}`, parentId: `g${pick % (i + 1)}` })),
      ]),
  )

const rowsArb = (groups: NaiveGroup[]) => {
  const groupId = fc.constantFrom(...groups.map((g) => g.id), 'ghost')
  const entryArb = fc.record({ level: fc.constantFrom('none', 'own', 'group', 'all' as const) })
  return fc.record({
    home: fc.constantFrom(...groups.map((g) => g.id)),
    entries: fc.array(fc.record({ groupId, allow: fc.boolean() }), { maxLength: 8 }),
    products: fc.subarray(PRODUCTS.filter((p) => p !== 'core') as Product[]),
    perms: fc.dictionary(
      fc.constantFrom(...permissionKeys),
      fc.record({
        level: entryArb.map((e) => e.level),
        requires: fc.option(fc.constantFrom(...ADDONS), { nil: undefined }),
      }),
    ),
    roleReports: fc.array(
      fc.record({
        key: fc.constantFrom(...REPORT_KEYS),
        requires: fc.option(fc.constantFrom(...ADDONS), { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    overrides: fc.array(fc.record({ key: fc.constantFrom(...REPORT_KEYS), grant: fc.boolean() }), {
      maxLength: 4,
    }),
    audio: fc.boolean(),
    score: fc.boolean(),
    active: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  })
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated record, shaped by rowsArb
const toRows = (r: any): UserRows => ({
  tenant: { id: 't', version: 7, products: r.products },
  user: {
    id: 'me',
    name: 'Me',
    email: null,
    status: r.active ? 'active' : 'disabled',
    homeGroupId: r.home,
    addons: { audio: r.audio, score: r.score },
  },
  role: {
    id: 'r',
    name: 'R',
    permissions: Object.fromEntries(
      Object.entries(r.perms as Record<string, { level: string; requires?: string }>).map(
        ([k, e]) => [k, e.requires ? e : { level: e.level }],
      ),
    ) as UserRows['role']['permissions'],
    reports: r.roleReports.map((x: { key: string; requires?: string }) =>
      x.requires ? x : { key: x.key },
    ),
  },
  groupEntries: r.entries,
  reportOverrides: r.overrides,
})

const resourceArb = (groups: NaiveGroup[]): fc.Arbitrary<Resource | undefined> =>
  fc.option(
    fc.record(
      {
        type: fc.constantFrom('conversation', 'report', 'campaign'),
        id: fc.constantFrom(...REPORT_KEYS, 'x1'),
        groupId: fc.constantFrom(...groups.map((g) => g.id), 'ghost'),
        ownerId: fc.constantFrom('me', 'someone'),
        assigneeIds: fc.subarray(['me', 'a', 'b']),
      },
      { requiredKeys: ['type', 'id'] },
    ),
    { nil: undefined },
  )

const caseArb = treeArb.chain((groups) =>
  fc
    .record({
      groups: fc.constant(groups),
      rows: rowsArb(groups).map(toRows),
      unknownUser: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      permission: fc.constantFrom(...permissionKeys, 'no.such:perm'),
      // Most cases grant the checked permission, so resource rules are exercised.
      granted: fc.option(fc.constantFrom('own', 'group', 'all' as const), { freq: 1 }),
      resource: resourceArb(groups),
    })
    .map(({ granted, ...c }) => {
      if (granted === null) return c
      const permissions = { ...c.rows.role.permissions, [c.permission]: { level: granted } }
      return { ...c, rows: { ...c.rows, role: { ...c.rows.role, permissions } } }
    }),
)

const admits = (result: ReturnType<typeof scope>, resource: Resource): boolean => {
  if ('error' in result) throw new Error('unexpected engine error')
  if (result.kind === 'all') return true
  if (result.kind === 'none') return false
  return (
    (resource.groupId !== undefined && result.groupIds.includes(resource.groupId)) ||
    resource.ownerId === result.userId ||
    (resource.assigneeIds ?? []).includes(result.userId)
  )
}

const pick = (outcome: ReturnType<typeof check>) => {
  if ('error' in outcome) return outcome
  return { allowed: outcome.allowed, reason: outcome.reason }
}

describe('engine against the naive reference', () => {
  it('check() gives the reference decision on random trees, entries and resources', () => {
    fc.assert(
      fc.property(caseArb, ({ groups, rows, unknownUser, permission, resource }) => {
        const tree = compileTree(groups, 7)
        const snapshot = unknownUser ? null : compileSnapshot(rows, tree)
        const expected = naiveCheck(unknownUser ? null : rows, groups, permission, resource)
        const got = check(snapshot, tree, { permission, resource })
        if (expected === 'unknown_permission') {
          expect(got).toEqual({ error: 'unknown_permission', permission })
          return
        }
        expect(pick(got)).toEqual(expected)
        // And the same permission on a resource in every group of the tree.
        for (const { id: groupId } of [...groups, { id: 'ghost' }]) {
          const inGroup = { type: 'conversation', id: 'c', groupId }
          const user = unknownUser ? null : rows
          expect(pick(check(snapshot, tree, { permission, resource: inGroup }))).toEqual(
            naiveCheck(user, groups, permission, inGroup),
          )
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('scope() admits exactly the resources check() allows', () => {
    fc.assert(
      fc.property(caseArb, ({ groups, rows, permission, resource }) => {
        if (!resource || resource.type === 'report' || permission === 'no.such:perm') return
        const tree = compileTree(groups, 7)
        const snapshot = compileSnapshot(rows, tree)
        const decision = check(snapshot, tree, { permission, resource })
        expect(admits(scope(snapshot, tree, permission), resource)).toBe(
          (decision as { allowed: boolean }).allowed,
        )
      }),
      { numRuns: 3000 },
    )
  })

  it('me() lists exactly the accessible groups and the reports of the reference', () => {
    fc.assert(
      fc.property(caseArb, ({ groups, rows }) => {
        const tree = compileTree(groups, 7)
        const view = me(compileSnapshot(rows, tree), tree)
        const expected = groups.map((g) => g.id).filter((g) => naiveAccessible(rows, groups, g))
        expect([...view.groups].sort()).toEqual(expected.sort())
        expect(view.reports).toEqual(naiveReports(rows))
      }),
      { numRuns: 2000 },
    )
  })

  it('check() on data rebuilt from me() (the frontend helper) decides exactly as the service', () => {
    fc.assert(
      fc.property(caseArb, ({ groups, rows, permission, resource }) => {
        if (resource?.type === 'user') return // the service fills those in from stored users
        const tree = compileTree(groups, 7)
        const snapshot = compileSnapshot(rows, tree)
        const rebuilt = fromMeView(me(snapshot, tree))
        const requests = [resource, ...groups.map((g) => ({ type: 'c', id: 'c', groupId: g.id }))]
        for (const r of requests) {
          expect(check(rebuilt.snapshot, rebuilt.tree, { permission, resource: r })).toEqual(
            check(snapshot, tree, { permission, resource: r }),
          )
        }
      }),
      { numRuns: 3000 },
    )
  })
})
