/**
 * Drives the console (SPEC §10) through the worker's own fetch handler, as a browser would: a
 * session cookie from POST /console/session, the CSRF token read from the page, same-origin forms.
 */
import { exports } from 'cloudflare:workers'
import { expect } from 'vitest'
import { tokenFor, type TokenOptions } from './tokens'

export const ORIGIN = 'http://authz.test'

export interface ConsoleSession {
  readonly cookie: string
  readonly csrf: string
}

/** The cookie's `name=value` from a Set-Cookie header. */
export const cookieOf = (response: Response): string =>
  (response.headers.get('set-cookie') ?? '').split(';')[0]!

/** The CSRF token a console page puts in its forms. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html)
  if (!match) throw new Error('no CSRF field on the page')
  return match[1]!
}

/** Signs in with a JWT for `user` and reads the CSRF token from the first page. */
export async function signIn(user = 'alice', options: TokenOptions = {}): Promise<ConsoleSession> {
  const token = await tokenFor(user, { ttlSeconds: 3600, ...options })
  const response = await exports.default.fetch(
    new Request(`${ORIGIN}/console/session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      redirect: 'manual',
    }),
  )
  expect(response.status, await response.clone().text()).toBe(303)
  const cookie = cookieOf(response)
  const page = await exports.default.fetch(
    new Request(`${ORIGIN}/console/roles`, { headers: { cookie } }),
  )
  return { cookie, csrf: csrfOf(await page.text()) }
}

/** GET a console page with the session. */
export const getPage = (
  session: ConsoleSession | null,
  path: string,
  headers: Record<string, string> = {},
) =>
  exports.default.fetch(
    new Request(ORIGIN + path, {
      headers: { ...(session ? { cookie: session.cookie } : {}), ...headers },
      redirect: 'manual',
    }),
  )

/** POST a form as the console page would (same origin, the session's CSRF token unless given). */
export function postForm(
  session: ConsoleSession | null,
  path: string,
  fields: Record<string, string | string[]>,
  options: { csrf?: string | null; origin?: string | null } = {},
): Promise<Response> {
  const body = new URLSearchParams()
  const csrf = options.csrf === undefined ? session?.csrf : options.csrf
  if (csrf != null) body.append('_csrf', csrf)
  for (const [name, value] of Object.entries(fields)) {
    for (const each of Array.isArray(value) ? value : [value]) body.append(name, each)
  }
  const origin = options.origin === undefined ? ORIGIN : options.origin
  return exports.default.fetch(
    new Request(ORIGIN + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(origin !== null ? { origin } : {}),
        ...(session ? { cookie: session.cookie } : {}),
      },
      body,
      redirect: 'manual',
    }),
  )
}

/** The text of an element with role=alert on a page, or undefined. */
export function alertOf(html: string): string | undefined {
  const match = /<div role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)
  return match?.[1]?.replace(/<[^>]+>/g, '').trim()
}
