/** /v1/users and /v1/users/:id/access: SPEC §4 rules, §6 guards, changes visible at once. */
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { tenants } from '../../src/db/schema'
import { call, checkAs, conv, expectProblem } from '../helpers/http'
import { db, seedOrg, versionOf } from '../helpers/seed'

const orgTenant = () =>
  seedOrg([
    { id: 'std', name: 'Std', roleId: 'standard', homeGroupId: 'r1' },
    { id: 'loc', name: 'Loc', roleId: 'read_only', homeGroupId: 'l1' },
    { id: 'far', name: 'Far', roleId: 'read_only', homeGroupId: 'l3' },
  ])

const as = (tenant: string, user = 'boss') => ({ user, tokenOptions: { tenant } })
const read = 'interactions.conversations:read'
const access = (tenant: string, id: string, body: unknown, user = 'boss') =>
  call('PUT', `/v1/users/${id}/access`, body, as(tenant, user))

describe('POST /v1/users', () => {
  it('creates a user whose checks work at once, with default add-ons', async () => {
    const tenant = await orgTenant()
    const res = await call(
      'POST',
      '/v1/users',
      { id: 'newbie', roleId: 'agent', homeGroupId: 'l2', email: 'n@x.example' },
      as(tenant),
    )
    expect(res.status).toBe(201)
    const body = (await res.json()) as { user: { addons: unknown; name: string }; version: number }
    expect(body.user).toMatchObject({ name: 'newbie', addons: { audio: true, score: false } })
    expect(
      await checkAs('newbie', 'knowledge_base.articles:read', conv('l2'), {
        tokenOptions: { tenant },
      }),
    ).toMatchObject({
      allowed: true,
      version: body.version,
    })
  })

  it('refuses team_lead, unknown roles and groups, taken ids, and homes outside the caller', async () => {
    const tenant = await orgTenant()
    const create = (body: unknown, user = 'boss') =>
      call('POST', '/v1/users', body, as(tenant, user))
    await expectProblem(
      await create({ id: 'x', roleId: 'team_lead', homeGroupId: 'l1' }),
      400,
      'role_unavailable',
    )
    await expectProblem(
      await create({ id: 'x', roleId: 'ghost', homeGroupId: 'l1' }),
      404,
      'not_found',
    )
    await expectProblem(
      await create({ id: 'x', roleId: 'agent', homeGroupId: 'ghost' }),
      404,
      'not_found',
    )
    await expectProblem(
      await create({ id: 'std', roleId: 'agent', homeGroupId: 'l1' }),
      409,
      'id_taken',
    )
    await expectProblem(
      await create({ id: 'x', roleId: 'agent', homeGroupId: 'r2' }, 'lead'),
      403,
      'forbidden',
    )
    await expectProblem(
      await create({ id: 'x', roleId: 'agent', homeGroupId: 'l1' }, 'std'),
      403,
      'forbidden',
    )
    await expectProblem(
      await create({ id: 'x y', roleId: 'agent', homeGroupId: 'l1' }),
      400,
      'invalid_request',
    )
    await expectProblem(
      await create({ id: 'x', roleId: 'agent', homeGroupId: 'l1', boss: true }),
      400,
      'invalid_request',
    )
  })

  it('a product switched off does not stop an admin from assigning the roles that mention it', async () => {
    const tenant = await orgTenant()
    await call('PUT', '/v1/tenant/products', { products: ['interactions'] }, as(tenant))
    const res = await call(
      'POST',
      '/v1/users',
      { id: 'x', roleId: 'standard', homeGroupId: 'l1' },
      as(tenant, 'lead'),
    )
    expect(res.status).toBe(201)
  })

  it('nobody assigns a role above their own levels', async () => {
    const tenant = await orgTenant()
    const role = await call(
      'POST',
      '/v1/roles',
      { name: 'Global reader', permissions: { [read]: { level: 'all' } } },
      as(tenant),
    )
    const { role: created } = (await role.json()) as { role: { id: string } }
    const p = await expectProblem(
      await call(
        'POST',
        '/v1/users',
        { id: 'x', roleId: created.id, homeGroupId: 'l1' },
        as(tenant, 'lead'),
      ),
      403,
      'forbidden',
    )
    expect(p.reason).toBe('exceeds_own_level')
    expect(
      (
        await call(
          'POST',
          '/v1/users',
          { id: 'x', roleId: created.id, homeGroupId: 'l1' },
          as(tenant),
        )
      ).status,
    ).toBe(201)
  })
})

describe('PUT /v1/users/:id/access', () => {
  it('add-ons, role and reports take effect at the very next check', async () => {
    const tenant = await orgTenant()
    const t = { tokenOptions: { tenant } }
    expect(await checkAs('std', 'quality.evaluations:write', conv('l1'), t)).toMatchObject({
      reason: 'addon_required',
    })
    expect((await access(tenant, 'std', { addons: { score: true } })).status).toBe(200)
    expect(await checkAs('std', 'quality.evaluations:write', conv('l1'), t)).toMatchObject({
      allowed: true,
    })

    const report = (id: string) =>
      checkAs('std', 'analytics.reports:read', { type: 'report', id }, t)
    expect(await report('observability_overview')).toMatchObject({ allowed: false })
    await access(tenant, 'std', {
      reports: { grant: ['observability_overview'], revoke: ['conversation_log'] },
    })
    expect(await report('observability_overview')).toMatchObject({ allowed: true })
    expect(await report('conversation_log')).toMatchObject({ allowed: false })
    await expectProblem(
      await access(tenant, 'std', {
        reports: { grant: ['agent_scores'], revoke: ['agent_scores'] },
      }),
      400,
      'invalid_request',
    )

    await access(tenant, 'std', { roleId: 'agent' })
    expect(await checkAs('std', read, conv('l1'), t)).toMatchObject({
      allowed: false,
      level: 'own',
    })
  })

  it('nobody changes their own role, add-ons or access', async () => {
    const tenant = await orgTenant()
    for (const body of [
      { addons: { audio: false } },
      { roleId: 'agent' },
      { groups: [] },
      { reports: { grant: [] } },
    ]) {
      const p = await expectProblem(await access(tenant, 'boss', body), 403, 'forbidden')
      expect(p.reason).toBe('self_change')
    }
    await expectProblem(
      await call('PATCH', '/v1/users/boss', { status: 'disabled' }, as(tenant)),
      403,
      'forbidden',
    )
  })

  it('SPEC §4 with grant scope siblings: region user', async () => {
    const tenant = await orgTenant()
    const entries = (...groups: [string, boolean][]) => ({
      groups: groups.map(([groupId, allow]) => ({ groupId, allow })),
    })
    const ok = async (body: unknown) => expect((await access(tenant, 'std', body)).status).toBe(200)
    const bad = (body: unknown) =>
      access(tenant, 'std', body).then((r) => expectProblem(r, 400, 'invalid_group_access'))
    await ok(entries(['l1', false]))
    expect(await checkAs('std', read, conv('l1'), { tokenOptions: { tenant } })).toMatchObject({
      allowed: false,
    })
    await ok(entries(['r2', true]))
    await ok(entries(['l3', true], ['l1', false]))
    // A deny is only inside the home subtree, even below an allowed sister group.
    await bad(entries(['r2', true], ['l3', false]))
    await bad(entries(['r1', false])) // home
    await bad(entries(['root', true])) // ancestor
    await bad(entries(['r2', false])) // deny outside home
    await bad(entries(['ghost', true]))
    await bad(entries(['l3', true], ['l3', true]))
  })

  it('SPEC §4 grant scopes for a location user: siblings, then same_level_or_below', async () => {
    const tenant = await orgTenant()
    const allow = (groupId: string) => access(tenant, 'loc', { groups: [{ groupId, allow: true }] })
    expect((await allow('l2')).status).toBe(200)
    await expectProblem(await allow('l3'), 400, 'invalid_group_access')
    await expectProblem(await allow('r2'), 400, 'invalid_group_access')
    await db()
      .update(tenants)
      .set({ grantScope: 'same_level_or_below' })
      .where(eq(tenants.id, tenant))
    expect((await allow('l3')).status).toBe(200)
    await expectProblem(await allow('r2'), 400, 'invalid_group_access')
  })

  it('nobody grants a group they cannot access, or touches users above them', async () => {
    const tenant = await orgTenant()
    await expectProblem(
      await access(tenant, 'std', { groups: [{ groupId: 'r2', allow: true }] }, 'lead'),
      400,
      'invalid_group_access',
    )
    expect(
      (await access(tenant, 'std', { groups: [{ groupId: 'l1', allow: false }] }, 'lead')).status,
    ).toBe(200)
    await expectProblem(
      await access(tenant, 'far', { addons: { audio: false } }, 'lead'),
      403,
      'forbidden',
    )
    await expectProblem(
      await call('GET', '/v1/users/boss', undefined, as(tenant, 'lead')),
      403,
      'forbidden',
    )
    // An entry a higher admin set may stay when a lower admin edits the rest.
    await access(tenant, 'std', { groups: [{ groupId: 'r2', allow: true }] })
    expect(
      (
        await access(
          tenant,
          'std',
          {
            groups: [
              { groupId: 'r2', allow: true },
              { groupId: 'l2', allow: false },
            ],
          },
          'lead',
        )
      ).status,
    ).toBe(200)
  })

  it('a new home group must satisfy the entries; the move shows at once', async () => {
    const tenant = await orgTenant()
    await access(tenant, 'std', { groups: [{ groupId: 'l1', allow: false }] })
    await expectProblem(
      await access(tenant, 'std', { homeGroupId: 'l1' }),
      400,
      'invalid_group_access',
    )
    expect((await access(tenant, 'std', { homeGroupId: 'l2', groups: [] })).status).toBe(200)
    const t = { tokenOptions: { tenant } }
    expect(await checkAs('std', read, conv('l2'), t)).toMatchObject({ allowed: true })
    expect(await checkAs('std', read, conv('r1'), t)).toMatchObject({ allowed: false })
  })

  it('bad bodies change nothing', async () => {
    const tenant = await orgTenant()
    const version = await versionOf(tenant)
    await expectProblem(
      await access(tenant, 'std', { addons: { video: true } }),
      400,
      'invalid_request',
    )
    await expectProblem(
      await access(tenant, 'std', {
        groups: Array.from({ length: 1001 }, (_, i) => ({ groupId: `g${i}`, allow: true })),
      }),
      400,
      'invalid_request',
    )
    await expectProblem(
      await access(tenant, 'std', {
        groups: Array.from({ length: 10_000 }, (_, i) => ({ groupId: `g${i}`, allow: true })),
      }),
      413,
      'payload_too_large',
    )
    await expectProblem(
      await access(tenant, 'std', { reports: { grant: ['nope'] } }),
      400,
      'invalid_request',
    )
    await expectProblem(await access(tenant, 'ghost', {}), 404, 'not_found')
    expect(await versionOf(tenant)).toBe(version)
  })
})

describe('PATCH, DELETE, GET /v1/users', () => {
  it('deactivation denies at once; reactivation restores', async () => {
    const tenant = await orgTenant()
    const t = { tokenOptions: { tenant } }
    await call('PATCH', '/v1/users/std', { status: 'disabled', name: 'Standard Sam' }, as(tenant))
    expect(await checkAs('std', read, conv('l1'), t)).toMatchObject({
      allowed: false,
      reason: 'user_disabled',
    })
    await call('PATCH', '/v1/users/std', { status: 'active' }, as(tenant))
    expect(await checkAs('std', read, conv('l1'), t)).toMatchObject({ allowed: true })
  })

  it('a deleted user is unknown at once; nobody deletes themselves', async () => {
    const tenant = await orgTenant()
    expect((await call('DELETE', '/v1/users/loc', undefined, as(tenant))).status).toBe(200)
    expect(await checkAs('loc', read, undefined, { tokenOptions: { tenant } })).toMatchObject({
      reason: 'unknown_user',
    })
    await expectProblem(
      await call('DELETE', '/v1/users/boss', undefined, as(tenant)),
      403,
      'forbidden',
    )
  })

  it('lists users in the caller’s scope, a page at a time', async () => {
    const tenant = await orgTenant()
    const list = async (query: string, user = 'boss') =>
      (await (await call('GET', `/v1/users${query}`, undefined, as(tenant, user))).json()) as {
        users: { id: string }[]
        next: string | null
      }
    expect((await list('')).users.map((u) => u.id)).toEqual(['boss', 'far', 'lead', 'loc', 'std'])
    expect((await list('', 'lead')).users.map((u) => u.id)).toEqual(['lead', 'loc', 'std'])
    const first = await list('?limit=2')
    expect(first).toMatchObject({ users: [{ id: 'boss' }, { id: 'far' }], next: 'far' })
    expect((await list(`?limit=2&cursor=${first.next}`)).users.map((u) => u.id)).toEqual([
      'lead',
      'loc',
    ])
    expect((await list('?groupId=l1')).users.map((u) => u.id)).toEqual(['loc'])
    await expectProblem(
      await call('GET', '/v1/users?groupId=r2', undefined, as(tenant, 'lead')),
      403,
      'forbidden',
    )
    await expectProblem(
      await call('GET', '/v1/users?limit=1000', undefined, as(tenant)),
      400,
      'invalid_request',
    )
  })
})
