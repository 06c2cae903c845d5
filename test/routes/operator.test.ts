/** The signed invalidation webhook (SPEC §6) and operator tenant provisioning. */
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { signWebhook } from '../../src/auth/webhook-signature'
import { auditLog, tenants, users } from '../../src/db/schema'
import { call, checkAs, expectProblem } from '../helpers/http'
import { db, seedFreshTenant, versionOf } from '../helpers/seed'

const freshTenant = () =>
  seedFreshTenant({
    products: ['interactions'],
    groups: [{ id: 'root', name: 'Root', parentId: null }],
    users: [{ id: 'u', name: 'U', roleId: 'standard', homeGroupId: 'root' }],
  })

const now = () => Math.floor(Date.now() / 1000)

async function invalidate(
  body: unknown,
  options: { secret?: string; t?: number; header?: string } = {},
) {
  const raw = JSON.stringify(body)
  const header =
    options.header ??
    (await signWebhook(
      options.secret ?? 'test-secret-new',
      options.t ?? now(),
      new TextEncoder().encode(raw),
    ))
  return call('POST', '/v1/webhooks/invalidate', undefined, {
    token: null,
    rawBody: raw,
    headers: { 'x-authz-signature': header },
  })
}

describe('POST /v1/webhooks/invalidate', () => {
  it('a valid signature bumps the version: the next check re-reads D1 at once', async () => {
    const tenant = await freshTenant()
    const t = { tokenOptions: { tenant } }
    expect(await checkAs('u', 'interactions.conversations:read', undefined, t)).toMatchObject({
      version: 1,
    })
    // Another system changed the user's data directly in D1.
    await db()
      .update(users)
      .set({ roleId: 'agent' })
      .where(and(eq(users.tenantId, tenant), eq(users.id, 'u')))
    expect(await checkAs('u', 'interactions.conversations:read', undefined, t)).toMatchObject({
      level: 'group',
    })
    const res = await invalidate({ tenant, scope: 'user', id: 'u' })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ version: 2 })
    expect(await checkAs('u', 'interactions.conversations:read', undefined, t)).toMatchObject({
      level: 'own',
      version: 2,
    })
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.tenantId, tenant))
    expect(entry).toMatchObject({
      action: 'webhook.invalidate',
      actorId: 'webhook',
      targetType: 'user',
      targetId: 'u',
    })
  })

  it('every secret in rotation is accepted, each scope too', async () => {
    const tenant = await freshTenant()
    expect(
      (await invalidate({ tenant, scope: 'tenant' }, { secret: 'test-secret-old' })).status,
    ).toBe(202)
    for (const scope of ['role', 'group'] as const) {
      expect((await invalidate({ tenant, scope, id: 'x1' })).status).toBe(202)
    }
    expect(await versionOf(tenant)).toBe(4)
  })

  it('bad, stale or missing signatures are 401 and invalidate nothing', async () => {
    const tenant = await freshTenant()
    const body = { tenant, scope: 'tenant' }
    const cases = [
      await invalidate(body, { secret: 'wrong-secret' }),
      await invalidate(body, { t: now() - 301 }),
      await invalidate(body, { t: now() + 301 }),
      await invalidate(body, { header: 't=abc,v1=00' }),
      await invalidate(body, { header: `t=${now()}` }),
      await invalidate(body, { header: `t=${now()},v1=zz` }),
      await call('POST', '/v1/webhooks/invalidate', body, { token: null }),
    ]
    for (const res of cases) {
      await expectProblem(res, 401, 'invalid_signature')
      expect(res.headers.get('www-authenticate')).toContain('Signature')
    }
    // A signature over another body does not carry over.
    const other = await signWebhook('test-secret-new', now(), new TextEncoder().encode('{}'))
    await expectProblem(await invalidate(body, { header: other }), 401, 'invalid_signature')
    expect(await versionOf(tenant)).toBe(1)
  })

  it('a signed but malformed body is 400; an unknown tenant is 404', async () => {
    const tenant = await freshTenant()
    await expectProblem(await invalidate({ tenant, scope: 'user' }), 400, 'invalid_request')
    await expectProblem(
      await invalidate({ tenant, scope: 'planet', id: 'x' }),
      400,
      'invalid_request',
    )
    await expectProblem(
      await invalidate({ tenant, scope: 'tenant', extra: 1 }),
      400,
      'invalid_request',
    )
    await expectProblem(await invalidate({ tenant: 'no-such', scope: 'tenant' }), 404, 'not_found')
    expect(await versionOf(tenant)).toBe(1)
  })
})

describe('POST /v1/tenants', () => {
  const body = (id: string) => ({
    id,
    name: 'Initech',
    products: ['interactions', 'analytics'],
    rootGroup: { id: 'hq', name: 'HQ' },
    admin: { id: 'peter', name: 'Peter', email: 'peter@initech.example' },
  })
  const provision = (payload: unknown, secret: string | null = 'test-operator-secret') =>
    call('POST', '/v1/tenants', payload, {
      token: null,
      headers: secret ? { 'x-operator-secret': secret } : {},
    })

  it('creates a tenant with its root group, system roles and first admin, usable at once', async () => {
    const id = `t-${crypto.randomUUID().slice(0, 8)}`
    const res = await provision(body(id))
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({
      tenant: { id, products: ['core', 'interactions', 'analytics'] },
      version: 1,
    })
    const t = { tokenOptions: { tenant: id } }
    expect(
      await checkAs('peter', 'admin.users:write', { type: 'user', id: 'peter' }, t),
    ).toMatchObject({ allowed: true })
    const roles = await call('GET', '/v1/roles', undefined, {
      user: 'peter',
      tokenOptions: { tenant: id },
    })
    expect(((await roles.json()) as { roles: unknown[] }).roles).toHaveLength(8)
    await expectProblem(await provision(body(id)), 409, 'id_taken')
  })

  it('needs the operator secret; a user token is not enough', async () => {
    const id = `t-${crypto.randomUUID().slice(0, 8)}`
    await expectProblem(await provision(body(id), null), 403, 'forbidden')
    await expectProblem(await provision(body(id), 'guess'), 403, 'forbidden')
    await expectProblem(
      await call('POST', '/v1/tenants', body(id), { user: 'alice' }),
      403,
      'forbidden',
    )
    await expectProblem(
      await provision({ ...body(id), products: ['teleport'] }),
      400,
      'invalid_request',
    )
    const [row] = await db().select().from(tenants).where(eq(tenants.id, id))
    expect(row).toBeUndefined()
  })
})
