// The Hono middleware in a downstream app (examples/hono-app): as a second Worker bound to the
// service's Authz entrypoint (real Workers RPC), and in Node over the typed HTTP client. It puts
// the decision on c.var.authz, answers 401/403 as problem+json and fails closed with 503.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Hono } from 'hono'
import { createAuthzClient } from '../../clients/ts/src'
import { authorize, type AuthzEnv } from '../../clients/ts/src/hono-middleware'
import { createApp } from '../../examples/hono-app/src/app'
import {
  buildBundle,
  COMPATIBILITY_DATE,
  startAuthzWorker,
  type AuthzWorker,
} from '../harness/authz-worker'

let worker: AuthzWorker
beforeAll(async () => {
  buildBundle('.test-dist/example', 'examples/hono-app/wrangler.toml')
  worker = await startAuthzWorker({
    workers: [
      {
        name: 'example',
        modules: true,
        scriptPath: '.test-dist/example/index.js',
        compatibilityDate: COMPATIBILITY_DATE,
        serviceBindings: { AUTHZ: { name: 'authz', entrypoint: 'Authz' } },
      },
      {
        // The same app bound to a service whose every call fails: it must answer 503.
        name: 'example-broken',
        modules: true,
        scriptPath: '.test-dist/example/index.js',
        compatibilityDate: COMPATIBILITY_DATE,
        serviceBindings: { AUTHZ: { name: 'broken', entrypoint: 'Authz' } },
      },
      {
        name: 'broken',
        modules: true,
        compatibilityDate: COMPATIBILITY_DATE,
        script: `import { WorkerEntrypoint } from 'cloudflare:workers'
          export class Authz extends WorkerEntrypoint { check() { throw new Error('down') } }
          export default { fetch: () => new Response('down', { status: 500 }) }`,
      },
    ],
  })
}, 120_000)
afterAll(() => worker?.dispose())

type Ask = (path: string, user: string | null, method?: string) => Promise<Response>

/** The example worker, bound to the service over RPC. */
const overRpc =
  (name: string): Ask =>
  async (path, user, method = 'GET') => {
    const example = await worker.mf.getWorker(name)
    const headers: Record<string, string> = user
      ? { authorization: `Bearer ${await worker.tokenFor(user)}` }
      : {}
    return (await example.fetch(`http://example.test${path}`, {
      method,
      headers,
    })) as unknown as Response
  }

/** The same app in Node over the typed HTTP client. */
const overHttp =
  (baseUrl: () => string): Ask =>
  async (path, user, method = 'GET') => {
    const client = createAuthzClient({ baseUrl: baseUrl(), retries: 0 })
    const app = createApp(() => client)
    const headers: Record<string, string> = user
      ? { authorization: `Bearer ${await worker.tokenFor(user)}` }
      : {}
    return app.request(path, { method, headers })
  }

for (const [name, ask] of [
  ['service binding (RPC)', overRpc('example')],
  ['typed HTTP client', overHttp(() => worker.url)],
] as const) {
  describe(`authorize() over a ${name}`, () => {
    it('lets an allowed request through with the decision on c.var.authz', async () => {
      const res = await ask('/conversations/c1', 'carl')
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({
        id: 'c1',
        decision: { allowed: true, reason: 'group_scope', level: 'group' },
      })
      const agnes = await ask('/conversations/c3', 'agnes')
      expect(await agnes.json()).toMatchObject({ decision: { allowed: true, reason: 'own' } })
    })

    it('answers a deny as 403 problem+json with the reason', async () => {
      const res = await ask('/conversations/c2', 'carl') // nyc, outside boston
      expect(res.status).toBe(403)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(await res.json()).toMatchObject({
        status: 403,
        code: 'forbidden',
        reason: 'out_of_scope',
      })
      const score = await ask('/conversations/c1/score', 'sam', 'POST') // standard without score
      expect(await score.json()).toMatchObject({ code: 'forbidden', reason: 'addon_required' })
    })

    it('answers a missing or bad token as 401 problem+json', async () => {
      const none = await ask('/conversations/c1', null)
      expect(none.status).toBe(401)
      expect(none.headers.get('www-authenticate')).toBe('Bearer realm="authz"')
      expect(await none.json()).toMatchObject({ code: 'unauthenticated' })
    })

    it('filters rows with scope', async () => {
      const mike = await ask('/conversations', 'mike') // east and boston, nyc denied
      expect(await mike.json()).toEqual({ conversations: ['c1'] })
      const agnes = await ask('/conversations', 'agnes') // own: assigned c3
      expect(await agnes.json()).toEqual({ conversations: ['c3'] })
    })
  })
}

describe('authorize() with a decider object', () => {
  it('takes the client itself as well as a function giving one', async () => {
    const client = createAuthzClient({ baseUrl: worker.url })
    const app = new Hono<AuthzEnv>().get(
      '/reports',
      authorize({ decider: client, permission: 'analytics.reports:read' }),
      (c) => c.json(c.var.authz),
    )
    const headers = { authorization: `Bearer ${await worker.tokenFor('rita')}` }
    expect(await (await app.request('/reports', { headers })).json()).toMatchObject({
      allowed: true,
    })
    const agnes = { authorization: `Bearer ${await worker.tokenFor('agnes')}` }
    expect((await app.request('/reports', { headers: agnes })).status).toBe(403)
  })
})

describe('authorize() fails closed', () => {
  it('503 when the bound service fails', async () => {
    const res = await overRpc('example-broken')('/conversations/c1', 'carl')
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ code: 'authz_unavailable' })
  })

  it('503 when the service cannot be reached over HTTP', async () => {
    const res = await overHttp(() => 'http://127.0.0.1:9')('/conversations/c1', 'carl')
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('1')
  })
})
