/** /v1/roles: SPEC §3 custom and system roles, guards of §6, versions, audit, atomicity. */
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, tenants, users } from '../../src/db/schema'
import { commitAdminWrite } from '../../src/repos/admin-write'
import { AppError } from '../../src/errors'
import { call, checkAs, expectProblem } from '../helpers/http'
import { db, seedOrg, versionOf } from '../helpers/seed'

const adminTenant = () =>
  seedOrg([
    { id: 'viewer', name: 'Viewer', roleId: 'read_only', homeGroupId: 'r1' },
    { id: 'std', name: 'Std', roleId: 'standard', homeGroupId: 'r1' },
  ])

const as = (tenant: string, user = 'boss') => ({ user, tokenOptions: { tenant } })

interface RoleView {
  id: string
  name: string
  system: boolean
  comingSoon: boolean
  assignable: boolean
  permissions: Record<string, { level: string; requires?: string }>
  reports: { key: string }[]
  drift: {
    permissions: { permission: string; from: unknown; to: unknown }[]
    reports: { added: unknown[]; removed: unknown[] }
  }
}

async function createRole(tenant: string, body: unknown, user = 'boss') {
  const res = await call('POST', '/v1/roles', body, as(tenant, user))
  return res
}

describe('GET /v1/roles', () => {
  it('lists the eight system roles; team_lead is coming soon and not assignable', async () => {
    const tenant = await adminTenant()
    const res = await call('GET', '/v1/roles', undefined, as(tenant))
    expect(res.status).toBe(200)
    const { roles } = (await res.json()) as { roles: RoleView[] }
    expect(roles.map((r) => r.id).sort()).toEqual([
      'admin',
      'agent',
      'auditor',
      'identified_only',
      'read_only',
      'scorer',
      'standard',
      'team_lead',
    ])
    const teamLead = roles.find((r) => r.id === 'team_lead')!
    expect(teamLead).toMatchObject({ system: true, comingSoon: true, assignable: false })
    expect(roles.every((r) => r.drift.permissions.length === 0)).toBe(true)
  })

  it('needs admin.roles:read', async () => {
    const tenant = await adminTenant()
    const p = await expectProblem(
      await call('GET', '/v1/roles', undefined, as(tenant, 'viewer')),
      403,
      'forbidden',
    )
    expect(p.reason).toBe('no_permission')
  })

  it("another tenant's role id is 404, exactly like a missing one; odd ids are 400", async () => {
    const tenant = await adminTenant()
    const created = (await (await createRole(tenant, { name: 'QA' })).json()) as { role: RoleView }
    const other = await adminTenant()
    await expectProblem(
      await call('GET', `/v1/roles/${created.role.id}`, undefined, as(other)),
      404,
      'not_found',
    )
    await expectProblem(await call('GET', '/v1/roles/nope', undefined, as(other)), 404, 'not_found')
    await expectProblem(
      await call('GET', '/v1/roles/a%20b', undefined, as(other)),
      400,
      'invalid_request',
    )
  })
})

describe('POST /v1/roles', () => {
  it('creates a custom role, returns the new version, and records it in the audit log', async () => {
    const tenant = await adminTenant()
    const before = await versionOf(tenant)
    const res = await createRole(tenant, {
      name: 'QA Specialist',
      permissions: {
        'interactions.conversations:read': { level: 'group' },
        'quality.evaluations:write': { level: 'group', requires: 'score' },
        'admin.users:read': { level: 'none' },
      },
    })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { role: RoleView; version: number }
    expect(body.version).toBe(before + 1)
    expect(res.headers.get('location')).toBe(`/v1/roles/${body.role.id}`)
    expect(body.role).toMatchObject({ name: 'QA Specialist', system: false, comingSoon: false })
    expect(body.role.permissions).toEqual({
      'interactions.conversations:read': { level: 'group' },
      'quality.evaluations:write': { level: 'group', requires: 'score' },
    })
    expect(body.role.drift.permissions).toEqual([])
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenant), eq(auditLog.targetId, body.role.id)))
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      action: 'role.create',
      actorId: 'boss',
      version: before + 1,
      before: null,
    })
  })

  it('names are unique per tenant, case-insensitively; nothing is written on refusal', async () => {
    const tenant = await adminTenant()
    expect((await createRole(tenant, { name: 'Analyst' })).status).toBe(201)
    const version = await versionOf(tenant)
    await expectProblem(await createRole(tenant, { name: ' ANALYST ' }), 409, 'name_taken')
    await expectProblem(await createRole(tenant, { name: 'standard' }), 409, 'name_taken')
    expect(await versionOf(tenant)).toBe(version)
  })

  it('accepts only levels and add-ons the catalog allows', async () => {
    const tenant = await adminTenant()
    const version = await versionOf(tenant)
    const bad = (permissions: unknown) => createRole(tenant, { name: 'X', permissions })
    await expectProblem(await bad({ 'admin.users:read': { level: 'own' } }), 400, 'invalid_request')
    await expectProblem(
      await bad({ 'interactions.conversations:be_assigned': { level: 'group' } }),
      400,
      'invalid_request',
    )
    await expectProblem(
      await bad({ 'interactions.conversations:read': { level: 'most' } }),
      400,
      'invalid_request',
    )
    await expectProblem(
      await bad({ 'interactions.conversations:read': { level: 'all', requires: 'video' } }),
      400,
      'invalid_request',
    )
    await expectProblem(
      await bad({ 'interactions.conversations:fly': { level: 'all' } }),
      400,
      'unknown_permission',
    )
    await expectProblem(
      await createRole(tenant, { name: 'X', color: 'red' }),
      400,
      'invalid_request',
    )
    await expectProblem(await createRole(tenant, { name: '' }), 400, 'invalid_request')
    expect(await versionOf(tenant)).toBe(version)
  })

  it('nobody creates a role above their own levels', async () => {
    const tenant = await adminTenant()
    // lead is an admin of r1 only: group stays group.
    const p = await expectProblem(
      await createRole(
        tenant,
        { name: 'Big', permissions: { 'admin.users:read': { level: 'all' } } },
        'lead',
      ),
      403,
      'forbidden',
    )
    expect(p.reason).toBe('exceeds_own_level')
    // Levels are compared, not add-ons or products: lead (no score) may still grant scorecards
    // at group, which their own role holds (behind score).
    expect(
      (
        await createRole(
          tenant,
          { name: 'Cards', permissions: { 'quality.scorecards:read': { level: 'group' } } },
          'lead',
        )
      ).status,
    ).toBe(201)
    await expectProblem(
      await createRole(
        tenant,
        { name: 'Cards all', permissions: { 'quality.scorecards:read': { level: 'all' } } },
        'lead',
      ),
      403,
      'forbidden',
    )
    // A permission the caller's role lacks entirely cannot be granted.
    await expectProblem(
      await createRole(
        tenant,
        {
          name: 'Agent-ish',
          permissions: { 'interactions.conversations:be_assigned': { level: 'all' } },
        },
        'std',
      ),
      403,
      'forbidden',
    )
    expect(
      (
        await createRole(
          tenant,
          { name: 'Ok', permissions: { 'admin.users:read': { level: 'group' } } },
          'lead',
        )
      ).status,
    ).toBe(201)
    // boss sees the whole tenant: group counts as all.
    expect(
      (
        await createRole(tenant, {
          name: 'Big',
          permissions: { 'admin.users:read': { level: 'all' } },
        })
      ).status,
    ).toBe(201)
    // Non-admins cannot write roles at all.
    await expectProblem(await createRole(tenant, { name: 'Mine' }, 'viewer'), 403, 'forbidden')
  })
})

describe('PATCH, reset, clone, delete', () => {
  it('a change to a system role shows in the very next check, with its drift; reset restores it', async () => {
    const tenant = await adminTenant()
    const read = 'interactions.conversations:read'
    const check = () => checkAs('std', read, undefined, { tokenOptions: { tenant } })
    expect(await check()).toMatchObject({ level: 'group' })

    const res = await call(
      'PATCH',
      '/v1/roles/standard',
      { permissions: { [read]: { level: 'own' } } },
      as(tenant),
    )
    expect(res.status).toBe(200)
    const patched = (await res.json()) as { role: RoleView; version: number }
    expect(patched.role.drift.permissions).toEqual([
      { permission: read, from: { level: 'group' }, to: { level: 'own' } },
    ])
    expect(await check()).toMatchObject({ level: 'own', version: patched.version })

    const removed = await call(
      'PATCH',
      '/v1/roles/standard',
      { permissions: { [read]: { level: 'none' } } },
      as(tenant),
    )
    expect(((await removed.json()) as { role: RoleView }).role.permissions[read]).toBeUndefined()
    expect(await check()).toMatchObject({ allowed: false, reason: 'no_permission' })

    const reset = await call('POST', '/v1/roles/standard/reset', undefined, as(tenant))
    const body = (await reset.json()) as { role: RoleView; version: number }
    expect(body.role.drift.permissions).toEqual([])
    expect(await check()).toMatchObject({ allowed: true, level: 'group', version: body.version })
  })

  it('a clone keeps a copy of what it started with; reset restores that copy', async () => {
    const tenant = await adminTenant()
    const res = await call('POST', '/v1/roles/admin/clone', { name: 'Admin copy' }, as(tenant))
    expect(res.status).toBe(201)
    const { role } = (await res.json()) as { role: RoleView }
    expect(role.system).toBe(false)
    expect(role.permissions['admin.users:write']).toEqual({ level: 'group' })
    expect(role.reports).toHaveLength(8)
    await call(
      'PATCH',
      `/v1/roles/${role.id}`,
      { permissions: { 'admin.users:write': { level: 'none' } } },
      as(tenant),
    )
    const reset = (await (
      await call('POST', `/v1/roles/${role.id}/reset`, undefined, as(tenant))
    ).json()) as { role: RoleView }
    expect(reset.role.permissions['admin.users:write']).toEqual({ level: 'group' })
    expect(reset.role.drift.permissions).toEqual([])
    // team_lead can be cloned, and the clone is assignable.
    const lead = await call('POST', '/v1/roles/team_lead/clone', { name: 'Lead v0' }, as(tenant))
    expect(((await lead.json()) as { role: RoleView }).role).toMatchObject({
      comingSoon: false,
      assignable: true,
    })
  })

  it('system roles and roles in use are never deleted; an unused custom role is', async () => {
    const tenant = await adminTenant()
    await expectProblem(
      await call('DELETE', '/v1/roles/agent', undefined, as(tenant)),
      409,
      'system_role',
    )
    const { role } = (await (await createRole(tenant, { name: 'Temp' })).json()) as {
      role: RoleView
    }
    await db()
      .insert(users)
      .values({ tenantId: tenant, id: 'holder', name: 'H', roleId: role.id, homeGroupId: 'l1' })
    const p = await expectProblem(
      await call('DELETE', `/v1/roles/${role.id}`, undefined, as(tenant)),
      409,
      'role_in_use',
    )
    expect(p.holders).toBe(1)
    await db()
      .delete(users)
      .where(and(eq(users.tenantId, tenant), eq(users.id, 'holder')))
    const del = await call('DELETE', `/v1/roles/${role.id}`, undefined, as(tenant))
    expect(del.status).toBe(200)
    await expectProblem(
      await call('GET', `/v1/roles/${role.id}`, undefined, as(tenant)),
      404,
      'not_found',
    )
  })

  it('renaming keeps names unique', async () => {
    const tenant = await adminTenant()
    await expectProblem(
      await call('PATCH', '/v1/roles/standard', { name: 'Admin' }, as(tenant)),
      409,
      'name_taken',
    )
    const ok = await call('PATCH', '/v1/roles/standard', { name: 'Standard user' }, as(tenant))
    expect(((await ok.json()) as { role: RoleView }).role.name).toBe('Standard user')
  })
})

describe('admin writes are atomic', () => {
  it('a write validated against an older version is refused whole', async () => {
    const tenant = await adminTenant()
    const version = await versionOf(tenant)
    const write = {
      tenantId: tenant,
      actorId: 'boss',
      expectedVersion: version - 1,
      now: Date.now(),
      changes: [db().update(tenants).set({ name: 'renamed' }).where(eq(tenants.id, tenant))],
      reach: 'structure' as const,
      audit: [
        { action: 'test', targetType: 'tenant', targetId: tenant, before: null, after: null },
      ],
    }
    const error = await commitAdminWrite(db(), write).catch((e: unknown) => e)
    expect((error as AppError).code).toBe('version_conflict')
    const [row] = await db().select().from(tenants).where(eq(tenants.id, tenant))
    expect(row).toMatchObject({ name: tenant, version })
    expect(await db().select().from(auditLog).where(eq(auditLog.tenantId, tenant))).toEqual([])
    expect(await commitAdminWrite(db(), { ...write, expectedVersion: version })).toBe(version + 1)
  })
})
