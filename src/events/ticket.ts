/**
 * @module Push tickets (SPEC §8): `<tenant id>.<nonce>.<mac>`, the nonce 128 random bits and the
 * mac an HMAC-SHA256 of tenant and nonce (both base64url) under a key derived from
 * CONSISTENCY_SECRET (HKDF; any secret of the list verifies). The worker checks the mac before it
 * routes the upgrade to the tenant's object, so forged tickets wake no object; the object accepts
 * only tickets it issued itself, once, within 60 s, and stores a digest of the nonce.
 * Also what the worker and the object say to each other about a refused ticket.
 */
import { fromBase64url, toBase64url } from '../auth/base64url'
import { derivedHmacKeys, macOf, verifiedByAny } from '../auth/derived-keys'
import { ID_PATTERN } from '../schemas'

/** How long a ticket may wait for its upgrade. */
export const TICKET_TTL_MS = 60_000

const NONCE_PATTERN = /^[A-Za-z0-9_-]{22}$/
const MAC_PATTERN = /^[A-Za-z0-9_-]{43}$/
const encoder = new TextEncoder()

export interface Ticket {
  readonly tenant: string
  readonly nonce: string
  readonly mac: string
}

/** Why a ticket is refused: the `reason` of a 401 `invalid_ticket`. */
export type TicketRefusal = 'missing' | 'malformed' | 'unknown' | 'used' | 'expired'

/** The ticket keys of a CONSISTENCY_SECRET value: one per secret, the first signs. */
const ticketKeys = (secret: string | undefined) =>
  derivedHmacKeys(secret, 'CONSISTENCY_SECRET', 'edge-authz push ticket v1')

const signed = (tenant: string, nonce: string) => encoder.encode(`${tenant}.${nonce}`)

/** The ticket of a tenant and nonce, signed with the first secret. */
export async function signTicket(
  secret: string | undefined,
  tenant: string,
  nonce: string,
): Promise<Ticket> {
  const mac = await macOf(await ticketKeys(secret), signed(tenant, nonce))
  return { tenant, nonce, mac: toBase64url(mac) }
}

/** A new ticket for the tenant; 500 `misconfigured` when CONSISTENCY_SECRET is unset. */
export const newTicket = (secret: string | undefined, tenant: string): Promise<Ticket> =>
  signTicket(secret, tenant, toBase64url(crypto.getRandomValues(new Uint8Array(16))))

export const formatTicket = (t: Ticket): string => `${t.tenant}.${t.nonce}.${t.mac}`

/** The parts of a well-formed ticket; undefined for anything else. */
export function parseTicket(raw: string): Ticket | undefined {
  // Tenant ids may hold dots; nonce and mac never do.
  const parts = raw.split('.')
  const mac = parts.pop() ?? ''
  const nonce = parts.pop() ?? ''
  const tenant = parts.join('.')
  if (!ID_PATTERN.test(tenant) || !NONCE_PATTERN.test(nonce) || !MAC_PATTERN.test(mac)) {
    return undefined
  }
  return { tenant, nonce, mac }
}

/** Whether one of the secrets made the ticket's mac (crypto.subtle.verify: constant time). */
export async function verifyTicket(secret: string | undefined, ticket: Ticket): Promise<boolean> {
  const mac = fromBase64url(ticket.mac)
  if (!mac) return false
  return verifiedByAny(await ticketKeys(secret), mac, signed(ticket.tenant, ticket.nonce))
}

/** What the object stores for a ticket: the SHA-256 of its nonce, in base64url. */
export async function ticketDigest(ticket: Ticket): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(ticket.nonce))
  return toBase64url(new Uint8Array(digest))
}

/** The object's answer to an upgrade whose ticket it refuses (before any WebSocket exists). */
export const refusedUpgrade = (reason: TicketRefusal): Response =>
  Response.json({ refused: reason }, { status: 401 })

/** The reason in the object's refusal; `unknown` when the answer is not one. */
export async function refusalOf(response: Response): Promise<TicketRefusal> {
  const body = (await response.json().catch(() => null)) as { refused?: unknown } | null
  const reason = body?.refused
  return reason === 'malformed' || reason === 'used' || reason === 'expired' ? reason : 'unknown'
}
