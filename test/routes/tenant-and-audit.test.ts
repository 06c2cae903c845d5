/** /v1/tenant/products, /v1/tenant/settings and /v1/audit. */
import { describe, expect, it } from 'vitest'
import { call, checkAs, expectProblem } from '../helpers/http'
import { seedFreshTenant } from '../helpers/seed'

const tenantOf = () =>
  seedFreshTenant({
    products: ['interactions', 'quality'],
    groups: [
      { id: 'root', name: 'Root', parentId: null },
      { id: 'r1', name: 'R1', parentId: 'root' },
    ],
    users: [
      { id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'root', addons: { score: true } },
      { id: 'lead', name: 'Lead', roleId: 'admin', homeGroupId: 'r1' },
      { id: 'std', name: 'Std', roleId: 'standard', homeGroupId: 'r1' },
    ],
  })

const as = (tenant: string, user = 'boss') => ({ user, tokenOptions: { tenant } })

describe('/v1/tenant/products', () => {
  it('turning a product off denies its checks and hides its modules at once; on restores them', async () => {
    const tenant = await tenantOf()
    const t = { tokenOptions: { tenant } }
    const score = () => checkAs('boss', 'quality.scorecards:write', undefined, t)
    expect(await score()).toMatchObject({ allowed: true })
    const off = await call('PUT', '/v1/tenant/products', { products: ['interactions'] }, as(tenant))
    expect(await off.json()).toMatchObject({ enabled: ['core', 'interactions'] })
    expect(await score()).toMatchObject({ allowed: false, reason: 'product_disabled' })
    const me = (await (await call('GET', '/v1/me', undefined, as(tenant))).json()) as {
      modules: { key: string }[]
    }
    expect(me.modules.map((m) => m.key)).not.toContain('quality')
    await call(
      'PUT',
      '/v1/tenant/products',
      { products: ['interactions', 'quality', 'analytics'] },
      as(tenant),
    )
    expect(await score()).toMatchObject({ allowed: true, level: 'group' })
    const got = await call('GET', '/v1/tenant/products', undefined, as(tenant))
    expect(await got.json()).toMatchObject({
      enabled: ['core', 'interactions', 'analytics', 'quality'],
    })
  })

  it('only a tenant-wide admin may change it; unknown products are 400', async () => {
    const tenant = await tenantOf()
    const p = await expectProblem(
      await call('PUT', '/v1/tenant/products', { products: [] }, as(tenant, 'lead')),
      403,
      'forbidden',
    )
    expect(p.reason).toBe('not_tenant_wide')
    await expectProblem(
      await call('PUT', '/v1/tenant/products', { products: ['teleport'] }, as(tenant)),
      400,
      'invalid_request',
    )
    await expectProblem(
      await call('GET', '/v1/tenant/products', undefined, as(tenant, 'std')),
      403,
      'forbidden',
    )
  })
})

describe('/v1/tenant/settings', () => {
  it('sets the grant scope used by group entry rules', async () => {
    const tenant = await tenantOf()
    const res = await call(
      'PUT',
      '/v1/tenant/settings',
      { grantScope: 'same_level_or_below' },
      as(tenant),
    )
    expect(await res.json()).toMatchObject({ grantScope: 'same_level_or_below' })
    expect(
      await (await call('GET', '/v1/tenant/settings', undefined, as(tenant))).json(),
    ).toMatchObject({
      grantScope: 'same_level_or_below',
    })
    await expectProblem(
      await call('PUT', '/v1/tenant/settings', { grantScope: 'everything' }, as(tenant)),
      400,
      'invalid_request',
    )
    await expectProblem(
      await call('PUT', '/v1/tenant/settings', { grantScope: 'siblings' }, as(tenant, 'lead')),
      403,
      'forbidden',
    )
  })
})

describe('GET /v1/audit', () => {
  it('records every admin write with before and after; filters; pages newest first', async () => {
    const tenant = await tenantOf()
    await call('PUT', '/v1/users/std/access', { addons: { score: true } }, as(tenant))
    await call('POST', '/v1/groups', { id: 'g2', name: 'G2', parentId: 'r1' }, as(tenant, 'lead'))
    await call('PUT', '/v1/tenant/products', { products: ['interactions'] }, as(tenant))
    type Page = {
      entries: {
        id: number
        action: string
        actorId: string
        targetId: string
        before: unknown
        after: unknown
        version: number
      }[]
      next: number | null
    }
    const audit = async (query = '') =>
      (await (await call('GET', `/v1/audit${query}`, undefined, as(tenant))).json()) as Page
    const all = await audit()
    expect(all.entries.map((e) => e.action)).toEqual([
      'tenant.products',
      'group.create',
      'user.access',
    ])
    expect(all.entries[2]).toMatchObject({
      actorId: 'boss',
      targetId: 'std',
      before: expect.objectContaining({ addons: { audio: true, score: false } }),
      after: expect.objectContaining({ addons: { audio: true, score: true } }),
    })
    expect(all.entries.map((e) => e.version)).toEqual([4, 3, 2])
    expect((await audit('?actorId=lead')).entries.map((e) => e.action)).toEqual(['group.create'])
    expect((await audit('?targetType=user&targetId=std')).entries).toHaveLength(1)
    const first = await audit('?limit=2')
    expect(first.entries).toHaveLength(2)
    const rest = await audit(`?limit=2&cursor=${first.next}`)
    expect(rest).toMatchObject({ entries: [{ action: 'user.access' }], next: null })
    expect((await audit(`?since=${Date.now() + 60_000}`)).entries).toEqual([])
    await expectProblem(
      await call('GET', '/v1/audit?limit=0', undefined, as(tenant)),
      400,
      'invalid_request',
    )
    await expectProblem(
      await call('GET', '/v1/audit', undefined, as(tenant, 'std')),
      403,
      'forbidden',
    )
  })

  it('an admin of another tenant sees none of it', async () => {
    const tenant = await tenantOf()
    await call('PUT', '/v1/users/std/access', { addons: { score: true } }, as(tenant))
    const other = await tenantOf()
    const page = (await (await call('GET', '/v1/audit', undefined, as(other))).json()) as {
      entries: unknown[]
    }
    expect(page.entries).toEqual([])
  })
})
