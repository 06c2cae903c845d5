/**
 * @module Webhook signatures (SPEC §6): `X-Authz-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret,
 * t + "." + raw body)>`, any of several secrets, compared in constant time, 300 s replay window.
 */
import { AppError } from '../errors'

export const REPLAY_WINDOW_SECONDS = 300

const encoder = new TextEncoder()

const hexToBytes = (hex: string): Uint8Array | undefined => {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return undefined
  return Uint8Array.from(hex.match(/../g)!, (byte) => parseInt(byte, 16))
}

async function hmac(secret: string, t: string, body: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const prefix = encoder.encode(`${t}.`)
  const message = new Uint8Array(prefix.length + body.length)
  message.set(prefix)
  message.set(body, prefix.length)
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, message))
}

/** Signs a body as a sender would (tests, tooling). */
export async function signWebhook(secret: string, t: number, body: Uint8Array): Promise<string> {
  const mac = await hmac(secret, String(t), body)
  return `t=${t},v1=${[...mac].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}

/**
 * Accepts the request only when one `v1` matches one secret for a fresh `t`; otherwise throws
 * 401 `invalid_signature`. The reason stays in the logs, not on the wire.
 */
export async function verifyWebhookSignature(
  header: string | undefined,
  body: Uint8Array,
  secrets: readonly string[],
  nowSeconds: number,
): Promise<void> {
  const refuse = (why: string): never => {
    console.warn(JSON.stringify({ event: 'webhook_refused', why }))
    throw new AppError('invalid_signature')
  }
  if (!header) return refuse('no signature header')
  const fields = header.split(',').map((f) => f.trim().split('='))
  const t = fields.find(([k]) => k === 't')?.[1]
  const candidates = fields.filter(([k]) => k === 'v1').map(([, v]) => hexToBytes(v ?? ''))
  if (!t || !/^\d{1,12}$/.test(t)) return refuse('no timestamp')
  if (Math.abs(nowSeconds - Number(t)) > REPLAY_WINDOW_SECONDS) return refuse('stale timestamp')
  let matched = false
  for (const secret of secrets) {
    const expected = await hmac(secret, t, body)
    for (const given of candidates) {
      // Every pair is compared in full: the time taken does not depend on where bytes differ.
      if (
        given &&
        given.length === expected.length &&
        crypto.subtle.timingSafeEqual(given, expected)
      ) {
        matched = true
      }
    }
  }
  if (!matched) refuse('no matching signature')
}
