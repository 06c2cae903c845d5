/** SPEC §6 tokens: every bad token is a 401 with RFC 6750 error="invalid_token", never a 500. */
import { env } from 'cloudflare:workers'
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { call, checkAs, expectProblem } from '../helpers/http'
import { AUDIENCE, ISSUER, tokenFor } from '../helpers/tokens'
import { fetchWith } from '../helpers/worker'
import { seedDemoTenants } from '../helpers/seed'

beforeAll(seedDemoTenants)

const b64url = (value: unknown) =>
  btoa(typeof value === 'string' ? value : JSON.stringify(value))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')

const now = () => Math.floor(Date.now() / 1000)
const claims = () => ({
  sub: 'alice',
  org_id: 'acme',
  iss: ISSUER,
  aud: AUDIENCE,
  exp: now() + 300,
})
const signingJwk = () => JSON.parse(env.TEST_SIGNING_JWK) as JWK

async function signed(payload: Record<string, unknown>, header: Record<string, unknown> = {}) {
  const key = await importJWK(signingJwk(), 'ES256')
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'ES256', kid: signingJwk().kid!, ...header })
    .sign(key)
}

async function expectInvalidToken(token: string) {
  const res = await call('POST', '/v1/check', { permission: 'profile.preferences:read' }, { token })
  await expectProblem(res, 401, 'invalid_token')
  expect(res.headers.get('www-authenticate')).toBe('Bearer realm="authz", error="invalid_token"')
}

describe('bearer tokens', () => {
  it('a valid token is accepted', async () => {
    expect(await checkAs('alice', 'profile.preferences:read')).toMatchObject({ allowed: true })
  })

  it('a missing token is 401 with a bare Bearer challenge', async () => {
    const res = await call('GET', '/v1/me', undefined, { token: null })
    await expectProblem(res, 401, 'unauthenticated')
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="authz"')
  })

  it('a non-Bearer Authorization header is invalid', async () => {
    const res = await call('GET', '/v1/me', undefined, {
      headers: { authorization: 'Basic YWxpY2U6eA==' },
    })
    await expectProblem(res, 401, 'invalid_token')
  })

  it('malformed tokens', async () => {
    for (const token of ['abc', 'a.b.c', '...', `${b64url({ alg: 'ES256' })}.${b64url('x')}.sig`]) {
      await expectInvalidToken(token)
    }
  })

  it('an expired token (beyond the 60 s tolerance) is refused; within it, accepted', async () => {
    await expectInvalidToken(await signed({ ...claims(), exp: now() - 120 }))
    const fresh = await signed({ ...claims(), exp: now() - 20 })
    const res = await call('GET', '/v1/me', undefined, { token: fresh })
    expect(res.status).toBe(200)
  })

  it('a token signed with another key (same kid) is refused', async () => {
    const { privateKey } = await generateKeyPair('ES256')
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'ES256', kid: signingJwk().kid! })
      .sign(privateKey)
    await expectInvalidToken(token)
  })

  it('an unknown kid is refused', async () => {
    await expectInvalidToken(await signed(claims(), { kid: 'someone-else' }))
  })

  it('alg none is refused', async () => {
    await expectInvalidToken(`${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims())}.`)
  })

  it('HS256 signed with the public key is refused', async () => {
    const { d: _d, ...publicJwk } = signingJwk()
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk))
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'HS256', kid: signingJwk().kid! })
      .sign(secret)
    await expectInvalidToken(token)
  })

  it('wrong iss or aud is refused', async () => {
    await expectInvalidToken(await tokenFor('alice', { issuer: 'https://evil.test' }))
    await expectInvalidToken(await tokenFor('alice', { audience: 'someone-else' }))
  })

  it('missing org_id, sub, exp, iss or aud is refused', async () => {
    for (const claim of ['org_id', 'sub', 'exp', 'iss', 'aud'] as const) {
      const payload: Record<string, unknown> = claims()
      delete payload[claim]
      await expectInvalidToken(await signed(payload))
    }
    await expectInvalidToken(await signed({ ...claims(), org_id: 42 }))
    await expectInvalidToken(await signed({ ...claims(), sub: 'u'.repeat(129) }))
  })

  it('a token over 8 KiB is refused before it is parsed', async () => {
    await expectInvalidToken(await signed({ ...claims(), pad: 'x'.repeat(9000) }))
  })

  it('a local development key is refused outside development and accepted in it', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
    const kid = 'local-dev-abc'
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256' }] })
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'ES256', kid })
      .sign(privateKey)
    const request = () =>
      new Request('http://authz.test/v1/me', { headers: { authorization: `Bearer ${token}` } })
    const outside = await fetchWith({ JWT_JWKS: jwks, ENVIRONMENT: 'production' }, request())
    await expectProblem(outside, 500, 'misconfigured')
    const inside = await fetchWith({ JWT_JWKS: jwks, ENVIRONMENT: 'development' }, request())
    expect(inside.status).toBe(200)
  })
})

describe('JWKS by URL', () => {
  it('an unreachable JWKS URL is a 503 with Retry-After, never a 401 or an allow', async () => {
    const res = await fetchWith(
      { JWT_JWKS: '', JWT_JWKS_URL: 'http://127.0.0.1:9/jwks.json' },
      new Request('http://authz.test/v1/me', {
        headers: { authorization: `Bearer ${await tokenFor('alice')}` },
      }),
    )
    await expectProblem(res, 503, 'key_fetch_unavailable')
    expect(res.headers.get('retry-after')).toBe('1')
  })
})
