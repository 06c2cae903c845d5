import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, screenshot, startConsole, type Console } from './harness'

interface StoredUser {
  addons: { audio: boolean; score: boolean }
  groups: { groupId: string; allow: boolean }[]
  reports: { grant: string[]; revoke: string[] }
}

let console_: Console
let page: Page
beforeAll(async () => {
  console_ = await startConsole()
  page = await console_.signedIn('alice')
})
afterAll(() => console_?.close())

const box = (group: string) => page.locator(`input[data-group="${group}"]`)
const prop = (group: string, name: 'checked' | 'indeterminate' | 'disabled') =>
  page.evaluate(`document.querySelector('input[data-group="${group}"]').${name}`)
const focusedGroup = () =>
  page.evaluate('document.activeElement?.getAttribute("data-group") ?? null')

const userOf = async (id: string) =>
  (await console_.api('alice').get<{ user: StoredUser }>(`/v1/users/${id}`)).user

describe('users and Change Permissions in Chromium (SPEC §10, seed 004)', () => {
  it('searches a user, opens the user page and Change Permissions', async () => {
    await page.goto('/console/users')
    await expectAccessible(page, 'users')
    await screenshot(page, 'users')
    await page.getByLabel('Search users').fill('au')
    await expect
      .poll(() => page.locator('#user-count').textContent(), { timeout: 5000 })
      .toBe('1 user')
    expect(new URL(page.url()).search).toBe('?q=au')
    await page.getByRole('link', { name: 'aud', exact: true }).click()
    await page.waitForURL('**/console/users/aud')
    await expect(
      page.locator('td[data-permission="quality.scorecards:write"]').textContent(),
    ).resolves.toBe('Disabled — role Auditor')
    await expectAccessible(page, 'user page')
    await screenshot(page, 'user')
    await page.getByRole('link', { name: 'Change Permissions' }).click()
    await page.waitForURL('**/console/users/aud/access')
    await expectAccessible(page, 'Change Permissions')
  })

  it('edits Group Access with the keyboard, an add-on and a report, and saves once', async () => {
    await page.goto('/console/users/aud/access')
    // Expand East with the keyboard: its children load in place.
    await page.getByRole('link', { name: 'Expand East' }).focus()
    await page.keyboard.press('Enter')
    await box('boston').waitFor()
    await expect(
      page.getByRole('link', { name: 'Collapse East' }).getAttribute('aria-expanded'),
    ).resolves.toBe('true')
    // Tab to East's own box and uncheck it with Space: its children follow, Company is mixed.
    await page.keyboard.press('Tab')
    expect(await focusedGroup()).toBe('east')
    await page.keyboard.press('Space')
    expect(await prop('east', 'checked')).toBe(false)
    expect(await prop('boston', 'checked')).toBe(false)
    expect(await prop('nyc', 'checked')).toBe(false)
    expect(await prop('company', 'indeterminate')).toBe(true)
    expect(await page.locator('#g-boston .inherited').isHidden()).toBe(true)
    // Check New York again: East is now mixed.
    await box('nyc').focus()
    await page.keyboard.press('Space')
    expect(await prop('nyc', 'checked')).toBe(true)
    expect(await prop('east', 'indeterminate')).toBe(true)
    // The home group is locked, with its reason in the row, and cannot be toggled.
    expect(await prop('company', 'disabled')).toBe(true)
    await expect(box('company').getAttribute('aria-describedby')).resolves.toBe('why-company')
    await expect(page.locator('#why-company').textContent()).resolves.toBe('Home group')
    await page.locator('label[for="cb-company"]').click({ force: true })
    expect(await prop('company', 'checked')).toBe(true)
    // Collapse and expand West with the keyboard.
    await page.getByRole('link', { name: 'Expand West' }).focus()
    await page.keyboard.press('Enter')
    await box('seattle').waitFor()
    await page.getByRole('link', { name: 'Collapse West' }).waitFor()
    await page.keyboard.press('Space')
    await expect(page.locator('#kids-west').isHidden()).resolves.toBe(true)

    await page.getByRole('switch', { name: 'Score conversations' }).check()
    await page.locator('input[data-report="agent_scores"]').uncheck()
    await expectAccessible(page, 'Change Permissions edited')
    await screenshot(page, 'change-permissions')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL('**/console/users/aud?saved=1')
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('saved')

    const aud = await userOf('aud')
    expect([...aud.groups].sort((a, b) => a.groupId.localeCompare(b.groupId))).toEqual([
      { groupId: 'east', allow: false },
      { groupId: 'nyc', allow: true },
    ])
    expect(aud.addons).toEqual({ audio: true, score: true })
    expect(aud.reports).toEqual({ grant: [], revoke: ['agent_scores'] })
  })

  it('shows carl, admin of boston, the groups outside his groups as such', async () => {
    const carl = await console_.signedIn('carl')
    await carl.goto('/console/users/agnes/access')
    await expect(carl.locator('#why-nyc').textContent()).resolves.toBe('Outside your groups')
    await expect(carl.locator('#why-east').textContent()).resolves.toBe(
      'Ancestor of the home group',
    )
    expect(await carl.locator('input[data-group="nyc"]').isDisabled()).toBe(true)
    await expectAccessible(carl, 'Change Permissions as carl')
  })
})
