/**
 * @module Consistency tokens (SPEC §8): the tenant, the version and (with D1 read replication)
 * the D1 Sessions bookmark an answer or a write stands at, signed with HMAC-SHA256.
 *
 * `ct1.<base64url JSON [tenant, version, bookmark|null]>.<base64url HMAC>`; the first secret of
 * CONSISTENCY_SECRET signs, any of them verifies (rotation). Tokens are deterministic, so both
 * directions are memoized per isolate: a warm decision signs nothing.
 */
import { MemoryCache, MiB, stringBytes } from '../cache/memory'
import { fromBase64url, toBase64url } from '../auth/base64url'
import { macOf, verifiedByAny } from '../auth/derived-keys'
import { secretList } from '../env'

export interface ConsistencyClaim {
  readonly tenant: string
  readonly version: number
  /** The D1 Sessions bookmark of the data, when known. */
  readonly bookmark?: string | undefined
}

export interface ConsistencyTokens {
  sign(claim: ConsistencyClaim): Promise<string>
  /** The claim of a token signed by one of the secrets; undefined for anything else. */
  verify(token: string): Promise<ConsistencyClaim | undefined>
}

const PREFIX = 'ct1'
const MAX_TOKEN_LENGTH = 1024
const encoder = new TextEncoder()

function parseClaim(payload: Uint8Array): ConsistencyClaim | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(payload))
    if (!Array.isArray(value) || value.length !== 3) return undefined
    const [tenant, version, bookmark] = value as unknown[]
    if (typeof tenant !== 'string' || !Number.isSafeInteger(version) || (version as number) < 0)
      return undefined
    if (bookmark !== null && typeof bookmark !== 'string') return undefined
    return { tenant, version: version as number, bookmark: bookmark ?? undefined }
  } catch {
    return undefined
  }
}

const importKey = (secret: string) =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ])

/** Signer and verifier for a CONSISTENCY_SECRET value (comma-separated; the first signs). */
function createTokens(secrets: readonly string[]): ConsistencyTokens {
  const keys = Promise.all(secrets.map(importKey))
  const sizeOf = (value: unknown, key: string) => 2 * stringBytes(key) + 64
  const signed = new MemoryCache<string>({ maxBytes: 2 * MiB, sizeOf })
  const verified = new MemoryCache<ConsistencyClaim | null>({ maxBytes: 2 * MiB, sizeOf })
  return {
    async sign(claim) {
      const memo = `${claim.tenant}\u0000${claim.version}\u0000${claim.bookmark ?? ''}`
      const known = signed.get(memo)
      if (known) return known
      const body = [claim.tenant, claim.version, claim.bookmark ?? null]
      const payload = toBase64url(encoder.encode(JSON.stringify(body)))
      const mac = await macOf(await keys, encoder.encode(payload))
      const token = `${PREFIX}.${payload}.${toBase64url(mac)}`
      signed.set(memo, token)
      return token
    },
    async verify(token) {
      const known = verified.get(token)
      if (known !== undefined) return known ?? undefined
      let claim: ConsistencyClaim | undefined
      const [prefix, payload, mac, ...rest] =
        token.length <= MAX_TOKEN_LENGTH ? token.split('.') : []
      const macBytes = fromBase64url(mac ?? '')
      const payloadBytes = fromBase64url(payload ?? '')
      if (
        prefix === PREFIX &&
        rest.length === 0 &&
        macBytes &&
        payloadBytes &&
        payload &&
        (await verifiedByAny(await keys, macBytes, encoder.encode(payload)))
      ) {
        claim = parseClaim(payloadBytes)
      }
      verified.set(token, claim ?? null)
      return claim
    },
  }
}

const bySecret = new Map<string, ConsistencyTokens>()

/** The tokens of a CONSISTENCY_SECRET value; 500 `misconfigured` naming it when unset. */
export function consistencyTokens(secret: string | undefined): ConsistencyTokens {
  const raw = secret ?? ''
  let tokens = bySecret.get(raw)
  if (!tokens) {
    tokens = createTokens(secretList(raw, 'CONSISTENCY_SECRET'))
    bySecret.set(raw, tokens)
  }
  return tokens
}
