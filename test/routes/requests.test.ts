/** Bad input gets a precise problem+json; subjects need authz:check; batch order; misc routes. */
import { beforeAll, describe, expect, it } from 'vitest'
import { call, conv, expectProblem } from '../helpers/http'
import { seedDemoTenants } from '../helpers/seed'

beforeAll(seedDemoTenants)

const check = (body: unknown, options = {}) => call('POST', '/v1/check', body, options)

describe('malformed requests', () => {
  it('a body that is not JSON media type is 415', async () => {
    const res = await call('POST', '/v1/check', undefined, {
      rawBody: 'permission=x',
      headers: { 'content-type': 'text/plain' },
    })
    await expectProblem(res, 415, 'unsupported_media_type')
  })

  it('invalid JSON is 400 invalid_json', async () => {
    await expectProblem(
      await call('POST', '/v1/check', undefined, { rawBody: '{"permission":' }),
      400,
      'invalid_json',
    )
  })

  it('unknown fields are rejected, at any depth', async () => {
    const p = await expectProblem(
      await check({ permission: 'profile.preferences:read', extra: 1 }),
      400,
      'invalid_request',
    )
    expect(p.errors).toEqual([expect.objectContaining({ path: '/' })])
    const nested = await check({
      permission: 'profile.preferences:read',
      resource: { type: 'user', id: 'alice', group: 'x' },
    })
    await expectProblem(nested, 400, 'invalid_request')
  })

  it('wrong types name the offending path', async () => {
    const p = await expectProblem(await check({ permission: 5 }), 400, 'invalid_request')
    expect(p.errors).toEqual([expect.objectContaining({ path: '/permission' })])
    const q = await expectProblem(
      await check({ permission: 'profile.preferences:read', resource: { type: 'conversation' } }),
      400,
      'invalid_request',
    )
    expect(q.errors).toEqual([expect.objectContaining({ path: '/resource/id' })])
  })

  it('ids with odd characters are rejected', async () => {
    for (const groupId of ['a b', '../x', '', 'x'.repeat(200), 'ünï']) {
      const res = await check({
        permission: 'interactions.conversations:read',
        resource: { type: 'conversation', id: 'c1', groupId },
      })
      await expectProblem(res, 400, 'invalid_request')
    }
  })

  it('over-long lists are rejected', async () => {
    const assignees = (n: number) => ({
      permission: 'interactions.conversations:read',
      resource: {
        type: 'conversation',
        id: 'c1',
        assigneeIds: Array.from({ length: n }, (_, i) => `u${i}`),
      },
    })
    await expectProblem(await check(assignees(1_000)), 400, 'invalid_request')
    // 10,000 ids do not even fit in 64 KiB.
    await expectProblem(await check(assignees(10_000)), 413, 'payload_too_large')
    const checks = Array.from({ length: 101 }, () => ({ permission: 'profile.preferences:read' }))
    await expectProblem(await call('POST', '/v1/check/batch', { checks }), 400, 'invalid_request')
    await expectProblem(
      await call('POST', '/v1/check/batch', { checks: [] }),
      400,
      'invalid_request',
    )
  })

  it('a body over 64 KiB is 413', async () => {
    const res = await call('POST', '/v1/check', undefined, {
      rawBody: JSON.stringify({ permission: 'x', pad: 'y'.repeat(70_000) }),
    })
    await expectProblem(res, 413, 'payload_too_large')
  })

  it('a bad X-Authz-Min-Version is 400', async () => {
    const res = await check(
      { permission: 'profile.preferences:read' },
      { headers: { 'x-authz-min-version': 'soon' } },
    )
    await expectProblem(res, 400, 'invalid_request')
  })

  it('an unknown permission inside a batch is a 400 naming its index', async () => {
    const res = await call('POST', '/v1/check/batch', {
      checks: [{ permission: 'profile.preferences:read' }, { permission: 'nope:nope' }],
    })
    const p = await expectProblem(res, 400, 'unknown_permission')
    expect(p.detail).toContain('checks[1]')
  })
})

describe('subject (check on behalf of another user)', () => {
  const body = { permission: 'interactions.conversations:read', subject: 'agnes' }

  it('needs scope authz:check: without it, 403', async () => {
    await expectProblem(await check(body, { user: 'alice' }), 403, 'subject_not_allowed')
    await expectProblem(
      await call('POST', '/v1/scope', { permission: body.permission, subject: 'agnes' }),
      403,
      'subject_not_allowed',
    )
  })

  it('with authz:check the answer is the subject’s', async () => {
    const res = await check(body, { user: 'alice', tokenOptions: { scope: 'openid authz:check' } })
    expect(await res.json()).toMatchObject({ allowed: true, reason: 'level_own', level: 'own' })
  })

  it('naming yourself needs no scope', async () => {
    const res = await check({ ...body, subject: 'alice' }, { user: 'alice' })
    expect(await res.json()).toMatchObject({ reason: 'level_group' })
  })
})

describe('POST /v1/check/batch', () => {
  it('answers in order, for several subjects, at one version', async () => {
    const res = await call(
      'POST',
      '/v1/check/batch',
      {
        checks: [
          { permission: 'interactions.conversations:read', resource: conv('nyc') },
          { permission: 'interactions.conversations:read', resource: conv('nyc'), subject: 'mike' },
          { permission: 'knowledge_base.articles:read' },
          { permission: 'interactions.conversations:read', resource: conv('nyc'), subject: 'nora' },
        ],
      },
      { user: 'sam', tokenOptions: { scope: 'authz:check' } },
    )
    const body = (await res.json()) as {
      results: { allowed: boolean; reason: string }[]
      version: number
    }
    expect(body.results.map((r) => r.reason)).toEqual([
      'group_scope',
      'out_of_scope',
      'product_disabled',
      'group_scope',
    ])
    expect(body.version).toBeGreaterThanOrEqual(1)
  })
})

describe('scope', () => {
  it('returns all, none, or a filter per level', async () => {
    const scopeOf = async (user: string, permission: string) =>
      (await call('POST', '/v1/scope', { permission }, { user })).json()
    expect(await scopeOf('alice', 'interactions.conversations:be_assigned')).toMatchObject({
      kind: 'all',
    })
    expect(await scopeOf('agnes', 'admin.users:read')).toMatchObject({ kind: 'none' })
    expect(await scopeOf('nora', 'interactions.audio:listen')).toMatchObject({ kind: 'none' })
    expect(await scopeOf('lena', 'interactions.conversations:read')).toMatchObject({
      kind: 'filter',
      groupIds: expect.arrayContaining(['sf', 'seattle']),
      userId: 'lena',
    })
    expect(await scopeOf('agnes', 'interactions.conversations:read')).toMatchObject({
      kind: 'filter',
      groupIds: [],
      userId: 'agnes',
    })
    await expectProblem(
      await call('POST', '/v1/scope', { permission: 'x.y:z' }),
      400,
      'unknown_permission',
    )
  })
})

describe('other routes', () => {
  it('GET /healthz needs no token', async () => {
    const res = await call('GET', '/healthz', undefined, { token: null })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('every answer, errors included, carries the request id', async () => {
    const res = await call(
      'POST',
      '/v1/check',
      { permission: 'nope' },
      { headers: { 'x-request-id': 'req-42' } },
    )
    await expectProblem(res, 400, 'unknown_permission')
    expect(res.headers.get('x-request-id')).toBe('req-42')
    const ok = await call('POST', '/v1/check', { permission: 'profile.preferences:read' })
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('unknown paths are 404, wrong methods 405 with Allow', async () => {
    await expectProblem(await call('GET', '/v1/nothing'), 404, 'not_found')
    const res = await call('GET', '/v1/check')
    await expectProblem(res, 405, 'method_not_allowed')
    expect(res.headers.get('allow')).toBe('POST')
  })

  it('GET /v1/catalog lists only enabled products', async () => {
    const res = await call('GET', '/v1/catalog')
    const body = (await res.json()) as {
      products: { key: string }[]
      permissions: { key: string; levels: string[] }[]
      reports: { key: string }[]
      addons: { key: string; default: boolean }[]
    }
    expect(body.products.map((p) => p.key)).not.toContain('knowledge_base')
    expect(body.products.map((p) => p.key)).toContain('core')
    expect(body.permissions.find((p) => p.key === 'admin.users:read')?.levels).toEqual([
      'none',
      'group',
      'all',
    ])
    expect(
      body.permissions.find((p) => p.key === 'interactions.conversations:be_assigned')?.levels,
    ).toEqual(['none', 'all'])
    expect(body.permissions.some((p) => p.key.startsWith('knowledge_base.'))).toBe(false)
    expect(body.addons).toEqual([
      { key: 'audio', default: true },
      { key: 'score', default: false },
    ])
  })

  it('GET /openapi.json is OpenAPI 3.1 built from the validating schemas', async () => {
    const res = await call('GET', '/openapi.json', undefined, { token: null })
    const doc = (await res.json()) as {
      openapi: string
      paths: Record<string, unknown>
      components: {
        schemas: Record<string, { additionalProperties?: unknown; properties?: object }>
      }
    }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/check',
        '/v1/check/batch',
        '/v1/scope',
        '/v1/me',
        '/v1/catalog',
        '/v1/roles/{id}',
        '/v1/users/{id}/access',
        '/v1/webhooks/invalidate',
      ]),
    )
    expect(doc.components.schemas.CheckRequest?.additionalProperties).toBe(false)
    expect(doc.components.schemas.UserAccessRequest?.additionalProperties).toBe(false)
    expect(Object.keys(doc.components.schemas.Resource?.properties ?? {})).toEqual([
      'type',
      'id',
      'groupId',
      'ownerId',
      'assigneeIds',
    ])
  })
})
