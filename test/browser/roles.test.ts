// The Roles screens in Chromium (SPEC §10): the editor's unsaved count, save and reset dialogs,
// expand / collapse, a keyboard-only save, the 409 flow, and list actions — each asserted through
// the admin API afterwards, with axe on every state.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, screenshot, startConsole, type Console } from './harness'

let console_: Console
beforeAll(async () => {
  console_ = await startConsole()
})
afterAll(() => console_?.close())

interface Role {
  id: string
  name: string
  permissions: Record<string, { level: string; requires?: string }>
}

const roleOf = async (id: string): Promise<Role> =>
  (await console_.api().get<{ role: Role }>(`/v1/roles/${id}`)).role

/** A custom role cloned from `from` through the API, with a unique name. */
async function customRole(from = 'standard'): Promise<Role> {
  const name = `Browser ${Math.random().toString(36).slice(2, 8)}`
  const res = await console_.api().send('POST', `/v1/roles/${from}/clone`, { name })
  expect(res.status).toBe(201)
  return ((await res.json()) as { role: Role }).role
}

const unsaved = (page: Page) => page.locator('#unsaved-count')
const level = (page: Page, label: string) => page.getByLabel(label, { exact: true })

/** The element with focus: its tag, name and text (keyboard tests look, never click). */
const focused = (page: Page) =>
  page.evaluate(
    '({ tag: document.activeElement.tagName, name: document.activeElement.getAttribute("name"), text: document.activeElement.textContent.trim() })',
  ) as Promise<{ tag: string; name: string | null; text: string }>

/** Presses Tab until `match` has focus (at most `limit` times). */
async function tabTo(
  page: Page,
  match: (f: { tag: string; name: string | null; text: string }) => boolean,
  limit = 400,
) {
  for (let i = 0; i < limit; i++) {
    if (match(await focused(page))) return
    await page.keyboard.press('Tab')
  }
  throw new Error('never reached by Tab')
}

describe('console roles in Chromium (SPEC §10)', () => {
  it('lists the roles with holders and badges, accessibly, at 1280 and 390 px', async () => {
    const page = await console_.signedIn('alice')
    const admin = page.locator('tr[data-role="admin"]')
    await expect(admin.locator('td[data-holders]').textContent()).resolves.toBe('3 holders')
    await expect(admin.locator('.badge.system').count()).resolves.toBe(1)
    await expect(page.locator('tr[data-role="team_lead"] .badge.soon').count()).resolves.toBe(1)
    await expectAccessible(page, 'roles list')
    await screenshot(page, 'roles')
    const narrow = await console_.signedIn('alice', { width: 390, height: 844 })
    expect(await narrow.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
    await narrow.goto('/console/roles/admin')
    expect(await narrow.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
  })

  it('counts unsaved changes, lists them in the Save dialog, and writes only on Confirm', async () => {
    const role = await customRole()
    const page = await console_.signedIn('alice')
    await page.goto(`/console/roles/${role.id}`)
    await expect(unsaved(page).textContent()).resolves.toBe('0 unsaved changes')
    await level(page, 'Interactions · Audio · Listen').selectOption('own')
    await expect(unsaved(page).textContent()).resolves.toBe('1 unsaved change')
    await level(page, 'Campaigns · Campaigns · Write').selectOption('none')
    await expect(unsaved(page).textContent()).resolves.toBe('2 unsaved changes')
    await expectAccessible(page, 'role editor')
    await page.evaluate('document.getElementById("module-interactions").scrollIntoView()')
    await screenshot(page, 'role-editor')

    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Save these changes?' })
    await dialog.waitFor()
    await expect(dialog.locator('li').allTextContents()).resolves.toEqual([
      'Interactions · Audio · Listen: Group → Own',
      'Campaigns · Campaigns · Write: Own → Disabled',
    ])
    expect((await roleOf(role.id)).permissions).toEqual(role.permissions)
    await expectAccessible(page, 'role editor with the save dialog')
    await screenshot(page, 'role-editor-save-dialog')

    await dialog.getByRole('button', { name: 'Confirm' }).click()
    await page.waitForURL(/done=saved/)
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^Saved \(version \d+\)$/ })
        .count(),
    ).resolves.toBe(1)
    await expect(unsaved(page).textContent()).resolves.toBe('0 unsaved changes')
    const expected: Role['permissions'] = {
      ...role.permissions,
      'interactions.audio:listen': { level: 'own', requires: 'audio' },
    }
    delete expected['campaigns.campaigns:write']
    expect((await roleOf(role.id)).permissions).toEqual(expected)
  }, 120_000)

  it('lists current → default in the Reset Permissions dialog; only Confirm reset writes', async () => {
    const role = await customRole()
    const patched = await console_.api().send('PATCH', `/v1/roles/${role.id}`, {
      permissions: {
        'interactions.audio:listen': { level: 'own', requires: 'audio' },
        'campaigns.campaigns:write': { level: 'none' },
      },
    })
    expect(patched.status).toBe(200)
    const page = await console_.signedIn('alice')
    await page.goto(`/console/roles/${role.id}`)
    await page.getByRole('link', { name: 'Reset Permissions' }).click()
    const reset = page.getByRole('dialog', { name: 'Reset permissions to the defaults?' })
    await reset.waitFor()
    await expect(reset.locator('li').allTextContents()).resolves.toEqual([
      'Campaigns · Campaigns · Write: Disabled → Own',
      'Interactions · Audio · Listen: Own → Group',
    ])
    await expectAccessible(page, 'role editor with the reset dialog')
    await reset.getByRole('button', { name: 'Confirm reset' }).click()
    await page.waitForURL(/done=reset/)
    expect((await roleOf(role.id)).permissions).toEqual(role.permissions)
    await expect(page.locator('.badge.drift').count()).resolves.toBe(0)
  }, 120_000)

  it('expands and collapses all modules', async () => {
    const page = await console_.signedIn('alice')
    await page.goto('/console/roles/standard')
    const select = level(page, 'Quality · Evaluations · Read')
    expect(await select.isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Collapse all' }).click()
    expect(await select.isVisible()).toBe(false)
    expect(await page.locator('details.role-module[open]').count()).toBe(0)
    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Quality' })
      .click()
    expect(await select.isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Expand all' }).click()
    expect(await page.locator('details.role-module:not([open])').count()).toBe(0)
  })

  it('saves with the keyboard only', async () => {
    const role = await customRole()
    const page = await console_.signedIn('alice')
    await page.goto(`/console/roles/${role.id}`)
    await tabTo(page, (f) => f.name === 'interactions.audio:listen')
    await page.keyboard.press('ArrowUp') // Group -> Own
    await expect(unsaved(page).textContent()).resolves.toBe('1 unsaved change')
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Save')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Save these changes?' })
    await dialog.waitFor()
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Confirm' })
    await page.keyboard.press('Enter')
    await page.waitForURL(/done=saved/)
    expect((await roleOf(role.id)).permissions['interactions.audio:listen']).toEqual({
      level: 'own',
      requires: 'audio',
    })
  })

  it('shows a concurrent change as version_conflict with a Reload link, and writes nothing', async () => {
    const role = await customRole()
    const page = await console_.signedIn('alice')
    await page.goto(`/console/roles/${role.id}`)
    await level(page, 'Interactions · Audio · Listen').selectOption('own')
    const patched = await console_.api().send('PATCH', `/v1/roles/${role.id}`, {
      permissions: { 'analytics.dashboards:write': { level: 'group' } },
    })
    expect(patched.status).toBe(200)
    const stored = await roleOf(role.id)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('version_conflict')
    await expectAccessible(page, 'version conflict')
    expect(await roleOf(role.id)).toEqual(stored)
    await alert.getByRole('link', { name: 'Reload' }).click()
    await page.waitForURL(new RegExp(`/console/roles/${role.id}$`))
    await expect(level(page, 'Analytics · Dashboards · Write').inputValue()).resolves.toBe('group')
  })

  it('creates, clones, renames and deletes roles from the list', async () => {
    const page = await console_.signedIn('alice')
    const name = `QA Specialist ${Math.random().toString(36).slice(2, 6)}`
    await page.getByLabel('Name', { exact: true }).fill(name)
    await page.getByRole('button', { name: 'Create role' }).click()
    await page.waitForURL(/done=created/)
    const id = new URL(page.url()).pathname.split('/').pop()!
    expect((await roleOf(id)).name).toBe(name)

    await page.goto('/console/roles')
    await page.getByLabel('Name of the clone of Auditor').fill(`${name} audit`)
    await page.locator('tr[data-role="auditor"]').getByRole('button', { name: 'Clone' }).click()
    await page.waitForURL(/done=cloned/)
    const cloneId = new URL(page.url()).pathname.split('/').pop()!
    expect((await roleOf(cloneId)).permissions).toEqual((await roleOf('auditor')).permissions)

    await page.goto('/console/roles')
    await page.getByLabel(`Name to rename ${name} to`).fill(`${name} renamed`)
    await page.locator(`tr[data-role="${id}"]`).getByRole('button', { name: 'Rename' }).click()
    await page.waitForURL(/done=renamed/)
    expect((await roleOf(id)).name).toBe(`${name} renamed`)

    await page.getByRole('button', { name: `Delete ${name} renamed` }).click()
    await page.waitForURL(/done=deleted/)
    expect((await console_.api().send('GET', `/v1/roles/${id}`)).status).toBe(404)

    await page.getByRole('button', { name: 'Delete Admin' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('system_role')
    await expectAccessible(page, 'roles list with a refusal')
  })
})
