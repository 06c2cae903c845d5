/**
 * Push tickets (SPEC §8): POST /v1/events/ticket needs the bearer token of an active user; the
 * upgrade needs nothing but a ticket, accepted once, within 60 s, by its own tenant's object.
 */
import { listDurableObjectIds, runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import {
  formatTicket,
  parseTicket,
  signTicket,
  TICKET_TTL_MS,
  ticketDigest,
} from '../../src/events/ticket'
import { TicketStore } from '../../src/events/ticket-store'
import { call, expectProblem } from '../helpers/http'
import { openSocket, ticketFor, upgrade } from '../helpers/push'
import { seedOrg } from '../helpers/seed'

async function fresh() {
  const tenant = await seedOrg([
    { id: 'viewer', name: 'Viewer', roleId: 'read_only', homeGroupId: 'l1' },
    { id: 'gone', name: 'Gone', roleId: 'read_only', homeGroupId: 'l1', status: 'disabled' },
  ])
  return { tenant, as: (user: string) => ({ user, tokenOptions: { tenant } }) }
}

/** Expects 401 `invalid_ticket` with `reason`, refused before any upgrade. */
async function expectRefused(res: Response, reason: string) {
  expect(res.webSocket).toBeNull()
  const problem = await expectProblem(res, 401, 'invalid_ticket')
  expect(problem.reason).toBe(reason)
  expect(res.headers.get('www-authenticate')).toMatch(/^Ticket /)
  expect(res.headers.get('cache-control')).toBe('no-store')
}

/**
 * Moves a ticket's issue `ms` into the past in its object's storage: time is controlled, not
 * waited for.
 */
async function issuedAgo(ticket: string, ms: number) {
  const parsed = parseTicket(ticket)!
  const digest = await ticketDigest(parsed)
  await runInDurableObject(env.EVENTS.getByName(parsed.tenant), (_, state) => {
    const at = Date.now() - ms
    state.storage.sql.exec(
      'UPDATE tickets SET expires_at = ? WHERE digest = ?',
      at + TICKET_TTL_MS,
      digest,
    )
  })
}

/** A ticket's nonce under another tenant: renamed (its mac no longer fits) or signed anew. */
const underTenant = async (ticket: string, tenant: string, resign: boolean) => {
  const parsed = parseTicket(ticket)!
  return formatTicket(
    resign ? await signTicket(env.CONSISTENCY_SECRET, tenant, parsed.nonce) : { ...parsed, tenant },
  )
}

describe('POST /v1/events/ticket', () => {
  it('answers 201 with a ticket that routes to the tenant and expires in 60 s, never stored', async () => {
    const { tenant, as } = await fresh()
    const before = Date.now()
    const res = await call('POST', '/v1/events/ticket', undefined, as('viewer'))
    expect(res.status).toBe(201)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = (await res.json()) as { ticket: string; expiresAt: number }
    expect(body.ticket.startsWith(`${tenant}.`)).toBe(true)
    expect(body.expiresAt).toBeGreaterThanOrEqual(before + TICKET_TTL_MS)
    expect(body.expiresAt).toBeLessThanOrEqual(Date.now() + TICKET_TTL_MS)
  })

  it('needs a bearer token', async () => {
    const res = await call('POST', '/v1/events/ticket', undefined, { token: null })
    await expectProblem(res, 401, 'unauthenticated')
  })

  it('is 403 for a user the tenant does not know, or has deactivated', async () => {
    const { as } = await fresh()
    await expectProblem(
      await call('POST', '/v1/events/ticket', undefined, as('nobody')),
      403,
      'unknown_user',
    )
    const problem = await expectProblem(
      await call('POST', '/v1/events/ticket', undefined, as('gone')),
      403,
      'forbidden',
    )
    expect(problem.reason).toBe('user_disabled')
  })

  it('other methods are 405 with Allow', async () => {
    const { as } = await fresh()
    const res = await call('GET', '/v1/events/ticket', undefined, as('viewer'))
    await expectProblem(res, 405, 'method_not_allowed')
    expect(res.headers.get('allow')).toBe('POST')
  })
})

describe('GET /v1/events', () => {
  it('accepts a ticket once, with no bearer token; the second upgrade is 401 `used`', async () => {
    const { as } = await fresh()
    const ticket = await ticketFor(as('viewer'))
    const socket = await openSocket(ticket)
    await socket.waitFor(() => true)
    await expectRefused(await upgrade(ticket), 'used')
    socket.close()
  })

  it('refuses a ticket 60 s after its issue (`expired`), and accepts it just before', async () => {
    const { as } = await fresh()
    const ticket = await ticketFor(as('viewer'))
    await issuedAgo(ticket, TICKET_TTL_MS)
    await expectRefused(await upgrade(ticket), 'expired')
    const other = await ticketFor(as('viewer'))
    await issuedAgo(other, TICKET_TTL_MS - 1000)
    const socket = await openSocket(other)
    socket.close()
  })

  it('the store: valid until issue + 60 s, single use, for its own tenant, checks change nothing', async () => {
    const { tenant } = await fresh()
    await runInDurableObject(env.EVENTS.getByName(tenant), (_, state) => {
      const store = new TicketStore(state.storage.sql)
      const at = 1_000_000
      expect(store.add('d1', tenant, 'viewer', at)).toBe(at + TICKET_TTL_MS)
      expect(store.inspect('d1', 'other', at)).toEqual({ refused: 'unknown' })
      expect(store.inspect('d2', tenant, at)).toEqual({ refused: 'unknown' })
      expect(store.inspect('d1', tenant, at + TICKET_TTL_MS)).toEqual({ refused: 'expired' })
      expect(store.inspect('d1', tenant, at + TICKET_TTL_MS - 1)).toEqual({ userId: 'viewer' })
      expect(store.redeem('d1', tenant, at + TICKET_TTL_MS)).toEqual({ refused: 'expired' })
      expect(store.redeem('d1', tenant, at + 1)).toEqual({ userId: 'viewer' })
      expect(store.redeem('d1', tenant, at + 2)).toEqual({ refused: 'used' })
      // Rows are forgotten one TTL after they expire, when the next ticket is issued.
      store.add('d3', tenant, 'viewer', at + 2 * TICKET_TTL_MS)
      expect(store.inspect('d1', tenant, at + 2 * TICKET_TTL_MS)).toEqual({ refused: 'unknown' })
    })
  })

  it('refuses a ticket for another tenant (`unknown`), renamed or even signed for it', async () => {
    const a = await fresh()
    const b = await fresh()
    const ticket = await ticketFor(a.as('viewer'))
    // Renamed: the mac no longer fits, refused before any object is asked.
    await expectRefused(await upgrade(await underTenant(ticket, b.tenant, false)), 'unknown')
    // Signed for B (as only the service can): B's object never issued that nonce.
    await expectRefused(await upgrade(await underTenant(ticket, b.tenant, true)), 'unknown')
    // Refusing it changed nothing: the ticket still works where it belongs.
    const socket = await openSocket(ticket)
    socket.close()
  })

  it('refuses unknown, forged, garbled and missing tickets before any upgrade', async () => {
    const { tenant, as } = await fresh()
    const ticket = await ticketFor(as('viewer'))
    const nonce = 'A'.repeat(22)
    const mac = 'A'.repeat(43)
    // Well formed, but no secret of the service made the mac.
    await expectRefused(await upgrade(`${tenant}.${nonce}.${mac}`), 'unknown')
    const nowhere = `t-no-such-${crypto.randomUUID().slice(0, 8)}`
    await expectRefused(await upgrade(`${nowhere}.${nonce}.${mac}`), 'unknown')
    // A forged ticket woke no object: none exists under that name.
    const ids = (await listDurableObjectIds(env.EVENTS)).map(String)
    expect(ids).not.toContain(String(env.EVENTS.idFromName(nowhere)))
    expect(ids).toContain(String(env.EVENTS.idFromName(tenant)))
    // Signed by the service, but never issued by the tenant's object.
    const unissued = await signTicket(env.CONSISTENCY_SECRET, tenant, nonce)
    await expectRefused(await upgrade(formatTicket(unissued)), 'unknown')
    for (const garbled of [
      'garbage',
      `${tenant}.`,
      `${tenant}.${nonce}`,
      `.${nonce}.${mac}`,
      `${ticket}x`,
      ticket.slice(0, -1),
      `${tenant}.${nonce}.${'A'.repeat(42)}=`,
      `${tenant}/x.${nonce}.${mac}`,
    ]) {
      await expectRefused(await upgrade(garbled), 'malformed')
    }
    await expectRefused(await upgrade(undefined), 'missing')
    await expectRefused(await upgrade(''), 'missing')
  })

  it('a request that is not a WebSocket upgrade is 426 and leaves the ticket unused', async () => {
    const { as } = await fresh()
    const ticket = await ticketFor(as('viewer'))
    const res = await call('GET', `/v1/events?ticket=${encodeURIComponent(ticket)}`, undefined, {
      token: null,
    })
    await expectProblem(res, 426, 'upgrade_required')
    const socket = await openSocket(ticket)
    socket.close()
  })

  it('other methods are 405 with Allow (after the bearer token, as under /v1)', async () => {
    const { as } = await fresh()
    const res = await call('POST', '/v1/events', undefined, as('viewer'))
    await expectProblem(res, 405, 'method_not_allowed')
    expect(res.headers.get('allow')).toBe('GET')
  })
})
