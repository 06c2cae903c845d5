/** explain() on generated trees, users and requests: its decision is check()'s, and every change
 * it proposes flips the decision, made in the snapshot or in the stored rows. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ADDONS,
  PERMISSIONS,
  PERMISSION_BY_KEY,
  PRODUCTS,
  REPORT_KEYS,
  type Product,
} from '../../src/catalog'
import {
  REASON_CODES,
  applyChange,
  check,
  compileSnapshot,
  compileTree,
  explain,
  isEngineError,
  type Change,
  type CheckRequest,
  type Decision,
  type ExplainAccess,
  type GrantScope,
  type Situation,
  type TenantTree,
  type UserRows,
} from '../../src/engine'

const permissionKeys = PERMISSIONS.map((p) => p.key)

const treeArb = fc
  .integer({ min: 1, max: 25 })
  .chain((n) =>
    fc
      .array(fc.nat(), { minLength: n - 1, maxLength: n - 1 })
      .map((picks) => [
        { id: 'g0', parentId: null },
        ...picks.map((pick, i) => ({ id: `g${i + 1}`, parentId: `g${pick % (i + 1)}` })),
      ]),
  )

const caseArb = treeArb.chain((groups) => {
  const groupId = fc.constantFrom(...groups.map((g) => g.id), 'ghost')
  const level = fc.constantFrom('none', 'own', 'group', 'all' as const)
  const addon = fc.option(fc.constantFrom(...ADDONS), { nil: undefined })
  return fc.record({
    groups: fc.constant(groups),
    home: fc.constantFrom(...groups.map((g) => g.id)),
    entries: fc.uniqueArray(fc.record({ groupId, allow: fc.boolean() }), {
      maxLength: 5,
      selector: (e) => e.groupId,
    }),
    grantScope: fc.constantFrom<GrantScope>('siblings', 'same_level_or_below'),
    products: fc.subarray(PRODUCTS.filter((p) => p !== 'core') as Product[]),
    perms: fc.dictionary(fc.constantFrom(...permissionKeys), fc.record({ level, requires: addon })),
    roleReports: fc.array(fc.record({ key: fc.constantFrom(...REPORT_KEYS), requires: addon }), {
      maxLength: 3,
    }),
    overrides: fc.array(fc.record({ key: fc.constantFrom(...REPORT_KEYS), grant: fc.boolean() }), {
      maxLength: 3,
    }),
    audio: fc.boolean(),
    score: fc.boolean(),
    active: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
    permission: fc.constantFrom(...permissionKeys, 'analytics.reports:read'),
    granted: fc.option(level, { freq: 2 }),
    resource: fc.option(
      fc.record(
        {
          type: fc.constantFrom('conversation', 'report', 'campaign'),
          id: fc.constantFrom(...REPORT_KEYS, 'x1'),
          groupId,
          ownerId: fc.constantFrom('me', 'someone'),
          assigneeIds: fc.subarray(['me', 'a']),
        },
        { requiredKeys: ['type', 'id'] },
      ),
      { nil: undefined },
    ),
  })
})

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never

function rowsOf(c: Case): UserRows {
  const permissions = Object.fromEntries(
    Object.entries(c.perms).map(([k, e]) => [k, e.requires ? e : { level: e.level }]),
  )
  if (c.granted !== null) permissions[c.permission] = { level: c.granted }
  return {
    tenant: { id: 't', version: 3, products: c.products },
    user: {
      id: 'me',
      name: 'Me',
      email: null,
      status: c.active ? 'active' : 'disabled',
      homeGroupId: c.home,
      addons: { audio: c.audio, score: c.score },
    },
    role: {
      id: 'r',
      name: 'R',
      permissions,
      reports: c.roleReports.map((r) => (r.requires ? r : { key: r.key })),
    },
    groupEntries: c.entries,
    reportOverrides: c.overrides,
  }
}

/** The same change made where an admin would make it: in the stored rows, then compiled. */
function applyToRows(
  rows: UserRows,
  request: CheckRequest,
  change: Change,
): [UserRows, CheckRequest] {
  const role = rows.role
  switch (change.kind) {
    case 'activate_user':
      return [{ ...rows, user: { ...rows.user, status: 'active' } }, request]
    case 'enable_product':
    case 'disable_product': {
      const on = rows.tenant.products.filter((p) => p !== change.product)
      if (change.kind === 'enable_product') on.push(change.product)
      return [{ ...rows, tenant: { ...rows.tenant, products: on } }, request]
    }
    case 'turn_on_addon':
    case 'turn_off_addon': {
      const addons = { ...rows.user.addons, [change.addon]: change.kind === 'turn_on_addon' }
      return [{ ...rows, user: { ...rows.user, addons } }, request]
    }
    case 'drop_requirement':
    case 'set_level': {
      // A Disabled entry, or one at a level the permission does not allow, counts as none and
      // carries no add-on requirement (compileSnapshot drops it), so neither does a raise of it.
      const stored = role.permissions[change.permission]
      const counts =
        stored && PERMISSION_BY_KEY.get(change.permission)!.levels.includes(stored.level)
      const was = counts && stored.level !== 'none' ? stored : { level: 'none' as const }
      const entry =
        change.kind === 'set_level' ? { ...was, level: change.level } : { level: was.level }
      const permissions = { ...role.permissions, [change.permission]: entry }
      return [{ ...rows, role: { ...role, permissions } }, request]
    }
    case 'allow_group':
    case 'deny_group': {
      const groupEntries = [
        ...rows.groupEntries.filter((e) => e.groupId !== change.groupId),
        { groupId: change.groupId, allow: change.kind === 'allow_group' },
      ]
      return [{ ...rows, groupEntries }, request]
    }
    case 'grant_report':
    case 'revoke_report': {
      const reportOverrides = [
        ...rows.reportOverrides.filter((o) => o.key !== change.report),
        { key: change.report, grant: change.kind === 'grant_report' },
      ]
      return [{ ...rows, reportOverrides }, request]
    }
    case 'own_resource': {
      const r = request.resource!
      const assigneeIds = [...(r.assigneeIds ?? []), change.userId]
      return [rows, { ...request, resource: { ...r, assigneeIds } }]
    }
    case 'together':
      return change.steps.reduce<[UserRows, CheckRequest]>(
        ([rw, rq], step) => applyToRows(rw, rq, step),
        [rows, request],
      )
  }
}

const decisionOf = (snapshot: Situation['snapshot'], tree: TenantTree, request: CheckRequest) =>
  check(snapshot, tree, request) as Decision

describe('explain on generated users (property)', () => {
  it('decides as check() does, and every proposed change flips the decision', () => {
    let flipped = 0
    fc.assert(
      fc.property(caseArb, (c) => {
        const tree = compileTree(c.groups, 3)
        const rows = rowsOf(c)
        const snapshot = compileSnapshot(rows, tree)
        const request: CheckRequest = { permission: c.permission, resource: c.resource }
        const access: ExplainAccess = { entries: c.entries, grantScope: c.grantScope }
        const e = explain(snapshot, tree, request, access)
        const decided = check(snapshot, tree, request)
        if (isEngineError(e)) return expect(e).toEqual(decided)
        expect(e.decision).toEqual(decided)
        expect(REASON_CODES).toContain(e.decision.reason)
        for (const change of e.changes) {
          const after = applyChange({ snapshot, tree, request, access }, change)
          expect(decisionOf(after.snapshot, tree, after.request).allowed, change.description).toBe(
            !e.decision.allowed,
          )
          // The same edit in the stored rows, compiled as storage would, flips it too.
          const [rows2, request2] = applyToRows(rows, request, change)
          const recompiled = compileSnapshot(rows2, tree)
          expect(decisionOf(recompiled, tree, request2).allowed, change.description).toBe(
            !e.decision.allowed,
          )
          flipped++
        }
      }),
      { numRuns: 1500 },
    )
    expect(flipped).toBeGreaterThan(500)
  })

  it('also flips without the stored entries (group hints from the ranges alone)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const tree = compileTree(c.groups, 3)
        const snapshot = compileSnapshot(rowsOf(c), tree)
        const request: CheckRequest = { permission: c.permission, resource: c.resource }
        const e = explain(snapshot, tree, request)
        if (isEngineError(e)) return
        expect(e.decision).toEqual(check(snapshot, tree, request))
        for (const change of e.changes) {
          const after = applyChange({ snapshot, tree, request }, change)
          expect(decisionOf(after.snapshot, tree, after.request).allowed).toBe(!e.decision.allowed)
        }
      }),
      { numRuns: 800 },
    )
  })

  it('proposes a change for most active users with a known permission', () => {
    let withChanges = 0
    let total = 0
    fc.assert(
      fc.property(caseArb, (c) => {
        if (!c.active) return
        const tree = compileTree(c.groups, 3)
        const snapshot = compileSnapshot(rowsOf(c), tree)
        const e = explain(snapshot, tree, { permission: c.permission, resource: c.resource })
        if (isEngineError(e)) return
        total++
        if (e.changes.length > 0) withChanges++
      }),
      { numRuns: 500 },
    )
    expect(withChanges / total).toBeGreaterThan(0.9)
  })
})
