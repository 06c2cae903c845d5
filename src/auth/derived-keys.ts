/**
 * @module HMAC keys derived (HKDF-SHA256) from a comma-separated secret variable, one per secret
 * (the first signs, any verifies), each purpose with its own `info` so a mac made for one purpose
 * (a push ticket, a console session) can never stand for another's.
 */
import { secretList } from '../env'

const encoder = new TextEncoder()
const cache = new Map<string, Promise<CryptoKey[]>>()

/** The keys for `purpose` of a secret variable's value; 500 `misconfigured` naming it when empty. */
export function derivedHmacKeys(
  value: string | undefined,
  variable: string,
  purpose: string,
): Promise<CryptoKey[]> {
  const raw = value ?? ''
  const secrets = secretList(raw, variable)
  const id = `${purpose}\u0000${raw}`
  let keys = cache.get(id)
  if (!keys) {
    keys = Promise.all(
      secrets.map(async (each) =>
        crypto.subtle.deriveKey(
          { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(purpose) },
          await crypto.subtle.importKey('raw', encoder.encode(each), 'HKDF', false, ['deriveKey']),
          { name: 'HMAC', hash: 'SHA-256', length: 256 },
          false,
          ['sign', 'verify'],
        ),
      ),
    )
    cache.set(id, keys)
  }
  return keys
}
