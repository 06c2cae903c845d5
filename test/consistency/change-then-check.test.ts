/**
 * An admin write followed at once by a check never sees the old answer: 240 random changes
 * through the admin API, each followed (no X-Authz-Min-Version) by checks compared with the
 * naive reference evaluated on a model of the tenant that the test keeps itself.
 */
import { describe, expect, it } from 'vitest'
import {
  PERMISSION_BY_KEY,
  ROLE_PRESETS,
  type Addon,
  type Product,
  type RoleEntry,
} from '../../src/catalog'
import type { Resource, UserRows } from '../../src/engine'
import { eq } from 'drizzle-orm'
import { groupClosure, tenants } from '../../src/db/schema'
import { treeLayout } from '../../src/engine'
import { closureRows } from '../../src/repos/tenant-seed'
import { call } from '../helpers/http'
import { naiveCheck, type NaiveGroup } from '../helpers/naive-reference'
import { ALL_PRODUCTS, db, seedFreshTenant } from '../helpers/seed'
import { prng } from '../../bench/synthetic'

const SUBJECTS = ['u1', 'u2', 'u3', 'u4']
const ROLES = ['standard', 'read_only', 'agent', 'scorer', 'identified_only', 'auditor'] as const
const CHECKED = [
  'interactions.conversations:read',
  'interactions.audio:listen',
  'quality.evaluations:write',
  'quality.scorecards:read',
  'campaigns.campaigns:write',
  'analytics.reports:read',
  'knowledge_base.articles:read',
]

interface ModelUser {
  roleId: string
  home: string
  addons: Record<Addon, boolean>
  entries: { groupId: string; allow: boolean }[]
}

describe('change then check at once', () => {
  it('240 random admin writes, each followed by checks that see it', async () => {
    const random = prng(2024)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
    const groups: NaiveGroup[] = [
      { id: 'root', parentId: null },
      { id: 'a', parentId: 'root' },
      { id: 'a1', parentId: 'a' },
      { id: 'a2', parentId: 'a' },
      { id: 'b', parentId: 'root' },
      { id: 'b1', parentId: 'b' },
    ]
    const users: Record<string, ModelUser> = Object.fromEntries(
      SUBJECTS.map((id, i) => [
        id,
        {
          roleId: ROLES[i]!,
          home: ['a', 'a1', 'b', 'b1'][i]!,
          addons: { audio: true, score: false },
          entries: [],
        },
      ]),
    )
    const roles: Record<string, Record<string, RoleEntry>> = Object.fromEntries(
      ROLES.map((r) => [r, { ...ROLE_PRESETS[r].permissions }]),
    )
    let products: Product[] = [...ALL_PRODUCTS]
    const tenant = await seedFreshTenant({
      products,
      groups: groups.map((g) => ({ ...g, name: g.id })),
      users: [
        { id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'root', addons: { score: true } },
        ...SUBJECTS.map((id) => ({
          id,
          name: id,
          roleId: users[id]!.roleId,
          homeGroupId: users[id]!.home,
        })),
      ],
    })
    const as = { user: 'boss', tokenOptions: { tenant } }

    const rowsOf = (id: string): UserRows => {
      const u = users[id]!
      return {
        tenant: { id: tenant, version: 0, products },
        user: {
          id,
          name: id,
          email: null,
          status: 'active',
          homeGroupId: u.home,
          addons: u.addons,
        },
        role: {
          id: u.roleId,
          name: u.roleId,
          permissions: roles[u.roleId]!,
          reports: ROLE_PRESETS[u.roleId as 'standard'].reports,
        },
        groupEntries: u.entries,
        reportOverrides: [],
      }
    }
    const subtreeOf = (id: string): Set<string> => {
      const out = new Set([id])
      for (let grew = true; grew;) {
        grew = false
        for (const g of groups)
          if (g.parentId && out.has(g.parentId) && !out.has(g.id)) grew = out.add(g.id) !== null
      }
      return out
    }

    let applied = 0
    let nextGroup = 0
    for (let step = 0; step < 240; step++) {
      const subject = pick(SUBJECTS)
      const kind = pick([
        'addon',
        'role',
        'entries',
        'permission',
        'move',
        'create',
        'products',
        'home',
      ])
      let res: Response
      let apply: () => void
      switch (kind) {
        case 'addon': {
          const addon = pick(['audio', 'score'] as const)
          const value = random() < 0.5
          res = await call('PUT', `/v1/users/${subject}/access`, { addons: { [addon]: value } }, as)
          apply = () => (users[subject]!.addons[addon] = value)
          break
        }
        case 'role': {
          const roleId = pick(ROLES)
          res = await call('PUT', `/v1/users/${subject}/access`, { roleId }, as)
          apply = () => (users[subject]!.roleId = roleId)
          break
        }
        case 'entries': {
          const entries = Array.from({ length: Math.floor(random() * 3) }, () => ({
            groupId: pick(groups).id,
            allow: random() < 0.6,
          }))
          res = await call('PUT', `/v1/users/${subject}/access`, { groups: entries }, as)
          apply = () => (users[subject]!.entries = entries)
          break
        }
        case 'permission': {
          const roleId = pick(ROLES)
          const permission = pick(CHECKED)
          const level = pick(PERMISSION_BY_KEY.get(permission)!.levels)
          const requires = random() < 0.3 ? pick(['audio', 'score'] as const) : undefined
          const entry = requires ? { level, requires } : { level }
          res = await call(
            'PATCH',
            `/v1/roles/${roleId}`,
            { permissions: { [permission]: entry } },
            as,
          )
          apply = () => {
            if (level === 'none') delete roles[roleId]![permission]
            else roles[roleId]![permission] = entry
          }
          break
        }
        case 'move': {
          const group = pick(groups.filter((g) => g.parentId !== null))
          const parent = pick(groups.filter((g) => !subtreeOf(group.id).has(g.id)))
          res = await call('PATCH', `/v1/groups/${group.id}`, { parentId: parent.id }, as)
          apply = () => (group.parentId = parent.id)
          break
        }
        case 'create': {
          const id = `n${nextGroup++}`
          const parentId = pick(groups).id
          res = await call('POST', '/v1/groups', { id, name: id, parentId }, as)
          apply = () => groups.push({ id, parentId })
          break
        }
        case 'products': {
          const next = ALL_PRODUCTS.filter(() => random() < 0.8)
          res = await call('PUT', '/v1/tenant/products', { products: next }, as)
          apply = () => (products = next)
          break
        }
        default: {
          const home = pick(groups).id
          res = await call(
            'PUT',
            `/v1/users/${subject}/access`,
            { homeGroupId: home, groups: [] },
            as,
          )
          apply = () => {
            users[subject]!.home = home
            users[subject]!.entries = []
          }
        }
      }
      // A refused write (a §4 rule, a level above the writer's) changes nothing.
      const text = await res.text()
      expect([200, 201, 400], `${kind}: ${text}`).toContain(res.status)
      if (res.status >= 400) continue
      apply()
      applied++
      const { version } = JSON.parse(text) as { version: number }

      const checks = Array.from({ length: 4 }, () => {
        const permission = pick(CHECKED)
        const resource: Resource =
          permission === 'analytics.reports:read' && random() < 0.5
            ? {
                type: 'report',
                id: pick(['conversation_log', 'scoring_summary', 'observability_overview']),
              }
            : {
                type: 'conversation',
                id: 'c',
                groupId: random() < 0.9 ? pick(groups).id : 'ghost',
                ...(random() < 0.3 ? { ownerId: pick(SUBJECTS) } : {}),
              }
        return { permission, resource, subject: pick(SUBJECTS) }
      })
      const batch = await call(
        'POST',
        '/v1/check/batch',
        { checks },
        { user: 'boss', tokenOptions: { tenant, scope: 'authz:check' } },
      )
      const answer = (await batch.json()) as {
        results: { allowed: boolean; reason: string }[]
        version: number
      }
      expect(answer.version, `step ${step} (${kind})`).toBe(version)
      checks.forEach((c, i) => {
        const expected = naiveCheck(rowsOf(c.subject), groups, c.permission, c.resource)
        expect(
          { allowed: answer.results[i]!.allowed, reason: answer.results[i]!.reason },
          `step ${step} after ${kind}: ${JSON.stringify(c)}`,
        ).toEqual(expected)
      })
    }
    expect(applied).toBeGreaterThanOrEqual(200)

    // After all the random moves and creates, the closure table and the stored layout are
    // exactly those of the model's tree.
    const ordered: NaiveGroup[] = []
    const visit = (g: NaiveGroup) => {
      if (ordered.includes(g)) return
      const parent = groups.find((p) => p.id === g.parentId)
      if (parent) visit(parent)
      ordered.push(g)
    }
    groups.forEach(visit)
    const expectedClosure = closureRows(ordered.map((g) => ({ ...g, name: g.id })))
      .map((r) => `${r.ancestorId}>${r.descendantId}@${r.depth}`)
      .sort()
    const stored = await db().select().from(groupClosure).where(eq(groupClosure.tenantId, tenant))
    expect(stored.map((r) => `${r.ancestorId}>${r.descendantId}@${r.depth}`).sort()).toEqual(
      expectedClosure,
    )
    const [row] = await db()
      .select({ tree: tenants.tree })
      .from(tenants)
      .where(eq(tenants.id, tenant))
    expect(row!.tree).toEqual(treeLayout(groups))
  }, 120_000)
})
