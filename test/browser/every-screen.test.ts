// Every console screen (SPEC §10), dark at 1280 px and light at 390 px: the Console
// navigation, no horizontal overflow on a phone, no serious or critical axe-core violation (which
// includes colour contrast in both schemes), no script error or CSP violation, and a focus outline
// a keyboard user can see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { expectAccessible, signInAs, startConsole, type Console } from './harness'

const SCREENS = [
  '/console/roles',
  '/console/roles/standard',
  '/console/users',
  '/console/users/sam',
  '/console/users/sam/access',
  '/console/groups',
  '/console/products',
  '/console/explain',
  '/console/explain?user=sam&permission=quality.evaluations%3Awrite&type=conversation&id=c1&group=east',
  '/console/audit',
]

let console_: Console
beforeAll(async () => {
  console_ = await startConsole()
  // Something in the audit log, so its screen shows an entry.
  const res = await console_.api('alice').send('PATCH', '/v1/groups/nyc', { name: 'New York City' })
  expect(res.status).toBe(200)
})
afterAll(() => console_?.close())

// Each scheme and each width once (the screens' own tests run axe light at 1280 px too).
describe.each([
  ['dark', 1280],
  ['light', 390],
] as const)('every screen, %s, %i px wide', (scheme, width) => {
  let page: Page
  const errors: string[] = []
  beforeAll(async () => {
    const context = await console_.browser.newContext({
      baseURL: console_.worker.url,
      viewport: { width, height: 900 },
      colorScheme: scheme,
    })
    page = await context.newPage()
    // Script errors and Content-Security-Policy violations show up as console errors.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await signInAs(page, 'alice')
  })
  afterAll(() => page?.context().close())

  it.each(SCREENS)('%s: navigation, fits the width, passes axe-core', async (path) => {
    const res = await page.goto(path)
    expect(res?.status(), path).toBe(200)
    await expect(page.getByRole('navigation', { name: 'Console' }).count()).resolves.toBe(1)
    const overflow = Number(
      await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      ),
    )
    expect(overflow, `${path} overflows by ${overflow}px at ${width}px`).toBeLessThanOrEqual(0)
    await expectAccessible(page, `${path} (${scheme}, ${width}px)`)
    expect(errors.splice(0), `${path}: console errors`).toEqual([])
  })
})

describe('focus', () => {
  it('shows a visible outline on the focused control', async () => {
    const page = await console_.signedIn('alice')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const outline = String(
      await page.evaluate('getComputedStyle(document.activeElement).outlineStyle'),
    )
    expect(outline).not.toBe('none')
  })
})
