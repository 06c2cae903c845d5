/**
 * @module Signing in and out of the console (SPEC §10). `POST /console/session` exchanges an
 * admin's JWT, verified exactly as the API verifies it, for the session cookie. In local
 * development only (ENVIRONMENT=development with the key `npm start` generated), `/console/login`
 * lists the demo users and signs a token for the one chosen with that key, then takes the same way.
 */
import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { decodeJwt, importJWK, SignJWT, type JWK } from 'jose'
import { loadCaller } from '../admin/caller'
import { adminDeps } from '../admin/deps'
import { authenticate, bearerToken } from '../auth'
import { DEMO_TENANTS } from '../demo/demo-tenants'
import { LOCAL_DEV_KID_PREFIX, readAuthConfig, type Bindings } from '../env'
import { AppError } from '../errors'
import type { ConsoleContext } from './context'
import type { ConsoleEnv } from './env'
import { sameOrigin } from './guard'
import { Layout, Refusal } from './layout'
import { newSession, sealSession, SESSION_COOKIE } from './session'

/** How long a demo sign-in lasts (the token signed for it expires then). */
const DEMO_SESSION_SECONDS = 8 * 3600

/** The local signing key, only in development and only when it is a local key. */
function localSigningKey(env: Bindings): JWK | undefined {
  if (env.ENVIRONMENT !== 'development' || !env.LOCAL_SIGNING_JWK) return undefined
  const jwk = JSON.parse(env.LOCAL_SIGNING_JWK) as JWK
  return jwk.kid?.startsWith(LOCAL_DEV_KID_PREFIX) ? jwk : undefined
}

const isLocalHost = (url: string) =>
  ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname)

/** Verifies the token as the API does, checks its user may sign in, sets the cookie, 303s. */
async function startSession(c: ConsoleContext, token: string | undefined) {
  const waitUntil = (p: Promise<unknown>) => c.executionCtx.waitUntil(p)
  const principal = await authenticate(token, c.env, waitUntil)
  // A session for a user the tenant does not know, or has deactivated, would open nothing.
  await loadCaller(adminDeps(c.env, waitUntil), principal)
  const exp = decodeJwt(token!).exp!
  const now = Math.floor(Date.now() / 1000)
  const session = newSession(principal, exp)
  setCookie(c, SESSION_COOKIE, await sealSession(c.env.CONSISTENCY_SECRET, session), {
    path: '/console',
    httpOnly: true,
    sameSite: 'Strict',
    secure: !isLocalHost(c.req.url),
    maxAge: Math.max(0, exp - now),
  })
  c.header('Cache-Control', 'no-store')
  return c.redirect('/console', 303)
}

/** The sign-in page: demo users locally, a token form everywhere. */
function SignInPage({ demo, error }: { demo: boolean; error?: AppError }) {
  return (
    <Layout title="Sign in">
      {error && <Refusal error={error} />}
      {demo && (
        <section aria-labelledby="demo-users">
          <h2 id="demo-users">Demo users (local development only)</h2>
          <ul class="demo-users">
            {DEMO_TENANTS.flatMap((tenant) =>
              tenant.users.map((u) => (
                <li>
                  <form method="post" action="/console/login">
                    <input type="hidden" name="tenant" value={tenant.id} />
                    <input type="hidden" name="user" value={u.id} />
                    <button type="submit">{`Sign in as ${u.id}`}</button>{' '}
                    <span class="muted">
                      {tenant.name} · {u.roleId}
                    </span>
                  </form>
                </li>
              )),
            )}
          </ul>
        </section>
      )}
      <section aria-labelledby="with-token">
        <h2 id="with-token">With an access token</h2>
        <p>
          Your identity provider's token for this service (the same one the API takes). The session
          ends when the token expires.
        </p>
        <form method="post" action="/console/session" class="stack">
          <label for="token">Access token</label>
          <textarea id="token" name="token" rows={4} required autocomplete="off"></textarea>
          <button type="submit">Sign in</button>
        </form>
      </section>
    </Layout>
  )
}

/** A refused sign-in, shown on the sign-in page with the API's code and message. */
async function refused(c: ConsoleContext, run: () => Promise<Response>) {
  try {
    return await run()
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error
    c.header('Cache-Control', 'no-store')
    return c.html(
      <SignInPage demo={localSigningKey(c.env) !== undefined} error={error} />,
      error.status as 401,
    )
  }
}

export const signInRoutes = new Hono<ConsoleEnv>()
  .use(sameOrigin)
  .get('/login', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.html(<SignInPage demo={localSigningKey(c.env) !== undefined} />)
  })
  .post('/login', async (c) => {
    const jwk = localSigningKey(c.env)
    if (!jwk) throw new AppError('not_found', 'demo sign-in exists in local development only')
    return refused(c, async () => {
      const form = await c.req.parseBody()
      const tenant = DEMO_TENANTS.find((t) => t.id === form['tenant'])
      const user = tenant?.users.find((u) => u.id === form['user'])
      if (!tenant || !user) throw new AppError('invalid_request', 'not a demo user')
      const config = readAuthConfig(c.env)
      const now = Math.floor(Date.now() / 1000)
      const token = await new SignJWT({ org_id: tenant.id })
        .setProtectedHeader({ alg: 'ES256', kid: jwk.kid! })
        .setSubject(user.id)
        .setIssuer(config.issuer)
        .setAudience(config.audience)
        .setIssuedAt(now)
        .setExpirationTime(now + DEMO_SESSION_SECONDS)
        .sign(await importJWK(jwk, 'ES256'))
      return startSession(c, token)
    })
  })
  .post('/session', (c) =>
    refused(c, async () => {
      let token = bearerToken(c.req.header('authorization'))
      if (
        token === undefined &&
        /^application\/x-www-form-urlencoded/i.test(c.req.header('content-type') ?? '')
      ) {
        const field = (await c.req.parseBody())['token']
        if (typeof field === 'string') token = field.trim()
      }
      return startSession(c, token)
    }),
  )

/** Ends the session (behind the session and CSRF guards like every other console action). */
export function signOut(c: ConsoleContext) {
  deleteCookie(c, SESSION_COOKIE, { path: '/console', secure: !isLocalHost(c.req.url) })
  return c.redirect('/console/login', 303)
}
