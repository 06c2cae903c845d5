/** explain() on the demo tenant (SPEC §7): reasons in words, the deciding entry and the hints. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_ADDONS, ROLE_PRESETS, isSystemRoleId } from '../../src/catalog'
import { ACME } from '../../src/demo/demo-tenants'
import {
  REASON_CODES,
  REASON_WORDS,
  compileSnapshot,
  compileTree,
  explain,
  isEngineError,
  type Change,
  type Explanation,
  type Resource,
  type UserRows,
} from '../../src/engine'

// ---- the demo tenant (SPEC §7) as engine input ----

const DEMO_TREE = compileTree(ACME.groups, 1)

function demoRows(userId: string): UserRows {
  const seed = ACME.users.find((u) => u.id === userId)!
  if (!isSystemRoleId(seed.roleId)) throw new Error(`not a system role: ${seed.roleId}`)
  const role = ROLE_PRESETS[seed.roleId]
  return {
    tenant: { id: 'acme', version: 1, products: ACME.products },
    user: {
      id: seed.id,
      name: seed.name,
      email: seed.email ?? null,
      status: 'active',
      homeGroupId: seed.homeGroupId,
      addons: { ...DEFAULT_ADDONS, ...seed.addons },
    },
    role: { id: role.id, name: role.name, permissions: role.permissions, reports: role.reports },
    groupEntries: seed.groups ?? [],
    reportOverrides: [],
  }
}

function explainDemo(userId: string, permission: string, resource?: Resource): Explanation {
  const rows = demoRows(userId)
  const out = explain(
    compileSnapshot(rows, DEMO_TREE),
    DEMO_TREE,
    { permission, resource },
    { entries: rows.groupEntries, grantScope: 'siblings' },
  )
  if (isEngineError(out)) throw new Error('unexpected engine error')
  return out
}

const conversation = (groupId: string, ownerId = 'someone-else'): Resource => ({
  type: 'conversation',
  id: 'c1',
  groupId,
  ownerId,
})

const kinds = (e: Explanation) => e.changes.map((c) => c.kind)
const descriptions = (e: Explanation) => e.changes.map((c) => c.description)

describe('reason codes', () => {
  it('gives every reason code the engine can return its words', () => {
    for (const code of REASON_CODES) expect(REASON_WORDS[code], code).toMatch(/\w{3,}.*\.$/)
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length)
  })
})

describe('explain on the demo tenant (SPEC §7)', () => {
  it('audio without the add-on: addon_required, and turning on Audio access flips it', () => {
    const e = explainDemo('nora', 'interactions.audio:listen', conversation('nyc'))
    expect(e.decision).toMatchObject({ allowed: false, reason: 'addon_required' })
    expect(e.entry).toMatchObject({ roleId: 'read_only', level: 'group', requires: 'audio' })
    expect(e.factor).toEqual({ kind: 'addon', addon: 'audio', on: false })
    expect(descriptions(e)).toContain('turn on Audio access')
  })

  it('scoring without Score conversations: addon_required, "turn on Score conversations"', () => {
    const e = explainDemo('sam', 'quality.evaluations:write', conversation('east'))
    expect(e.decision.reason).toBe('addon_required')
    expect(e.changes[0]).toMatchObject({ kind: 'turn_on_addon', addon: 'score' })
    expect(e.changes[0]!.description).toBe('turn on Score conversations')
  })

  it('mike and nyc: out_of_scope, "allow group nyc" (re-allowing below his deny)', () => {
    const e = explainDemo('mike', 'interactions.conversations:read', conversation('nyc'))
    expect(e.decision).toMatchObject({ allowed: false, reason: 'out_of_scope', level: 'group' })
    expect(e.factor).toEqual({ kind: 'group', groupId: 'nyc', accessible: false })
    expect(e.changes[0]).toMatchObject({ kind: 'allow_group', groupId: 'nyc' })
    expect(descriptions(e)).toContain('allow group nyc')
  })

  it('no group hint where SPEC §4 forbids the entry (sue at boston, a west conversation)', () => {
    const e = explainDemo('sue', 'interactions.conversations:read', conversation('west'))
    expect(e.decision.reason).toBe('out_of_scope')
    expect(kinds(e)).not.toContain('allow_group')
    expect(kinds(e)).toContain('own_resource')
  })

  it('level own on someone else’s resource: the Own hint', () => {
    const e = explainDemo('rita', 'profile.preferences:read', {
      type: 'preferences',
      id: 'p1',
      ownerId: 'nora',
      groupId: 'nyc',
    })
    expect(e.decision).toMatchObject({ allowed: false, reason: 'out_of_scope', level: 'own' })
    expect(descriptions(e)).toContain(
      'level is Own: the user must own or be assigned to the resource',
    )
    expect(kinds(e)).not.toContain('allow_group')
  })

  it('a product switched off: "enable the product knowledge_base"', () => {
    const e = explainDemo('rita', 'knowledge_base.articles:read')
    expect(e.decision.reason).toBe('product_disabled')
    expect(e.factor).toEqual({ kind: 'product', product: 'knowledge_base' })
    expect(descriptions(e)).toEqual(['enable the product knowledge_base'])
  })

  it('no permission: the smallest raise of the role’s level', () => {
    const e = explainDemo('ivan', 'analytics.dashboards:read')
    expect(e.decision.reason).toBe('no_permission')
    expect(e.changes).toEqual([
      expect.objectContaining({ kind: 'set_level', level: 'own' }) as Change,
    ])
  })

  it('a report not granted: "grant the report"', () => {
    const e = explainDemo('sid', 'analytics.reports:read', {
      type: 'report',
      id: 'observability_overview',
    })
    expect(e.decision.reason).toBe('report_not_granted')
    expect(descriptions(e)).toContain('grant the report observability_overview')
    expect(e.factor).toEqual({
      kind: 'report',
      report: 'observability_overview',
      granted: false,
      override: null,
    })
  })

  it('an allow lists what would deny it: the add-on, the product, a deny entry, a lower level', () => {
    const e = explainDemo('alice', 'interactions.audio:listen', conversation('nyc'))
    expect(e.decision).toMatchObject({ allowed: true, reason: 'group_scope' })
    expect(kinds(e)).toEqual(
      expect.arrayContaining(['turn_off_addon', 'disable_product', 'deny_group', 'set_level']),
    )
  })

  it('an unknown user has no changes; an unknown permission is check()’s engine error', () => {
    const e = explain(null, DEMO_TREE, { permission: 'profile.preferences:read' })
    expect(e).toMatchObject({ decision: { reason: 'unknown_user' }, changes: [] })
    const rows = demoRows('alice')
    expect(
      explain(compileSnapshot(rows, DEMO_TREE), DEMO_TREE, { permission: 'no.such:thing' }),
    ).toEqual({ error: 'unknown_permission', permission: 'no.such:thing' })
  })
})
