import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, screenshot, startConsole, type Console } from './harness'

let console_: Console
beforeAll(async () => {
  console_ = await startConsole()
})
afterAll(() => console_?.close())

describe('console sign-in in Chromium (SPEC §10)', () => {
  it('lists the demo users locally and signs in as the one clicked', async () => {
    const page = await (await console_.context()).newPage()
    const res = await page.goto('/console/roles')
    expect(new URL(page.url()).pathname).toBe('/console/login')
    expect(res?.status()).toBe(200)
    await expectAccessible(page, 'sign-in page')
    await screenshot(page, 'sign-in')
    await page.getByRole('button', { name: 'Sign in as carl', exact: true }).click()
    await page.waitForURL('**/console/roles')
    const nav = page.getByRole('navigation', { name: 'Console' })
    for (const name of ['Roles', 'Users', 'Groups', 'Products', 'Explain', 'Audit']) {
      await expect(nav.getByRole('link', { name, exact: true }).count()).resolves.toBe(1)
    }
    const cookies = await page.context().cookies()
    const session = cookies.find((c) => c.name === 'console_session')
    expect(session?.httpOnly).toBe(true)
    expect(session?.sameSite).toBe('Strict')
    expect(session?.path).toBe('/console')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL('**/console/login')
    expect((await page.context().cookies()).some((c) => c.name === 'console_session')).toBe(false)
  })

  it('is usable at 390 px wide', async () => {
    const page = await console_.signedIn('alice', { width: 390, height: 844 })
    const width = await page.evaluate('document.documentElement.scrollWidth')
    expect(width).toBeLessThanOrEqual(390)
  })
})
