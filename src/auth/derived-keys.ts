/**
 * @module HMAC keys of a comma-separated secret variable (the first signs, any verifies, so a
 * secret can rotate): derived (HKDF-SHA256) per purpose with its own `info`, so a mac made for one
 * purpose (a push ticket, a console session) can never stand for another's; and the sign and
 * verify-with-any every signed value of this service uses.
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

/** The HMAC of `data` under the first key (the one that signs), as bytes. */
export async function macOf(keys: readonly CryptoKey[], data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', keys[0]!, data))
}

/** Whether one of the keys made `mac` over `data` (crypto.subtle.verify: constant time). */
export async function verifiedByAny(
  keys: readonly CryptoKey[],
  mac: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  for (const key of keys) if (await crypto.subtle.verify('HMAC', key, mac, data)) return true
  return false
}
