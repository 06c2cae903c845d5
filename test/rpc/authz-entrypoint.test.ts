/** The service binding: the Authz entrypoint over real Workers RPC gives the HTTP answers as values. */
import { exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Decider } from '../../clients/ts/src'
import { call } from '../helpers/http'
import { seedDemoTenants } from '../helpers/seed'
import { tokenFor } from '../helpers/tokens'

beforeAll(seedDemoTenants)

const authz = exports.Authz
const conversation = (groupId: string) => ({ type: 'conversation', id: 'c1', groupId })

/** The same request over HTTP: status, body and X-Authz-Consistency. */
async function overHttp(method: string, path: string, user: string, body?: unknown) {
  const res = await call(method, path, body, { user })
  return {
    status: res.status,
    body: await res.json(),
    consistency: res.headers.get('x-authz-consistency'),
  }
}

describe('Authz over RPC answers what HTTP answers', () => {
  it('check, checkBatch, scope and me', async () => {
    const token = await tokenFor('mike')
    const input = { permission: 'interactions.conversations:read', resource: conversation('nyc') }
    const cases = [
      [await authz.check(token, input), await overHttp('POST', '/v1/check', 'mike', input)],
      [
        await authz.checkBatch(token, { checks: [input, { permission: 'admin.users:read' }] }),
        await overHttp('POST', '/v1/check/batch', 'mike', {
          checks: [input, { permission: 'admin.users:read' }],
        }),
      ],
      [
        await authz.scope(token, { permission: 'interactions.conversations:read' }),
        await overHttp('POST', '/v1/scope', 'mike', {
          permission: 'interactions.conversations:read',
        }),
      ],
    ] as const
    for (const [rpc, http] of cases) {
      expect(http.status).toBe(200)
      expect(rpc).toEqual({ ok: true, value: http.body, consistency: http.consistency })
    }
    const me = await authz.me(token)
    const http = await call('GET', '/v1/me', undefined, { user: 'mike' })
    expect(me).toEqual({
      ok: true,
      value: { ...((await http.json()) as object), etag: http.headers.get('etag') },
      consistency: http.headers.get('x-authz-consistency'),
    })
  })

  it('errors are values with the HTTP problem code and status, never a throw', async () => {
    const token = await tokenFor('mike')
    const cases: [Promise<unknown>, number, string][] = [
      [authz.check('', { permission: 'interactions.conversations:read' }), 401, 'unauthenticated'],
      [
        authz.check('abc.def.ghi', { permission: 'interactions.conversations:read' }),
        401,
        'invalid_token',
      ],
      [authz.check(token, { permission: 'no.such:perm' }), 400, 'unknown_permission'],
      [
        authz.check(token, { permission: 'interactions.conversations:read', extra: 1 }),
        400,
        'invalid_request',
      ],
      [
        authz.check(token, { permission: 'interactions.conversations:read', subject: 'alice' }),
        403,
        'subject_not_allowed',
      ],
      [
        authz.check(
          token,
          { permission: 'interactions.conversations:read' },
          { minVersion: 10 ** 9 },
        ),
        409,
        'version_not_reached',
      ],
      [
        authz.check(
          token,
          { permission: 'interactions.conversations:read' },
          { consistency: 'forged!' },
        ),
        400,
        'invalid_consistency_token',
      ],
      [authz.me(await tokenFor('ghost')), 403, 'unknown_user'],
    ]
    for (const [pending, status, code] of cases) {
      const result = await pending
      expect(result, code).toMatchObject({
        ok: false,
        problem: { status, code, type: `urn:authz:problem:${code}` },
      })
    }
  })
})

describe('forwardAuth over RPC', () => {
  it('allows, denies and refuses like the HTTP endpoint, with the X-Authz headers', async () => {
    const alice = await tokenFor('alice')
    const allowed = await authz.forwardAuth(alice, {
      map: 'demo',
      method: 'GET',
      uri: '/api/conversations',
    })
    expect(allowed).toEqual({
      ok: true,
      headers: expect.objectContaining({
        'X-Authz-User': 'alice',
        'X-Authz-Reason': 'level_group',
        'X-Authz-Route': '/api/conversations',
      }),
    })
    const agnes = await tokenFor('agnes')
    const denied = await authz.forwardAuth(agnes, {
      map: 'demo',
      method: 'GET',
      uri: '/api/scorecards',
    })
    expect(denied).toMatchObject({
      ok: false,
      problem: { status: 403, code: 'forbidden', reason: 'no_permission' },
      headers: { 'X-Authz-Reason': 'no_permission' },
    })
    const publicRoute = await authz.forwardAuth(undefined, {
      map: 'demo',
      method: 'GET',
      uri: '/api/health',
    })
    expect(publicRoute).toMatchObject({
      ok: true,
      headers: { 'X-Authz-User': '-', 'X-Authz-Route': '/api/health' },
    })
    expect(
      await authz.forwardAuth(alice, { map: 'demo', method: 'GET', uri: '/api/../admin' }),
    ).toMatchObject({ ok: false, problem: { status: 403, code: 'no_route' } })
    expect(await authz.forwardAuth(alice, { map: 'nope', method: 'GET', uri: '/' })).toMatchObject({
      ok: false,
      problem: { status: 500, code: 'unknown_route_map' },
    })
    expect(
      await authz.forwardAuth(undefined, { map: 'demo', method: 'GET', uri: '/api/conversations' }),
    ).toMatchObject({ ok: false, problem: { status: 401, code: 'unauthenticated' } })
  })
})

describe('the binding is a Decider', () => {
  it('is assignable to the client package’s Decider and answers through it', async () => {
    // Compile-time: the entrypoint's methods have the Decider's signatures and results.
    const decider: Decider = exports.Authz
    const token = await tokenFor('carl')
    const result = await decider.check(token, {
      permission: 'interactions.conversations:read',
      resource: conversation('boston'),
    })
    expect(result).toMatchObject({ ok: true, value: { allowed: true, reason: 'group_scope' } })
  })
})
