/**
 * /openapi.json against the worker: answers the other route tests do not ask for (forward auth,
 * other methods, HEAD, unknown paths) go through call(), which checks each one against the
 * document; and the check itself fails on drift.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { call, expectProblem } from '../helpers/http'
import { expectDocumented } from '../helpers/openapi-conformance'
import { seedDemoTenants } from '../helpers/seed'

beforeAll(seedDemoTenants)

const FA = '/v1/forward-auth/demo'
const forwarded = (method: string, uri: string, extra: Record<string, string> = {}) => ({
  headers: { 'x-forwarded-method': method, 'x-forwarded-uri': uri, ...extra },
})

describe('forward auth answers are documented', () => {
  it('allow, public route, path mode and HEAD', async () => {
    expect((await call('GET', FA, undefined, forwarded('GET', '/api/conversations'))).status).toBe(
      200,
    )
    const open = await call('GET', FA, undefined, {
      token: null,
      ...forwarded('GET', '/api/health'),
    })
    expect(open.status).toBe(200)
    expect((await call('GET', `${FA}/api/conversations/c1`)).status).toBe(200)
    expect((await call('HEAD', `${FA}/api/conversations`)).status).toBe(200)
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const res = await call(method, `${FA}/api/scorecards`)
      expect([200, 403]).toContain(res.status)
    }
  })

  it('every refusal', async () => {
    await expectProblem(
      await call('GET', FA, undefined, { token: null, ...forwarded('GET', '/api/conversations') }),
      401,
      'unauthenticated',
    )
    await expectProblem(
      await call('GET', FA, undefined, {
        token: 'nope',
        ...forwarded('GET', '/api/conversations'),
      }),
      401,
      'invalid_token',
    )
    await expectProblem(
      await call('GET', FA, undefined, { user: 'nora', ...forwarded('GET', '/api/users/alice') }),
      403,
      'forbidden',
    )
    await expectProblem(
      await call('GET', FA, undefined, forwarded('GET', '/nope')),
      403,
      'no_route',
    )
    await expectProblem(await call('GET', '/v1/forward-auth/nomap'), 500, 'unknown_route_map')
    const stale = forwarded('GET', '/api/conversations', { 'x-authz-consistency': 'stale!' })
    await expectProblem(await call('GET', FA, undefined, stale), 400, 'invalid_consistency_token')
    const future = forwarded('GET', '/api/conversations', { 'x-authz-min-version': '999999' })
    await expectProblem(await call('GET', FA, undefined, future), 409, 'version_not_reached')
  })
})

describe('other methods, HEAD and unknown paths are documented', () => {
  it('405 with Allow on every path, for each method it does not have', async () => {
    const wrong: [string, string][] = [
      ['GET', '/v1/check'],
      ['DELETE', '/v1/scope'],
      ['POST', '/v1/me'],
      ['PUT', '/v1/roles/admin'],
      ['OPTIONS', '/v1/groups'],
      ['PATCH', '/v1/tenant/products'],
      ['GET', '/v1/webhooks/invalidate'],
      ['GET', '/v1/tenants'],
      ['POST', '/healthz'],
      ['DELETE', '/openapi.json'],
      ['HEAD', '/v1/check/batch'],
    ]
    for (const [method, path] of wrong) {
      const res = await call(method, path)
      expect(res.status, `${method} ${path}`).toBe(405)
      expect(res.headers.get('allow')).toBeTruthy()
    }
  })

  it('HEAD of a GET path, liveness, the document, and paths that do not exist', async () => {
    expect((await call('HEAD', '/v1/me')).status).toBe(200)
    expect((await call('GET', '/healthz', undefined, { token: null })).status).toBe(200)
    expect((await call('GET', '/openapi.json', undefined, { token: null })).status).toBe(200)
    await expectProblem(await call('GET', '/v1/roles/admin/nothing'), 404, 'not_found')
    await expectProblem(await call('GET', '/nothing', undefined, { token: null }), 404, 'not_found')
  })
})

describe('the check fails on drift', () => {
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'x-request-id': 'r', ...headers },
    })
  const decisionHeaders = { 'x-authz-consistency': '1', 'cache-control': 'no-store' }
  const check = { allowed: true, reason: 'level_all', level: 'all', version: 1 }

  it('accepts a documented answer', async () => {
    await expectDocumented('POST', '/v1/check', json(check, 200, decisionHeaders))
  })

  it.each([
    ['a body of the wrong shape', json({ ...check, allowed: 'yes' }, 200, decisionHeaders)],
    ['an undocumented member', json({ ...check, extra: 1 }, 200, decisionHeaders)],
    ['a missing required header', json(check)],
    ['an undocumented status', json(check, 418, decisionHeaders)],
    ['an undocumented media type', new Response('ok', { status: 200, headers: decisionHeaders })],
    [
      'a problem code the status does not list',
      new Response(JSON.stringify({ type: 'x', title: 't', status: 403, code: 'no_route' }), {
        status: 403,
        headers: {
          'content-type': 'application/problem+json',
          'x-request-id': 'r',
          'cache-control': 'no-store',
        },
      }),
    ],
  ])('rejects %s', async (_what, response) => {
    await expect(expectDocumented('POST', '/v1/check', response)).rejects.toThrow(
      /POST \/v1\/check/,
    )
  })

  it('rejects an operation the document does not have', async () => {
    await expect(expectDocumented('GET', '/v1/forward', json({}))).rejects.toThrow(
      /not in \/openapi.json/,
    )
  })
})
