/** Forward auth (SPEC §9) through the worker's fetch: header modes, order, answers, hostile URIs. */
import { exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { brokenD1, brokenKV, fetchWith } from '../helpers/worker'
import { checkAs, expectProblem } from '../helpers/http'
import { expectDocumented } from '../helpers/openapi-conformance'
import { seedDemoTenants } from '../helpers/seed'
import { tokenFor } from '../helpers/tokens'

beforeAll(seedDemoTenants)

const BASE = 'http://authz.test/v1/forward-auth'
const AUTHZ_HEADERS = [
  'x-authz-user',
  'x-authz-tenant',
  'x-authz-level',
  'x-authz-reason',
  'x-authz-route',
  'x-authz-consistency',
]

interface Ask {
  user?: string | null
  map?: string
  /** How the gateway reports the original request. */
  mode?: 'forwarded' | 'original' | 'path'
  headers?: Record<string, string>
  body?: BodyInit
}

/** Asks forward auth about `method uri`, as a gateway of the given mode would. */
async function ask(method: string, uri: string, options: Ask = {}): Promise<Response> {
  const { user = 'alice', map = 'demo', mode = 'forwarded' } = options
  const headers: Record<string, string> = { ...options.headers }
  if (user !== null) headers.authorization = `Bearer ${await tokenFor(user)}`
  let url = `${BASE}/${map}`
  let endpointMethod = 'GET'
  if (mode === 'forwarded')
    Object.assign(headers, { 'x-forwarded-method': method, 'x-forwarded-uri': uri })
  if (mode === 'original')
    Object.assign(headers, { 'x-original-method': method, 'x-original-uri': uri })
  if (mode === 'path') {
    url += uri
    endpointMethod = method
  }
  const request = new Request(url, { method: endpointMethod, headers, body: options.body })
  const response = await exports.default.fetch(request)
  await expectDocumented(endpointMethod, request.url, response.clone())
  return response
}

function authzHeaders(res: Response): Record<string, string | null> {
  return Object.fromEntries(AUTHZ_HEADERS.map((h) => [h, res.headers.get(h)]))
}

describe('allow', () => {
  for (const mode of ['forwarded', 'original', 'path'] as const) {
    it(`reads the original request from ${mode} and answers 200 with every X-Authz header`, async () => {
      const res = await ask('GET', '/api/conversations', { mode })
      expect(res.status).toBe(200)
      expect(res.headers.get('x-request-id')).toMatch(/^[\w.:-]+$/)
      expect(await res.text()).toBe('')
      expect(authzHeaders(res)).toEqual({
        'x-authz-user': 'alice',
        'x-authz-tenant': 'acme',
        'x-authz-level': 'group',
        'x-authz-reason': 'level_group',
        'x-authz-route': '/api/conversations',
        'x-authz-consistency': expect.stringMatching(/^ct1\./),
      })
    })
  }

  it('answers exactly what /v1/check answers for the same permission and resource', async () => {
    const cases: [string, string, string, string, Record<string, unknown>?][] = [
      [
        'sue',
        'GET',
        '/api/reports/agent_scores',
        'analytics.reports:read',
        { type: 'report', id: 'agent_scores' },
      ],
      [
        'sam',
        'GET',
        '/api/reports/agent_scores',
        'analytics.reports:read',
        { type: 'report', id: 'agent_scores' },
      ],
      [
        'mike',
        'GET',
        '/api/groups/nyc/conversations',
        'interactions.conversations:read',
        { type: 'group', id: 'nyc', groupId: 'nyc' },
      ],
      [
        'mike',
        'GET',
        '/api/groups/boston/conversations',
        'interactions.conversations:read',
        { type: 'group', id: 'boston', groupId: 'boston' },
      ],
      [
        'sam',
        'GET',
        '/api/users/sam/preferences',
        'profile.preferences:read',
        { type: 'user', id: 'sam' },
      ],
      [
        'ivan',
        'GET',
        '/api/users/sam/preferences',
        'profile.preferences:read',
        { type: 'user', id: 'sam' },
      ],
      ['adam', 'PATCH', '/api/users/sam', 'admin.users:write', { type: 'user', id: 'sam' }],
      ['carl', 'PATCH', '/api/users/sam', 'admin.users:write', { type: 'user', id: 'sam' }],
      ['nora', 'GET', '/api/conversations/c1/audio', 'interactions.audio:listen'],
      ['sam', 'DELETE', '/api/conversations/c1', 'interactions.conversations:delete'],
      ['alice', 'DELETE', '/api/conversations/c1', 'interactions.conversations:delete'],
      ['agnes', 'GET', '/api/scorecards', 'quality.scorecards:read'],
      ['alice', 'POST', '/api/scorecards', 'quality.scorecards:write'],
    ]
    for (const [user, method, uri, permission, resource] of cases) {
      const expected = await checkAs(user, permission, resource)
      const res = await ask(method, uri, { user })
      const where = `${user} ${method} ${uri}`
      expect(res.status, where).toBe(expected.allowed ? 200 : 403)
      expect(res.headers.get('x-authz-reason'), where).toBe(expected.reason)
      expect(res.headers.get('x-authz-level'), where).toBe(expected.level)
      if (!expected.allowed) {
        const problem = await expectProblem(res, 403, 'forbidden')
        expect(problem.reason, where).toBe(expected.reason)
      }
    }
  })

  it('matches HEAD as GET, ignores the query, and reads an absolute URI by its path', async () => {
    expect((await ask('HEAD', '/api/conversations')).status).toBe(200)
    expect((await ask('GET', '/api/conversations?page=2&x=%2F..')).status).toBe(200)
    const absolute = await ask('GET', 'https://app.example/api/conversations/c1?x=1')
    expect(absolute.status).toBe(200)
    expect(absolute.headers.get('x-authz-route')).toBe('/api/conversations/:id')
  })

  it('a missing method header means the endpoint’s own method', async () => {
    const res = await exports.default.fetch(
      new Request(`${BASE}/demo`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await tokenFor('alice')}`,
          'x-forwarded-uri': '/api/scorecards',
        },
      }),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('x-authz-reason')).toBe('level_group')
  })

  it('never reads the body: no 413 or 415 whatever is sent', async () => {
    const res = await ask('POST', '/api/scorecards', {
      mode: 'path',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(200 * 1024),
    })
    expect(res.status).toBe(200)
  })
})

describe('public routes, order and failures', () => {
  it('a public route is allowed without reading the token; identity headers are -', async () => {
    for (const authorization of [undefined, 'Bearer not-a-token', 'Basic abc']) {
      const res = await ask('GET', '/api/health', {
        user: null,
        headers: authorization ? { authorization } : {},
      })
      expect(res.status).toBe(200)
      expect(authzHeaders(res)).toEqual({
        'x-authz-user': '-',
        'x-authz-tenant': '-',
        'x-authz-level': '-',
        'x-authz-reason': '-',
        'x-authz-route': '/api/health',
        'x-authz-consistency': '-',
      })
    }
  })

  it('an unknown map is 500 unknown_route_map before anything else', async () => {
    const res = await ask('GET', '/api/health', { map: 'nope', user: null })
    await expectProblem(res, 500, 'unknown_route_map')
    expect(res.headers.get('x-authz-reason')).toBe('unknown_route_map')
  })

  it('no matching route is 403 no_route, before the token is read', async () => {
    for (const [method, uri] of [
      ['GET', '/api/unknown'],
      ['POST', '/api/health'],
      ['PUT', '/api/conversations/c1'],
      ['GET', '/API/conversations'],
      ['GET', '/api/conversations/'],
    ]) {
      const res = await ask(method!, uri!, { user: null })
      await expectProblem(res, 403, 'no_route')
      expect(authzHeaders(res)).toMatchObject({
        'x-authz-route': '-',
        'x-authz-reason': 'no_route',
        'x-authz-user': '-',
      })
    }
  })

  it('a protected route without a token is 401; a bad token is 401 invalid_token', async () => {
    const none = await ask('GET', '/api/conversations', { user: null })
    await expectProblem(none, 401, 'unauthenticated')
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="authz"')
    expect(none.headers.get('x-authz-route')).toBe('/api/conversations')
    const bad = await ask('GET', '/api/conversations', {
      user: null,
      headers: { authorization: 'Bearer abc.def.ghi' },
    })
    await expectProblem(bad, 401, 'invalid_token')
    expect(bad.headers.get('www-authenticate')).toContain('error="invalid_token"')
  })

  it('a cookie never identifies the caller', async () => {
    const res = await ask('GET', '/api/conversations', {
      user: null,
      headers: { cookie: `token=${await tokenFor('alice')}` },
    })
    await expectProblem(res, 401, 'unauthenticated')
  })

  it('an unknown user in the token is a 403 deny, not an allow', async () => {
    const res = await ask('GET', '/api/conversations', { user: 'ghost' })
    const problem = await expectProblem(res, 403, 'forbidden')
    expect(problem.reason).toBe('unknown_user')
  })

  it('a storage outage is 503 with Retry-After, never an allow', async () => {
    const request = new Request(`${BASE}/demo`, {
      headers: {
        authorization: `Bearer ${await tokenFor('rita')}`,
        'x-forwarded-method': 'GET',
        'x-forwarded-uri': '/api/conversations',
      },
    })
    const res = await fetchWith({ DB: brokenD1, CACHE: brokenKV }, request)
    await expectProblem(res, 503, 'storage_unavailable')
    expect(res.headers.get('retry-after')).toBe('1')
    expect(res.headers.get('x-authz-reason')).toBe('storage_unavailable')
  })
})

describe('hostile original URIs never allow and never 500', () => {
  const hostile = [
    'api/conversations',
    '',
    '/api/../api/conversations',
    '/api/conversations/..',
    '/api/conversations/.',
    '/api/conversations/%2e%2e',
    '/api/conversations/%2E',
    '/api/conversations/a%2Fb',
    '/api/conversations/a%2fb/audio',
    '/api/conversations/a%5Cb',
    '/api/conversations/a\\b',
    '//api/conversations',
    '/api//conversations',
    '/api/conversations/%zz',
    '/api/conversations/%',
    '/api/conversations/%ff',
    '/api/conversations/%c3%28',
    '/api/conversations/\u00ff',
    '/api/conversations/a b',
    '/api/users/sam;jsessionid=x/preferences',
    '/api/conversations/' + 'x'.repeat(10 * 1024),
    '/api/users/' + 'x'.repeat(300) + '/preferences',
    '/api/groups/a%20b/conversations',
  ]
  for (const uri of hostile) {
    it(`${JSON.stringify(uri.length > 60 ? uri.slice(0, 60) + '…' : uri)} is 403 no_route`, async () => {
      for (const mode of ['forwarded', 'original'] as const) {
        const res = await ask('GET', uri, { mode })
        await expectProblem(res, 403, 'no_route')
      }
    })
  }

  it('a map name that is not a name is unknown', async () => {
    await expectProblem(
      await ask('GET', '/api/health', { map: '%ff', user: null }),
      500,
      'unknown_route_map',
    )
  })
})
