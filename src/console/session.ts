/**
 * @module Console sessions (SPEC §10): a cookie `<payload>.<mac>`, the payload the base64url JSON
 * of the verified principal, the token's `exp` and a random nonce, the mac an HMAC-SHA256 under a
 * key derived from CONSISTENCY_SECRET for this purpose only (any secret of the list verifies, so
 * it rotates like the tokens). Nothing is stored: the cookie never outlives the token it was
 * exchanged for, and the CSRF token is a second mac over the nonce, so it is bound to the session.
 */
import { fromBase64url, toBase64url } from '../auth/base64url'
import { derivedHmacKeys, macOf, verifiedByAny } from '../auth/derived-keys'
import type { Principal } from '../env'
import { ID_PATTERN } from '../schemas'

export const SESSION_COOKIE = 'console_session'

export interface Session {
  readonly principal: Principal
  /** When the session ends, in seconds since the epoch: the token's `exp`. */
  readonly exp: number
  readonly nonce: string
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

const sessionKeys = (secret: string | undefined) =>
  derivedHmacKeys(secret, 'CONSISTENCY_SECRET', 'edge-authz console session v1')

const mac = async (secret: string | undefined, text: string): Promise<string> =>
  toBase64url(await macOf(await sessionKeys(secret), encoder.encode(text)))

/** A session for a verified principal until `exp`, with a fresh nonce. */
export function newSession(principal: Principal, exp: number): Session {
  return { principal, exp, nonce: toBase64url(crypto.getRandomValues(new Uint8Array(16))) }
}

/** The cookie value of a session, signed with the first secret. */
export async function sealSession(secret: string | undefined, session: Session): Promise<string> {
  const { tenantId, userId, scopes } = session.principal
  const json = JSON.stringify({
    t: tenantId,
    u: userId,
    s: [...scopes],
    e: session.exp,
    n: session.nonce,
  })
  const payload = toBase64url(encoder.encode(json))
  return `${payload}.${await mac(secret, `session.${payload}`)}`
}

interface Payload {
  readonly t: string
  readonly u: string
  readonly s: string[]
  readonly e: number
  readonly n: string
}

const isPayload = (value: unknown): value is Payload => {
  const p = value as Partial<Payload> | null
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.t === 'string' &&
    ID_PATTERN.test(p.t) &&
    typeof p.u === 'string' &&
    ID_PATTERN.test(p.u) &&
    Array.isArray(p.s) &&
    p.s.every((s) => typeof s === 'string') &&
    Number.isInteger(p.e) &&
    typeof p.n === 'string' &&
    /^[A-Za-z0-9_-]{22}$/.test(p.n)
  )
}

/**
 * The session of a cookie value: undefined when it is missing, malformed, not signed by one of the
 * secrets (checked with crypto.subtle.verify: constant time) or past its `exp` at `nowSeconds`.
 */
export async function openSession(
  secret: string | undefined,
  value: string | undefined,
  nowSeconds: number,
): Promise<Session | undefined> {
  const [payload, signature, extra] = (value ?? '').split('.')
  if (!payload || !signature || extra !== undefined) return undefined
  const macBytes = fromBase64url(signature)
  const bytes = fromBase64url(payload)
  if (!macBytes || !bytes) return undefined
  const signed = encoder.encode(`session.${payload}`)
  if (!(await verifiedByAny(await sessionKeys(secret), macBytes, signed))) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(decoder.decode(bytes))
  } catch {
    return undefined
  }
  if (!isPayload(parsed) || parsed.e <= nowSeconds) return undefined
  return {
    principal: { tenantId: parsed.t, userId: parsed.u, scopes: new Set(parsed.s) },
    exp: parsed.e,
    nonce: parsed.n,
  }
}

/** The session's CSRF token: forms carry it as `_csrf`, htmx as `X-CSRF-Token`. */
export const csrfToken = (secret: string | undefined, session: Session): Promise<string> =>
  mac(secret, `csrf.${session.nonce}`)
