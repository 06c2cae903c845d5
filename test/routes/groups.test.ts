/** /v1/groups: the tree (SPEC §4), closure table kept exact, guards, changes visible at once. */
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { groupClosure, groups, userGroupAccess } from '../../src/db/schema'
import { closureRows } from '../../src/repos/tenant-seed'
import { call, checkAs, conv, expectProblem } from '../helpers/http'
import { db, seedOrg } from '../helpers/seed'

const tenantWithTree = () =>
  seedOrg([
    { id: 'std', name: 'Std', roleId: 'standard', homeGroupId: 'r1' },
    {
      id: 'viewer',
      name: 'Viewer',
      roleId: 'read_only',
      homeGroupId: 'r2',
      groups: [{ groupId: 'l1', allow: true }],
    },
  ])

const as = (tenant: string, user = 'boss') => ({ user, tokenOptions: { tenant } })
const read = 'interactions.conversations:read'

/** The closure table equals the one computed from the groups as they are now. */
async function expectExactClosure(tenant: string) {
  const rows = await db().select().from(groups).where(eq(groups.tenantId, tenant))
  const byId = new Map(rows.map((g) => [g.id, g]))
  // Parents before children, as closureRows expects.
  const ordered: typeof rows = []
  const visit = (id: string) => {
    const g = byId.get(id)
    if (!g || ordered.includes(g)) return
    if (g.parentId) visit(g.parentId)
    ordered.push(g)
  }
  for (const g of rows) visit(g.id)
  const expected = closureRows(ordered)
    .map((r) => `${r.ancestorId}>${r.descendantId}@${r.depth}`)
    .sort()
  const stored = await db().select().from(groupClosure).where(eq(groupClosure.tenantId, tenant))
  expect(stored.map((r) => `${r.ancestorId}>${r.descendantId}@${r.depth}`).sort()).toEqual(expected)
}

describe('GET /v1/groups', () => {
  it('shows the groups in the caller’s scope, flat and as a tree', async () => {
    const tenant = await tenantWithTree()
    const all = (await (await call('GET', '/v1/groups', undefined, as(tenant))).json()) as {
      groups: { id: string; depth: number }[]
      tree: { id: string; children: { id: string; children: unknown[] }[] }[]
    }
    expect(all.groups.map((g) => g.id).sort()).toEqual(['l1', 'l2', 'l3', 'r1', 'r2', 'root'])
    const leaf = (id: string) => ({ id, name: id.toUpperCase(), children: [] })
    expect(all.tree).toEqual([
      {
        id: 'root',
        name: 'Root',
        children: [
          { id: 'r1', name: 'R1', children: [leaf('l1'), leaf('l2')] },
          { id: 'r2', name: 'R2', children: [leaf('l3')] },
        ],
      },
    ])
    const lead = (await (
      await call('GET', '/v1/groups', undefined, as(tenant, 'lead'))
    ).json()) as {
      tree: { id: string }[]
    }
    expect(lead.tree).toEqual([
      {
        id: 'r1',
        name: 'R1',
        children: [
          { id: 'l1', name: 'L1', children: [] },
          { id: 'l2', name: 'L2', children: [] },
        ],
      },
    ])
    await expectProblem(
      await call('GET', '/v1/groups', undefined, as(tenant, 'viewer')),
      403,
      'forbidden',
    )
  })

  it('GET /v1/groups/:id gives path and children; above the caller is forbidden', async () => {
    const tenant = await tenantWithTree()
    const res = await call('GET', '/v1/groups/l1', undefined, as(tenant, 'lead'))
    expect(await res.json()).toMatchObject({
      group: { id: 'l1', parentId: 'r1', depth: 2, path: ['root', 'r1'], children: [] },
    })
    await expectProblem(
      await call('GET', '/v1/groups/root', undefined, as(tenant, 'lead')),
      403,
      'forbidden',
    )
    await expectProblem(
      await call('GET', '/v1/groups/nope', undefined, as(tenant, 'lead')),
      404,
      'not_found',
    )
  })
})

describe('POST /v1/groups', () => {
  it('creates below a parent; the closure table follows; the group is in scope at once', async () => {
    const tenant = await tenantWithTree()
    expect(await checkAs('std', read, conv('l4'), { tokenOptions: { tenant } })).toMatchObject({
      allowed: false,
    })
    const res = await call(
      'POST',
      '/v1/groups',
      { id: 'l4', name: 'L4', parentId: 'r1' },
      as(tenant, 'lead'),
    )
    expect(res.status).toBe(201)
    const { version } = (await res.json()) as { version: number }
    await expectExactClosure(tenant)
    // No X-Authz-Min-Version: the write published its version.
    expect(await checkAs('std', read, conv('l4'), { tokenOptions: { tenant } })).toMatchObject({
      allowed: true,
      reason: 'group_scope',
      version,
    })
  })

  it('an id is generated when none is given; ids are unique', async () => {
    const tenant = await tenantWithTree()
    const res = await call('POST', '/v1/groups', { name: 'North Desk', parentId: 'r2' }, as(tenant))
    expect(((await res.json()) as { group: { id: string } }).group.id).toMatch(
      /^north-desk-[0-9a-f]{6}$/,
    )
    await expectProblem(
      await call('POST', '/v1/groups', { id: 'r1', name: 'Again', parentId: 'r2' }, as(tenant)),
      409,
      'id_taken',
    )
  })

  it('an admin of a lower group cannot create above it; a missing parent is 404', async () => {
    const tenant = await tenantWithTree()
    await expectProblem(
      await call('POST', '/v1/groups', { name: 'X', parentId: 'root' }, as(tenant, 'lead')),
      403,
      'forbidden',
    )
    await expectProblem(
      await call('POST', '/v1/groups', { name: 'X', parentId: 'ghost' }, as(tenant)),
      404,
      'not_found',
    )
    await expectProblem(
      await call('POST', '/v1/groups', { name: 'X' }, as(tenant)),
      400,
      'invalid_request',
    )
    await expectProblem(
      await call('POST', '/v1/groups', { name: 'X', parentId: 'a/b' }, as(tenant)),
      400,
      'invalid_request',
    )
  })
})

describe('PATCH /v1/groups/:id', () => {
  it('moves a subtree: closure rebuilt, access follows the new place at once', async () => {
    const tenant = await tenantWithTree()
    await call('POST', '/v1/groups', { id: 'l1a', name: 'L1a', parentId: 'l1' }, as(tenant))
    const t = { tokenOptions: { tenant } }
    expect(await checkAs('std', read, conv('l1a'), t)).toMatchObject({ allowed: true })
    const res = await call('PATCH', '/v1/groups/l1', { parentId: 'r2' }, as(tenant))
    expect(res.status).toBe(200)
    await expectExactClosure(tenant)
    expect(await checkAs('std', read, conv('l1'), t)).toMatchObject({ allowed: false })
    expect(await checkAs('std', read, conv('l1a'), t)).toMatchObject({ allowed: false })
    const tree = (await (await call('GET', '/v1/groups/l1a', undefined, as(tenant))).json()) as {
      group: { path: string[] }
    }
    expect(tree.group.path).toEqual(['root', 'r2', 'l1'])
  })

  it('no cycles, the root stays, and both ends of a move must be in the caller’s scope', async () => {
    const tenant = await tenantWithTree()
    await expectProblem(
      await call('PATCH', '/v1/groups/r1', { parentId: 'l1' }, as(tenant)),
      400,
      'group_cycle',
    )
    await expectProblem(
      await call('PATCH', '/v1/groups/r1', { parentId: 'r1' }, as(tenant)),
      400,
      'group_cycle',
    )
    await expectProblem(
      await call('PATCH', '/v1/groups/root', { parentId: 'r1' }, as(tenant)),
      400,
      'group_cycle',
    )
    await expectProblem(
      await call('PATCH', '/v1/groups/l1', { parentId: 'r2' }, as(tenant, 'lead')),
      403,
      'forbidden',
    )
    await expectExactClosure(tenant)
  })

  it('renames', async () => {
    const tenant = await tenantWithTree()
    const res = await call('PATCH', '/v1/groups/r2', { name: 'Region Two' }, as(tenant))
    expect(await res.json()).toMatchObject({
      group: { id: 'r2', name: 'Region Two', parentId: 'root' },
    })
  })
})

describe('DELETE /v1/groups/:id', () => {
  it('refuses a group with children or home users, or the root', async () => {
    const tenant = await tenantWithTree()
    const p = await expectProblem(
      await call('DELETE', '/v1/groups/r1', undefined, as(tenant)),
      409,
      'group_not_empty',
    )
    expect(p).toMatchObject({ children: 2, homeUsers: 2 })
    await expectProblem(
      await call('DELETE', '/v1/groups/root', undefined, as(tenant)),
      409,
      'group_not_empty',
    )
  })

  it('deletes an empty group with its closure rows and the access entries naming it', async () => {
    const tenant = await tenantWithTree()
    const res = await call('DELETE', '/v1/groups/l1', undefined, as(tenant))
    expect(res.status).toBe(200)
    await expectExactClosure(tenant)
    const entries = await db()
      .select()
      .from(userGroupAccess)
      .where(and(eq(userGroupAccess.tenantId, tenant), eq(userGroupAccess.groupId, 'l1')))
    expect(entries).toEqual([])
    await expectProblem(await call('GET', '/v1/groups/l1', undefined, as(tenant)), 404, 'not_found')
  })
})
