// The console in a real browser (SPEC §10): the worker as it deploys in one workerd with the
// demo tenants, in local-development mode (demo sign-in, static assets), and Debian's Chromium
// driven by playwright-core. Each test file starts its own worker and browser.
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { startAuthzWorker, type AuthzWorker } from '../harness/authz-worker'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export interface Console {
  readonly worker: AuthzWorker
  readonly browser: Browser
  /** A fresh browser context (no cookies) at 1280×800, or the given viewport. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>
  /** A page signed in as `user` (through "Sign in as <user>"), on /console/roles. */
  signedIn(user?: string, viewport?: { width: number; height: number }): Promise<Page>
  /** The admin API as `user` (the state the console must have written). */
  api(user?: string): ApiClient
  close(): Promise<void>
}

export interface ApiClient {
  get<T = any>(path: string): Promise<T>
  send(method: string, path: string, body?: unknown): Promise<Response>
}

export async function startConsole(): Promise<Console> {
  const worker = await startAuthzWorker({ development: true })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  const context = (viewport = { width: 1280, height: 800 }) =>
    browser.newContext({ baseURL: worker.url, viewport })
  const api = (user = 'alice'): ApiClient => ({
    async get(path) {
      const res = await this.send('GET', path)
      expect(res.status, `GET ${path}`).toBe(200)
      return res.json()
    },
    async send(method, path, body) {
      return fetch(worker.url + path, {
        method,
        headers: {
          authorization: `Bearer ${await worker.tokenFor(user)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    },
  })
  return {
    worker,
    browser,
    context,
    async signedIn(user = 'alice', viewport) {
      const page = await (await context(viewport)).newPage()
      await signInAs(page, user)
      return page
    },
    api,
    async close() {
      await browser.close()
      await worker.dispose()
    },
  }
}

/** Signs in through the local sign-in page's button for `user`. */
export async function signInAs(page: Page, user: string): Promise<void> {
  await page.goto('/console/login')
  await page.getByRole('button', { name: `Sign in as ${user}`, exact: true }).click()
  await page.waitForURL('**/console/roles')
}

/** No serious or critical axe-core violation on the page as it is now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    )
  expect(bad, `${what}: axe-core`).toEqual([])
}

/**
 * Saves a screenshot into docs/console/ when CONSOLE_SCREENSHOTS=1 (`npm run console:screenshots`):
 * the README's pictures come from the same runs as the tests.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.CONSOLE_SCREENSHOTS !== '1') return
  mkdirSync('docs/console', { recursive: true })
  await page.screenshot({ path: `docs/console/${name}.png`, fullPage: false })
}
