// The typed client against the real worker over HTTP: Decider answers equal to the raw HTTP ones,
// problems as values, retries of 503 only (honouring Retry-After), consistency carried from a
// write to later reads, and generated types that match the served document.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAuthzClient } from '../../clients/ts/src'
import { CLIENT_TYPES_FILE, generateClientTypes } from '../../scripts/client-types'
import { startAuthzWorker, type AuthzWorker } from '../harness/authz-worker'

let worker: AuthzWorker
beforeAll(async () => {
  worker = await startAuthzWorker()
})
afterAll(() => worker?.dispose())

const read = { permission: 'interactions.conversations:read' }
const inGroup = (groupId: string) => ({
  ...read,
  resource: { type: 'conversation', id: 'c1', groupId },
})

/** A fetch that records each request's method, path and consistency header. */
function recording() {
  const seen: { method: string; path: string; consistency: string | null; status: number }[] = []
  const fetchAndRecord = async (request: Request) => {
    const response = await fetch(request)
    seen.push({
      method: request.method,
      path: new URL(request.url).pathname,
      consistency: request.headers.get('x-authz-consistency'),
      status: response.status,
    })
    return response
  }
  return { seen, fetch: fetchAndRecord }
}

describe('the typed client', () => {
  it('answers what HTTP answers, with the consistency token', async () => {
    const client = createAuthzClient({ baseUrl: worker.url })
    const mike = await worker.tokenFor('mike')
    const raw = await fetch(`${worker.url}/v1/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mike}`, 'content-type': 'application/json' },
      body: JSON.stringify(inGroup('nyc')),
    })
    expect(await client.check(mike, inGroup('nyc'))).toEqual({
      ok: true,
      value: await raw.json(),
      consistency: raw.headers.get('x-authz-consistency'),
    })
    const batch = await client.checkBatch(mike, { checks: [inGroup('nyc'), inGroup('boston')] })
    expect(batch.ok && batch.value.results.map((r) => r.allowed)).toEqual([false, true])
    const scope = await client.scope(mike, read)
    expect(scope.ok && scope.value).toMatchObject({ kind: 'filter', groupIds: ['east', 'boston'] })
    const me = await client.me(mike)
    expect(me.ok && me.value.user.id).toBe('mike')
  })

  it('returns problems as values', async () => {
    const client = createAuthzClient({ baseUrl: worker.url })
    const mike = await worker.tokenFor('mike')
    expect(await client.check(mike, { permission: 'no.such:perm' })).toMatchObject({
      ok: false,
      problem: { status: 400, code: 'unknown_permission' },
    })
    expect(await client.check('not-a-token', read)).toMatchObject({
      ok: false,
      problem: { status: 401, code: 'invalid_token' },
    })
  })

  it('retries a 503 only when it carries Retry-After, and nothing else', async () => {
    const mike = await worker.tokenFor('mike')
    const faulty = (status: number, headers: Record<string, string>, failures: number) => {
      let calls = 0
      return {
        calls: () => calls,
        fetch: async (request: Request) => {
          calls++
          if (calls <= failures) return new Response('{}', { status, headers })
          return fetch(request)
        },
      }
    }
    const cases: [number, Record<string, string>, number, boolean][] = [
      [503, { 'retry-after': '0' }, 2, true], // two retries, then the real answer
      [503, { 'retry-after': '0' }, 1, true],
      [503, {}, 1, false], // no Retry-After: not retried
      [503, { 'retry-after': '3600' }, 1, false], // longer than the client waits
      [500, { 'retry-after': '0' }, 1, false],
      [429, { 'retry-after': '0' }, 1, false],
    ]
    for (const [status, headers, failures, recovers] of cases) {
      const transport = faulty(status, headers, failures)
      const client = createAuthzClient({ baseUrl: worker.url, fetch: transport.fetch })
      const result = await client.check(mike, read)
      const label = `${status} ${JSON.stringify(headers)} ×${failures}`
      expect(result.ok, label).toBe(recovers)
      expect(transport.calls(), label).toBe(recovers ? failures + 1 : 1)
    }
  })

  it('carries the token of a write to later decisions of the same tenant', async () => {
    const { seen, fetch: record } = recording()
    const client = createAuthzClient({ baseUrl: worker.url, fetch: record })
    const alice = await worker.tokenFor('alice')
    const write = await client.api.PUT('/v1/users/{id}/access', {
      params: { path: { id: 'sid' } },
      body: { addons: { audio: false } },
      headers: { authorization: `Bearer ${alice}` },
    })
    expect(write.response.status).toBe(200)
    const token = write.response.headers.get('x-authz-consistency')!
    expect(client.consistencyFor(alice)).toBe(token)
    const sid = await client.check(await worker.tokenFor('sid'), {
      permission: 'interactions.audio:listen',
    })
    expect(sid).toMatchObject({ ok: true, value: { allowed: false, reason: 'addon_required' } })
    expect(seen.at(-1)).toMatchObject({ path: '/v1/check', consistency: token })
    // Another tenant's reads do not carry acme's token.
    await client.check(await worker.tokenFor('gina', 'globex'), read)
    expect(seen.at(-1)).toMatchObject({ path: '/v1/check', consistency: null })
  })
})

describe('generated types', () => {
  it('match the document the worker serves (npm run client:types regenerates them)', async () => {
    const document = (await (await fetch(`${worker.url}/openapi.json`)).json()) as object
    expect(readFileSync(CLIENT_TYPES_FILE, 'utf8')).toBe(await generateClientTypes(document))
  })
})
