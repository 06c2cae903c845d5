/**
 * The decision endpoints answer straight from the worker's fetch, past the router
 * (routes/decisions.ts). Every answer — decision or problem, status, headers, body — must be
 * the one the router gives for the same request.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import worker from '../../src/index'
import { createApp } from '../../src/app'
import type { Bindings } from '../../src/env'
import { decisionFastPath } from '../../src/routes/decisions'
import { conv } from '../helpers/http'
import { seedDemoTenants } from '../helpers/seed'
import { tokenFor } from '../helpers/tokens'
import { brokenD1, brokenKV } from '../helpers/worker'

beforeAll(seedDemoTenants)

const BASE = 'http://authz.test'
const router = createApp()

interface Sent {
  path?: string
  body?: BodyInit
  headers?: Record<string, string>
  bindings?: Partial<Bindings>
}

async function send(sent: Sent): Promise<Request> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${await tokenFor('alice')}`,
    'content-type': 'application/json',
    'x-request-id': 'parity-1',
    ...sent.headers,
  }
  for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k]
  return new Request(BASE + (sent.path ?? '/v1/check'), {
    method: 'POST',
    headers,
    body: sent.body,
  })
}

/** Status, headers and body, as one comparable value. */
async function seen(response: Response) {
  return {
    status: response.status,
    headers: Object.fromEntries([...response.headers].sort()),
    body: await response.text(),
  }
}

async function both(sent: Sent) {
  const bindings = { ...env, ...sent.bindings } as Bindings
  const run = async (
    fetch: (r: Request, e: Bindings, c: ExecutionContext) => Response | Promise<Response>,
  ) => {
    const ctx = createExecutionContext()
    const response = await fetch(await send(sent), bindings, ctx)
    await waitOnExecutionContext(ctx)
    return seen(response)
  }
  return { fast: await run(worker.fetch), routed: await run((r, e, c) => router.fetch(r, e, c)) }
}

const read = (groupId: string) =>
  JSON.stringify({ permission: 'interactions.conversations:read', resource: conv(groupId) })

const CASES: Record<string, Sent> = {
  'an allow': { body: read('boston') },
  'a deny': { body: read('ghost-group') },
  'a query string': { path: '/v1/check?x=1', body: read('boston') },
  'a percent-encoded path': { path: '/v1/%63heck', body: read('boston') },
  'a batch': {
    path: '/v1/check/batch',
    body: JSON.stringify({ checks: [JSON.parse(read('boston'))] }),
  },
  'a scope': {
    path: '/v1/scope',
    body: JSON.stringify({ permission: 'interactions.conversations:read' }),
  },
  'min version': { body: read('boston'), headers: { 'x-authz-min-version': '1' } },
  'full consistency': { body: read('boston'), headers: { 'x-authz-consistency': 'full' } },
  'a forged token': { body: read('boston'), headers: { 'x-authz-consistency': 'ct1.e30.AAAA' } },
  'a bad min version': { body: read('boston'), headers: { 'x-authz-min-version': 'soon' } },
  'a version not reached': { body: read('boston'), headers: { 'x-authz-min-version': '999999' } },
  'no token': { body: read('boston'), headers: { authorization: '' } },
  'a malformed Authorization': { body: read('boston'), headers: { authorization: 'Basic x' } },
  'a token that does not verify': {
    body: read('boston'),
    headers: { authorization: 'Bearer a.b.c' },
  },
  'no content type': { body: read('boston'), headers: { 'content-type': '' } },
  'invalid JSON': { body: '{"permission":' },
  'not UTF-8': { body: new Uint8Array([0x7b, 0xff, 0x7d]) },
  'a schema violation': { body: JSON.stringify({ permission: 5 }) },
  'an unknown permission': { body: JSON.stringify({ permission: 'nope.nothing:read' }) },
  'a body over 64 KiB': { body: ' '.repeat(65 * 1024) },
  'D1 and KV down, full consistency': {
    body: read('boston'),
    headers: { 'x-authz-consistency': 'full' },
    bindings: { DB: brokenD1, CACHE: brokenKV },
  },
}

describe('the decision fast path', () => {
  for (const [name, sent] of Object.entries(CASES)) {
    it(`answers ${name} as the router does`, async () => {
      const { fast, routed } = await both(sent)
      expect(fast).toEqual(routed)
      expect(fast.headers['x-request-id']).toBe('parity-1')
    })
  }

  it('covers every answer kind above: decisions and problems', async () => {
    const statuses = new Set<number>()
    for (const sent of Object.values(CASES)) statuses.add((await both(sent)).fast.status)
    expect([...statuses].sort()).toEqual([200, 400, 401, 409, 413, 415, 503])
  })

  it('gives a request without a sane X-Request-Id a new one, as the router does', async () => {
    for (const given of ['', 'has space', 'x'.repeat(129)]) {
      const { fast, routed } = await both({
        body: read('boston'),
        headers: { 'x-request-id': given },
      })
      for (const answer of [fast, routed])
        expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
      expect(fast.headers['x-request-id']).not.toBe(routed.headers['x-request-id'])
    }
  })

  it('takes the three decision endpoints, POST only, and leaves everything else to the router', async () => {
    const ctx = createExecutionContext()
    const taken = (method: string, path: string) =>
      decisionFastPath(new Request(BASE + path, { method }), env as Bindings, ctx) !== undefined
    for (const path of [
      '/v1/check',
      '/v1/check/batch',
      '/v1/scope',
      '/v1/check?a=b',
      '/v1/%63heck',
    ]) {
      expect(taken('POST', path), path).toBe(true)
    }
    for (const [method, path] of [
      ['GET', '/v1/check'],
      ['PUT', '/v1/scope'],
      ['POST', '/v1/check/'],
      ['POST', '/v1/checks'],
      ['POST', '/check'],
      ['POST', '/v1/me'],
      ['POST', '/v2/check'],
    ] as const) {
      expect(taken(method, path), `${method} ${path}`).toBe(false)
    }
    await waitOnExecutionContext(ctx)
  })
})
