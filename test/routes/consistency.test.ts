/** SPEC §6 consistency: versions, X-Authz-Min-Version, new groups inheriting; storage faults. */
import { eq, and } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:workers'
import { versionKey } from '../../src/cache/keys'
import { loadPointer } from '../../src/repos/authz-rows-repo'
import { treeLayout } from '../../src/engine'
import { groupClosure, groups, tenants, users } from '../../src/db/schema'
import { closureRows } from '../../src/repos/tenant-seed'
import { rewriteTreeStatement } from '../../src/repos/tree-layout'
import { call, checkAs, conv, expectProblem } from '../helpers/http'
import { bumpVersion, db, seedFreshTenant } from '../helpers/seed'
import { tokenFor } from '../helpers/tokens'
import { brokenD1, brokenKV, fetchWith } from '../helpers/worker'

const TREE = [
  { id: 'root', name: 'Root', parentId: null },
  { id: 'a', name: 'A', parentId: 'root' },
  { id: 'a1', name: 'A1', parentId: 'a' },
  { id: 'b', name: 'B', parentId: 'root' },
]

const freshTenant = () =>
  seedFreshTenant({
    products: ['interactions'],
    groups: TREE,
    users: [
      {
        id: 'u',
        name: 'U',
        roleId: 'standard',
        homeGroupId: 'a',
        groups: [{ groupId: 'a1', allow: false }],
      },
    ],
  })

const read = 'interactions.conversations:read'

/** Adds a group under `parentId` the way an admin write does: row, closure, layout, version. */
async function addGroup(tenant: string, id: string, parentId: string) {
  const before = await db()
    .select({ id: groups.id, name: groups.name, parentId: groups.parentId })
    .from(groups)
    .where(eq(groups.tenantId, tenant))
  const after = [...before, { id, name: id, parentId }]
  const closure = closureRows(after).filter((r) => r.descendantId === id)
  await db().batch([
    db().insert(groups).values({ tenantId: tenant, id, name: id, parentId }),
    db()
      .insert(groupClosure)
      .values(closure.map((r) => ({ tenantId: tenant, ...r }))),
    rewriteTreeStatement(db(), tenant, after),
  ])
  return bumpVersion(tenant)
}

describe('versions and X-Authz-Min-Version', () => {
  it('groups created later inherit access; min-version forces the new data', async () => {
    const tenant = await freshTenant()
    const as = (minVersion?: number) => ({
      tokenOptions: { tenant },
      headers: (minVersion === undefined
        ? {}
        : { 'x-authz-min-version': String(minVersion) }) as Record<string, string>,
    })
    expect(await checkAs('u', read, conv('a'), as())).toMatchObject({ allowed: true, version: 1 })
    expect(await checkAs('u', read, conv('a1'), as())).toMatchObject({ allowed: false })

    const v2 = await addGroup(tenant, 'a2', 'a')
    const v3 = await addGroup(tenant, 'a1x', 'a1')
    expect(v3).toBe(v2 + 1)
    // Without the header another location may answer from the cached version for up to 60 s.
    expect(await checkAs('u', read, conv('a2'), as())).toMatchObject({ allowed: false, version: 1 })
    // With it, the answer is at least that new: a2 inherits from a, a1x from the denied a1.
    expect(await checkAs('u', read, conv('a2'), as(v3))).toMatchObject({
      allowed: true,
      reason: 'group_scope',
      version: v3,
    })
    expect(await checkAs('u', read, conv('a1x'), as(v3))).toMatchObject({ allowed: false })
    // Reading D1 published the new version: later checks see it without the header.
    expect(await checkAs('u', read, conv('a2'), as())).toMatchObject({ allowed: true, version: v3 })
  })

  it('a role change shows with min-version; a version not reached is 409', async () => {
    const tenant = await freshTenant()
    const as = (minVersion: number) => ({
      tokenOptions: { tenant },
      headers: { 'x-authz-min-version': String(minVersion) },
    })
    expect(await checkAs('u', read, undefined, as(1))).toMatchObject({ level: 'group' })
    await db()
      .update(users)
      .set({ roleId: 'agent' })
      .where(and(eq(users.tenantId, tenant), eq(users.id, 'u')))
    const v = await bumpVersion(tenant, 'u')
    expect(await checkAs('u', read, undefined, as(v))).toMatchObject({ level: 'own', version: v })
    const res = await call('POST', '/v1/check', { permission: read }, { user: 'u', ...as(v + 5) })
    const problem = await expectProblem(res, 409, 'version_not_reached')
    expect(problem.version).toBe(v)
  })
})

describe('where the version comes from', () => {
  const request = async (tenant: string) =>
    new Request('http://authz.test/v1/check', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenFor('u', { tenant })}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ permission: read }),
    })
  const versionOf = async (res: Response) => ((await res.json()) as { version: number }).version

  it('with FRESHNESS_MS=0 every decision reads the KV pointer: a write elsewhere shows at once', async () => {
    const tenant = await freshTenant()
    const strict = { FRESHNESS_MS: '0' }
    expect(await versionOf(await fetchWith(strict, await request(tenant)))).toBe(1)
    // Another isolate's admin write: D1 version bumped and the pointer published in KV.
    const v = await bumpVersion(tenant)
    await env.CACHE.put(versionKey(tenant), JSON.stringify(await loadPointer(db(), tenant)), {
      expirationTtl: 60,
    })
    expect(await versionOf(await fetchWith(strict, await request(tenant)))).toBe(v)
  })

  it('within FRESHNESS_MS an isolate decides from the pointer it read; a token or min version reads on', async () => {
    const tenant = await freshTenant()
    const window = { FRESHNESS_MS: '5000' }
    expect(await versionOf(await fetchWith(window, await request(tenant)))).toBe(1)
    const v = await bumpVersion(tenant)
    await env.CACHE.put(versionKey(tenant), JSON.stringify(await loadPointer(db(), tenant)), {
      expirationTtl: 60,
    })
    expect(await versionOf(await fetchWith(window, await request(tenant)))).toBe(1)
    // X-Authz-Min-Version still forces fresh data.
    const fresh = await request(tenant)
    fresh.headers.set('x-authz-min-version', String(v))
    expect(await versionOf(await fetchWith(window, fresh))).toBe(v)
  })

  it('an invalid FRESHNESS_MS is a configuration error', async () => {
    const tenant = await freshTenant()
    for (const bad of ['soon', '5001', '-1', '1.5', '99999']) {
      const res = await fetchWith({ FRESHNESS_MS: bad }, await request(tenant))
      await expectProblem(res, 500, 'misconfigured')
    }
  })

  it('without a stored tree layout the groups table is read instead', async () => {
    const tenant = await freshTenant()
    await db().update(tenants).set({ tree: null }).where(eq(tenants.id, tenant))
    const as = { tokenOptions: { tenant } }
    expect(await checkAs('u', read, conv('a'), as)).toMatchObject({
      allowed: true,
      reason: 'group_scope',
    })
    expect(await checkAs('u', read, conv('a1'), as)).toMatchObject({ allowed: false })
    expect(await checkAs('u', read, conv('b'), as)).toMatchObject({ allowed: false })
  })

  it('the stored layout of a seeded tenant is the tree of its groups', async () => {
    const tenant = await freshTenant()
    const [row] = await db()
      .select({ tree: tenants.tree })
      .from(tenants)
      .where(eq(tenants.id, tenant))
    expect(row!.tree).toEqual(treeLayout(TREE))
  })
})

describe('a write to one user leaves the others’ compiled data in place', () => {
  const request = async (tenant: string, user: string) =>
    new Request('http://authz.test/v1/check', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenFor(user, { tenant })}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ permission: read, resource: conv('a') }),
    })

  it('after an access change to u, w is answered at the new version without D1; u is not', async () => {
    const tenant = await seedFreshTenant({
      products: ['interactions'],
      groups: TREE,
      users: [
        { id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'root' },
        { id: 'u', name: 'U', roleId: 'standard', homeGroupId: 'a' },
        { id: 'w', name: 'W', roleId: 'standard', homeGroupId: 'a' },
      ],
    })
    for (const user of ['u', 'w'])
      expect((await fetchWith({}, await request(tenant, user))).status).toBe(200)
    const admin = { user: 'boss', tokenOptions: { tenant } }
    const write = await call('PUT', '/v1/users/u/access', { addons: { audio: false } }, admin)
    const { version } = (await write.json()) as { version: number }

    const w = await fetchWith({ DB: brokenD1 }, await request(tenant, 'w'))
    expect(w.status).toBe(200)
    expect(await w.json()).toMatchObject({ allowed: true, version })
    await expectProblem(
      await fetchWith({ DB: brokenD1 }, await request(tenant, 'u')),
      503,
      'storage_unavailable',
    )

    // A structural write (a role) makes everyone's compiled data stale.
    await call('PATCH', '/v1/roles/standard', { permissions: { [read]: { level: 'own' } } }, admin)
    await expectProblem(
      await fetchWith({ DB: brokenD1 }, await request(tenant, 'w')),
      503,
      'storage_unavailable',
    )
    expect(await (await fetchWith({}, await request(tenant, 'w'))).json()).toMatchObject({
      level: 'own',
    })
  })
})

describe('storage faults', () => {
  const request = async (tenant: string, minVersion?: number) =>
    new Request('http://authz.test/v1/check', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenFor('u', { tenant })}`,
        'content-type': 'application/json',
        ...(minVersion === undefined ? {} : { 'x-authz-min-version': String(minVersion) }),
      },
      body: JSON.stringify({ permission: read, resource: conv('a') }),
    })

  it('D1 down with nothing cached is a 503 with Retry-After, never an allow', async () => {
    const tenant = await freshTenant()
    const res = await fetchWith({ DB: brokenD1 }, await request(tenant))
    await expectProblem(res, 503, 'storage_unavailable')
    expect(res.headers.get('retry-after')).toBe('1')
  })

  it('D1 down when fresher data is demanded is a 503', async () => {
    const tenant = await freshTenant()
    expect((await fetchWith({}, await request(tenant))).status).toBe(200)
    const res = await fetchWith({ DB: brokenD1 }, await request(tenant, 2))
    await expectProblem(res, 503, 'storage_unavailable')
  })

  it('KV down: the answer still comes, from D1', async () => {
    const tenant = await freshTenant()
    const res = await fetchWith({ CACHE: brokenKV }, await request(tenant))
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ allowed: true, reason: 'group_scope', version: 1 })
  })

  it('KV and D1 down is a 503', async () => {
    const tenant = await freshTenant()
    const res = await fetchWith({ CACHE: brokenKV, DB: brokenD1 }, await request(tenant))
    await expectProblem(res, 503, 'storage_unavailable')
  })
})
