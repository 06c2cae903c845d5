/**
 * The push channel (SPEC §8): the tenant's object sends its version once on connect and after
 * every committed change, never a lower one, also after hibernation; decisions never call it.
 */
import { evictDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it } from 'vitest'
import { signWebhook } from '../../src/auth/webhook-signature'
import { consistencyTokens } from '../../src/decide/consistency-token'
import type { Bindings } from '../../src/env'
import { call } from '../helpers/http'
import { openSocket, ticketFor, type PushSocket } from '../helpers/push'
import { seedOrg, versionOf } from '../helpers/seed'
import { tokenFor } from '../helpers/tokens'
import { fetchWith } from '../helpers/worker'

const open: PushSocket[] = []
afterEach(() => {
  for (const socket of open.splice(0)) socket.close()
})

/** A fresh tenant (boss, lead, viewer) with one socket open as `viewer`, past its first message. */
async function connected() {
  const tenant = await seedOrg([
    { id: 'viewer', name: 'Viewer', roleId: 'read_only', homeGroupId: 'l1' },
  ])
  const as = (user: string) => ({ user, tokenOptions: { tenant } })
  const socket = await openSocket(await ticketFor(as('viewer')))
  open.push(socket)
  const first = await socket.waitFor(() => true)
  return { tenant, as, socket, first }
}

/** An admin write through HTTP; returns the version it committed. */
async function write(
  as: (user: string) => object,
  addons: Record<string, boolean> = { audio: false },
) {
  const res = await call('PUT', '/v1/users/viewer/access', { addons }, as('boss'))
  expect(res.status, await res.clone().text()).toBe(200)
  return ((await res.json()) as { version: number }).version
}

const versions = (socket: PushSocket) => socket.messages.map((m) => m.version)
const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!)

describe('version messages', () => {
  it('on connect: the current version, with a consistency token that verifies', async () => {
    const { tenant, first, socket } = await connected()
    expect(first).toEqual({
      type: 'version',
      version: await versionOf(tenant),
      consistency: expect.any(String),
    })
    const claim = await consistencyTokens(env.CONSISTENCY_SECRET).verify(first.consistency)
    expect(claim).toMatchObject({ tenant, version: first.version })
    expect(socket.messages).toHaveLength(1)
  })

  it('within 1 s of an admin write, to every socket of the tenant', async () => {
    const { tenant, as, socket, first } = await connected()
    const boss = await openSocket(await ticketFor(as('boss')))
    open.push(boss)
    await boss.waitFor(() => true)
    const version = await write(as)
    expect(version).toBe(first.version + 1)
    const pushed = await socket.waitFor((m) => m.version === version)
    expect(
      await consistencyTokens(env.CONSISTENCY_SECRET).verify(pushed.consistency),
    ).toMatchObject({ tenant, version })
    await boss.waitFor((m) => m.version === version)
  })

  it('after the signed invalidation webhook', async () => {
    const { tenant, socket, first } = await connected()
    const raw = JSON.stringify({ tenant, scope: 'tenant' })
    const signature = await signWebhook(
      'test-secret-new',
      Math.floor(Date.now() / 1000),
      new TextEncoder().encode(raw),
    )
    const res = await call('POST', '/v1/webhooks/invalidate', undefined, {
      token: null,
      rawBody: raw,
      headers: { 'x-authz-signature': signature },
    })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ version: first.version + 1 })
    await socket.waitFor((m) => m.version === first.version + 1)
  })

  it('a burst ends with the latest version, and versions never go down', async () => {
    const { tenant, as, socket } = await connected()
    let last = 0
    for (let i = 0; i < 6; i++) last = await write(as, { audio: i % 2 === 0 })
    await socket.waitFor((m) => m.version === last)
    // A late or repeated notification of an older version sends nothing.
    await env.EVENTS.getByName(tenant).notify(tenant, last - 3)
    await env.EVENTS.getByName(tenant).notify(tenant, last)
    const next = await write(as)
    await socket.waitFor((m) => m.version === next)
    expect(increasing(versions(socket))).toBe(true)
    expect(versions(socket).at(-1)).toBe(next)
  })

  it('a socket opened later starts at the newest version, even one D1 has not reached', async () => {
    const { tenant, as } = await connected()
    const current = await versionOf(tenant)
    // The object keeps the newest version it was told; it never answers below it.
    await env.EVENTS.getByName(tenant).notify(tenant, current + 5)
    const late = await openSocket(await ticketFor(as('boss')))
    open.push(late)
    expect((await late.waitFor(() => true)).version).toBe(current + 5)
  })

  it('reaches a socket after the object was evicted (hibernation)', async () => {
    const { tenant, as, socket } = await connected()
    await evictDurableObject(env.EVENTS.getByName(tenant))
    expect(socket.ws.readyState).toBe(WebSocket.OPEN)
    const version = await write(as)
    await socket.waitFor((m) => m.version === version)
    expect(increasing(versions(socket))).toBe(true)
  })
})

/** A namespace that records what is asked of it, or fails every call. */
function fakeEvents(fail: boolean) {
  const calls: string[] = []
  const namespace = {
    getByName(name: string) {
      calls.push(`getByName ${name}`)
      if (fail) throw new Error('push is down (injected)')
      return { notify: async () => undefined }
    },
    idFromName() {
      calls.push('idFromName')
      throw new Error('push is down (injected)')
    },
    get() {
      calls.push('get')
      throw new Error('push is down (injected)')
    },
  } as unknown as Bindings['EVENTS']
  return { namespace, calls }
}

const request = async (
  method: string,
  path: string,
  user: string,
  tenant: string,
  body?: unknown,
) =>
  new Request(`http://authz.test${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenFor(user, { tenant })}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

describe('who calls the object', () => {
  it('decisions never do, even when it is down', async () => {
    const { tenant } = await connected()
    const { namespace, calls } = fakeEvents(true)
    const permission = 'interactions.conversations:read'
    const decisions = [
      await request('POST', '/v1/check', 'viewer', tenant, { permission }),
      await request('POST', '/v1/check/batch', 'viewer', tenant, { checks: [{ permission }] }),
      await request('POST', '/v1/scope', 'viewer', tenant, { permission }),
      await request('GET', '/v1/me', 'viewer', tenant),
      await request('GET', '/v1/catalog', 'viewer', tenant),
    ]
    for (const req of decisions) {
      const res = await fetchWith({ EVENTS: namespace }, req)
      expect(res.status, `${req.method} ${req.url}`).toBe(200)
    }
    expect(calls).toEqual([])
  })

  it('an admin write does once, after it commits; when the object is down the write stands', async () => {
    const { tenant } = await connected()
    const spy = fakeEvents(false)
    const access = { addons: { audio: true } }
    const ok = await fetchWith(
      { EVENTS: spy.namespace },
      await request('PUT', '/v1/users/viewer/access', 'boss', tenant, access),
    )
    expect(ok.status).toBe(200)
    expect(spy.calls).toEqual([`getByName ${tenant}`])
    const down = fakeEvents(true)
    const before = await versionOf(tenant)
    const res = await fetchWith(
      { EVENTS: down.namespace },
      await request('PUT', '/v1/users/viewer/access', 'boss', tenant, { addons: { audio: false } }),
    )
    expect(res.status).toBe(200)
    expect(((await res.json()) as { version: number }).version).toBe(before + 1)
    expect(await versionOf(tenant)).toBe(before + 1)
  })
})
