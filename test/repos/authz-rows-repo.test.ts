/** The cold read: one statement returning a user's rows, the version, and the tree layout. */
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { roles } from '../../src/db/schema'
import { loadUserRows } from '../../src/repos/authz-rows-repo'
import { db, seedFreshTenant } from '../helpers/seed'

const seed = () =>
  seedFreshTenant({
    products: ['interactions', 'quality'],
    groups: [
      { id: 'root', name: 'Root', parentId: null },
      { id: 'a', name: 'A', parentId: 'root' },
    ],
    users: [
      {
        id: 'u',
        name: 'U',
        email: 'u@x.example',
        roleId: 'standard',
        homeGroupId: 'a',
        addons: { audio: false, score: true },
        groups: [{ groupId: 'root', allow: false }],
        reports: { grant: ['agent_scores'], revoke: ['conversation_log'] },
      },
    ],
  })

describe('loadUserRows', () => {
  it('reads the user, role entries and reports, entries and overrides, with booleans decoded', async () => {
    const tenant = await seed()
    const { version, rows, layout } = await loadUserRows(db(), tenant, 'u', false)
    expect(version).toBe(1)
    expect(layout).toBeNull()
    expect(rows!.tenant).toEqual({ id: tenant, version: 1, products: ['interactions', 'quality'] })
    expect(rows!.user).toEqual({
      id: 'u',
      name: 'U',
      email: 'u@x.example',
      status: 'active',
      homeGroupId: 'a',
      addons: { audio: false, score: true },
    })
    expect(rows!.role.id).toBe('standard')
    expect(rows!.role.permissions['quality.evaluations:write']).toEqual({
      level: 'group',
      requires: 'score',
    })
    expect(rows!.role.reports).toContainEqual({ key: 'agent_scores', requires: 'score' })
    expect(rows!.groupEntries).toEqual([{ groupId: 'root', allow: false }])
    expect(rows!.reportOverrides).toEqual(
      expect.arrayContaining([
        { key: 'agent_scores', grant: true },
        { key: 'conversation_log', grant: false },
      ]),
    )
  })

  it('brings the stored tree layout along when asked', async () => {
    const tenant = await seed()
    const { layout } = await loadUserRows(db(), tenant, 'u', true)
    expect(layout).toEqual({ ids: ['root', 'a'], parents: [-1, 0] })
  })

  it('an unknown user or tenant has no rows; the version tells which exists', async () => {
    const tenant = await seed()
    expect(await loadUserRows(db(), tenant, 'nobody', true)).toMatchObject({
      version: 1,
      rows: null,
    })
    expect(await loadUserRows(db(), 'no-such-tenant', 'u', true)).toEqual({
      version: 0,
      structureVersion: 0,
      rows: null,
      layout: null,
    })
  })

  it('a user whose role row is missing stays known with no permissions (fail closed)', async () => {
    const tenant = await seed()
    await db()
      .delete(roles)
      .where(and(eq(roles.tenantId, tenant), eq(roles.id, 'standard')))
    const { rows } = await loadUserRows(db(), tenant, 'u', false)
    expect(rows!.role).toMatchObject({ id: 'standard', permissions: {}, reports: [] })
  })
})
