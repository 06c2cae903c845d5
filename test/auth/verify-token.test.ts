/** JWKS by URL through jose's remote key set, with the fetch replaced to count and fail. */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { verifyToken } from '../../src/auth'
import { jwksKey } from '../../src/cache/keys'
import type { AuthConfig } from '../../src/env'
import { AppError } from '../../src/errors'
import { AUDIENCE, ISSUER, tokenFor } from '../helpers/tokens'

const configFor = (url: string): AuthConfig => ({
  issuer: ISSUER,
  audience: AUDIENCE,
  algorithms: ['ES256'],
  jwks: undefined,
  jwksUrl: new URL(url),
  development: false,
})

function depsWith(fetch: () => Promise<Response>) {
  const pending: Promise<unknown>[] = []
  return {
    deps: {
      kv: env.CACHE,
      now: Date.now,
      waitUntil: (p: Promise<unknown>) => pending.push(p),
      fetch,
    },
    settled: () => Promise.all(pending),
  }
}

describe('verifyToken with JWT_JWKS_URL', () => {
  it('fetches the key set once, caches verified tokens, and persists the set in KV', async () => {
    const url = `https://keys.test/${crypto.randomUUID()}/jwks.json`
    let fetches = 0
    const { deps, settled } = depsWith(async () => {
      fetches++
      return Response.json(JSON.parse(env.JWT_JWKS))
    })
    const token = await tokenFor('alice')
    const principal = await verifyToken(token, configFor(url), deps)
    expect(principal).toMatchObject({ tenantId: 'acme', userId: 'alice' })
    await verifyToken(await tokenFor('sam'), configFor(url), deps)
    await verifyToken(token, configFor(url), deps)
    expect(fetches).toBe(1)
    await settled()
    const stored = await env.CACHE.get<{ jwks: { keys: unknown[] } }>(jwksKey(url), 'json')
    expect(stored?.jwks.keys).toHaveLength(1)
  })

  it('a token with an unknown kid refetches the set (key rotation), after the cooldown', async () => {
    const url = `https://keys.test/${crypto.randomUUID()}/jwks.json`
    const current = JSON.parse(env.JWT_JWKS) as { keys: { kid: string }[] }
    // At first the endpoint serves an older key only; then the rotated set with today's key.
    const served = [{ keys: [{ ...current.keys[0]!, kid: 'old-key' }] }, current]
    let fetches = 0
    const fetch = async () => Response.json(served[Math.min(fetches++, 1)])
    const token = await tokenFor('alice')
    const cooling = depsWith(fetch).deps
    const deps = { ...cooling, jwksCooldownMs: 0 }
    const principal = await verifyToken(token, configFor(url), deps)
    expect(principal.userId).toBe('alice')
    expect(fetches).toBe(2)
    // With the default 30 s cooldown an unknown kid right after a fetch is refused, no refetch.
    const url2 = `https://keys.test/${crypto.randomUUID()}/jwks.json`
    fetches = 0
    const error = await verifyToken(token, configFor(url2), cooling).catch((e: unknown) => e)
    expect((error as AppError).code).toBe('invalid_token')
    expect(fetches).toBe(1)
  })

  it('a failing or non-200 JWKS endpoint is key_fetch_unavailable (503)', async () => {
    for (const fetch of [
      async () => {
        throw new TypeError('connection refused')
      },
      async () => new Response('down', { status: 502 }),
      async () => new Response('not json', { status: 200 }),
    ]) {
      const url = `https://keys.test/${crypto.randomUUID()}/jwks.json`
      const error = await verifyToken(
        await tokenFor('alice'),
        configFor(url),
        depsWith(fetch).deps,
      ).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).code).toBe('key_fetch_unavailable')
    }
  })
})
