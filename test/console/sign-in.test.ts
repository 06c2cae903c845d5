import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { alertOf, cookieOf, getPage, ORIGIN, postForm, signIn } from '../helpers/console'
import { seedDemoTenants } from '../helpers/seed'
import { tokenFor } from '../helpers/tokens'
import { openSession, sealSession } from '../../src/console/session'
import type { Bindings } from '../../src/env'
import worker from '../../src/index'

/** The worker under other bindings (a deployment's configuration). */
async function fetchAs(overrides: Partial<Bindings>, request: Request): Promise<Response> {
  const ctx = createExecutionContext()
  const response = await worker.fetch(request, { ...env, ...overrides } as Bindings, ctx)
  await waitOnExecutionContext(ctx)
  return response
}

beforeAll(seedDemoTenants)

const exchange = (token: string) =>
  exports.default.fetch(
    new Request(`${ORIGIN}/console/session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      redirect: 'manual',
    }),
  )

describe('console sign-in (SPEC §10)', () => {
  it('sends every console page to the sign-in page without a session', async () => {
    for (const path of ['/console', '/console/roles', '/console/users/alice', '/console/audit']) {
      const res = await getPage(null, path)
      expect(res.status, path).toBe(303)
      expect(res.headers.get('location')).toBe('/console/login')
    }
  })

  it('exchanges a JWT for an HttpOnly, SameSite=Strict cookie that ends with the token', async () => {
    const token = await tokenFor('alice', { ttlSeconds: 600 })
    const res = await exchange(token)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/console')
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^console_session=[^;]+/)
    expect(cookie).toContain('Path=/console')
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    // Not on localhost: Secure.
    expect(cookie).toContain('Secure')
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)?.[1])
    expect(maxAge).toBeGreaterThan(590)
    expect(maxAge).toBeLessThanOrEqual(600)
    const page = await getPage({ cookie: cookieOf(res), csrf: '' }, '/console/roles')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<nav aria-label="Console">')
  })

  it('refuses an invalid, expired or unknown user’s token, and sets no cookie', async () => {
    for (const [token, status, code] of [
      ['not-a-jwt', 401, 'invalid_token'],
      [await tokenFor('alice', { ttlSeconds: -120 }), 401, 'invalid_token'],
      [await tokenFor('nobody'), 403, 'unknown_user'],
    ] as const) {
      const res = await exchange(token)
      expect(res.status).toBe(status)
      expect(res.headers.get('set-cookie')).toBeNull()
      expect(alertOf(await res.text())).toContain(code)
    }
  })

  it('treats a forged, tampered or expired session cookie as no session', async () => {
    const { cookie } = await signIn('alice')
    const value = cookie.slice('console_session='.length)
    const [payload, mac] = value.split('.')
    const now = Math.floor(Date.now() / 1000)
    const expired = await sealSession(env.CONSISTENCY_SECRET, {
      principal: { tenantId: 'acme', userId: 'alice', scopes: new Set() },
      exp: now - 1,
      nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
    })
    const otherSecret = await sealSession('some-other-secret', {
      principal: { tenantId: 'acme', userId: 'alice', scopes: new Set() },
      exp: now + 600,
      nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
    })
    const forgedPayload = btoa(
      JSON.stringify({ t: 'acme', u: 'alice', s: [], e: now + 600, n: 'A'.repeat(22) }),
    ).replace(/=+$/, '')
    for (const bad of [
      `${payload}.${mac!.slice(0, -2)}xx`,
      `${forgedPayload}.${mac}`,
      expired,
      otherSecret,
      'garbage',
    ]) {
      const res = await getPage({ cookie: `console_session=${bad}`, csrf: '' }, '/console/roles')
      expect(res.status, bad).toBe(303)
      expect(res.headers.get('location')).toBe('/console/login')
    }
    expect(await openSession(env.CONSISTENCY_SECRET, value, now)).toBeDefined()
  })

  it('refuses a form without the session’s CSRF token or from another origin: 403, nothing run', async () => {
    const session = await signIn('alice')
    const other = await signIn('alice')
    for (const [options, why] of [
      [{ csrf: null }, 'missing'],
      [{ csrf: other.csrf }, 'another session'],
      [{ csrf: 'x' }, 'garbage'],
      [{ origin: 'https://evil.example' }, 'cross-origin'],
    ] as const) {
      const res = await postForm(session, '/console/sign-out', {}, options)
      expect(res.status, why).toBe(403)
      expect(alertOf(await res.text()), why).toContain('csrf_failed')
      // The session still works: sign-out did not run.
      expect((await getPage(session, '/console/roles')).status).toBe(200)
    }
  })

  it('answers problem+json to a caller that asks for JSON', async () => {
    const session = await signIn('alice')
    const res = await exports.default.fetch(
      new Request(`${ORIGIN}/console/sign-out`, {
        method: 'POST',
        headers: { cookie: session.cookie, accept: 'application/json', 'x-csrf-token': 'nope' },
      }),
    )
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(((await res.json()) as { code: string }).code).toBe('csrf_failed')
  })

  it('signs out: the cookie is cleared', async () => {
    const session = await signIn('alice')
    const res = await postForm(session, '/console/sign-out', {})
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/console/login')
    expect(res.headers.get('set-cookie')).toMatch(/console_session=;.*Max-Age=0/)
  })

  it('lists no demo users and refuses demo sign-in outside development', async () => {
    const page = await getPage(null, '/console/login')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).not.toContain('Sign in as')
    expect(html).toContain('Access token')
    // The Console navigation is on every page, this one included (SPEC §10).
    expect(html).toContain('<nav aria-label="Console">')
    // Scripts and styles only from the console's origin, and no framing by another site.
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    const res = await postForm(null, '/console/login', { tenant: 'acme', user: 'alice' })
    expect(res.status).toBe(404)
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('offers demo sign-in only in development with a local key, never in production', async () => {
    const localKey = JSON.stringify({ ...JSON.parse(env.TEST_SIGNING_JWK), kid: 'local-dev-x' })
    for (const [overrides, offered] of [
      [{ ENVIRONMENT: 'production', LOCAL_SIGNING_JWK: localKey }, false],
      [{ ENVIRONMENT: 'test', LOCAL_SIGNING_JWK: localKey }, false],
      // Development, but the key is not one `npm start` made.
      [{ ENVIRONMENT: 'development', LOCAL_SIGNING_JWK: env.TEST_SIGNING_JWK }, false],
      [{ ENVIRONMENT: 'development', LOCAL_SIGNING_JWK: localKey }, true],
    ] as const) {
      const page = await fetchAs(overrides, new Request(`${ORIGIN}/console/login`))
      expect(page.status).toBe(200)
      expect((await page.text()).includes('Sign in as alice'), overrides.ENVIRONMENT).toBe(offered)
      if (offered) continue
      const body = new URLSearchParams({ tenant: 'acme', user: 'alice' })
      const post = await fetchAs(
        overrides,
        new Request(`${ORIGIN}/console/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
          body,
          redirect: 'manual',
        }),
      )
      expect(post.status).toBe(404)
      expect(post.headers.get('set-cookie')).toBeNull()
    }
  })

  it('serves the stylesheet, the typed script and the vendored htmx as static assets', async () => {
    for (const path of [
      '/console/assets/console.css',
      '/console/assets/console.js',
      '/console/assets/htmx-2.0.11.min.js',
    ]) {
      const res = await exports.default.fetch(new Request(ORIGIN + path))
      expect(res.status, path).toBe(200)
      expect((await res.text()).length).toBeGreaterThan(100)
    }
  })
})
