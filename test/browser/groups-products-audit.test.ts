import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, screenshot, startConsole, type Console } from './harness'

interface Group {
  id: string
  name: string
  parentId: string | null
}

let console_: Console
let page: Page
beforeAll(async () => {
  console_ = await startConsole()
  page = await console_.signedIn('alice')
})
afterAll(() => console_?.close())

const groupOf = async (id: string): Promise<Group | undefined> =>
  (await console_.api('alice').get<{ groups: Group[] }>('/v1/groups')).groups.find(
    (g) => g.id === id,
  )

/** What the focused element controls (a tree toggle's list). */
const focused = () => page.evaluate('document.activeElement?.getAttribute("aria-controls")')

/** Opens a group's Edit section and submits one of its forms (Rename, Move, Delete). */
async function editGroup(
  id: string,
  name: string,
  verb: 'Rename' | 'Move' | 'Delete',
  value?: string,
) {
  // The open group's forms are in the page; any other group's load when its Edit opens.
  const edit = page.locator(`li[id="g-${id}"] > .tree-row > details.group-edit`)
  if ((await edit.getAttribute('open')) === null) await edit.locator('summary').click()
  const form = page.getByRole('form', { name: `${verb} ${name}`, exact: true })
  if (value !== undefined) await form.getByLabel(verb === 'Rename' ? 'Name' : 'Parent').fill(value)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    form.getByRole('button', { name: verb }).click(),
  ])
  await page.waitForLoadState('domcontentloaded')
  return response
}

describe('groups, products and audit in Chromium (SPEC §10)', () => {
  it('creates a group under East, renames it, moves it under West and deletes it', async () => {
    await page.goto('/console/groups')
    await expectAccessible(page, 'groups')

    const create = page.getByRole('form', { name: 'Create a group' })
    await create.getByLabel('Name', { exact: true }).fill('Browser Team')
    await create.getByLabel('Parent', { exact: true }).fill('east')
    await create.getByLabel('Id (optional)').fill('browser-team')
    await create.getByRole('button', { name: 'Create' }).click()
    await page.waitForURL('**/console/groups?*open=browser-team*')
    await expect(page.getByRole('status').textContent()).resolves.toContain('Created group')
    expect(await groupOf('browser-team')).toEqual({
      id: 'browser-team',
      name: 'Browser Team',
      parentId: 'east',
      depth: 2,
    })

    expect(
      (await editGroup('browser-team', 'Browser Team', 'Rename', 'Browser Squad')).status(),
    ).toBe(303)
    expect((await groupOf('browser-team'))?.name).toBe('Browser Squad')

    expect((await editGroup('browser-team', 'Browser Squad', 'Move', 'west')).status()).toBe(303)
    expect((await groupOf('browser-team'))?.parentId).toBe('west')

    const refused = await editGroup('east', 'East', 'Delete')
    expect(refused.status()).toBe(409)
    const alert = page.getByRole('alert')
    await expect(alert.textContent()).resolves.toContain('group_not_empty')
    expect(await groupOf('east')).toBeDefined()
    await expectAccessible(page, 'groups with a refusal')

    await page.goto('/console/groups?open=browser-team')
    expect((await editGroup('browser-team', 'Browser Squad', 'Delete')).status()).toBe(303)
    expect(await groupOf('browser-team')).toBeUndefined()
  })

  it('expands and collapses the tree with the keyboard, loading a subtree once', async () => {
    await page.goto('/console/groups')
    const fetched: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/children')) fetched.push(new URL(r.url()).pathname)
    })
    const toggle = page.locator('a.tree-toggle[aria-controls="kids-east"]')
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(page.locator('#g-boston').count()).resolves.toBe(0)
    await page.getByLabel('Search groups').focus()
    // Tab from the search box through the tree until the East toggle has the focus.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      if ((await focused()) === 'kids-east') break
    }
    expect(await focused()).toBe('kids-east')
    await page.keyboard.press('Enter')
    await page.locator('#g-boston').waitFor({ state: 'visible' })
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true')
    expect(new URL(page.url()).search).toBe('')
    await page.keyboard.press('Space')
    await page.locator('#g-boston').waitFor({ state: 'hidden' })
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')
    await page.keyboard.press('Enter')
    await page.locator('#g-boston').waitFor({ state: 'visible' })
    await expect(page.locator('#g-boston').count()).resolves.toBe(1)
    expect(fetched).toEqual(['/console/groups/east/children'])
    // No navigation: the toggles worked in the page.
    expect(new URL(page.url()).search).toBe('')
    await page.locator('li[id="g-boston"] > .tree-row summary').click()
    await expectAccessible(page, 'groups expanded')
    await screenshot(page, 'groups')
  })

  it('toggles a product and changes the grant scope', async () => {
    await page.goto('/console/products')
    await expectAccessible(page, 'products')
    await screenshot(page, 'products')
    await expect(page.getByLabel('Core').isDisabled()).resolves.toBe(true)
    const kb = page.getByLabel('Knowledge base')
    await expect(kb.isChecked()).resolves.toBe(false)
    await kb.check()
    await page.getByRole('button', { name: 'Save products' }).click()
    await page.waitForURL('**/console/products?saved=products*')
    await expect(page.getByRole('status').textContent()).resolves.toContain('Products saved')
    const products = await console_.api('alice').get<{ enabled: string[] }>('/v1/tenant/products')
    expect(products.enabled).toContain('knowledge_base')

    await page.getByLabel('Same level or below').check()
    await page.getByRole('button', { name: 'Save grant scope' }).click()
    await page.waitForURL('**/console/products?saved=settings*')
    const settings = await console_.api('alice').get<{ grantScope: string }>('/v1/tenant/settings')
    expect(settings.grantScope).toBe('same_level_or_below')
    await expect(page.getByLabel('Same level or below').isChecked()).resolves.toBe(true)
  })

  it('filters the audit log and shows each change as before → after', async () => {
    await page.goto('/console/audit')
    await page.getByLabel('Target type').selectOption('group')
    await page.getByLabel('Target id').fill('browser-team')
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.waitForURL('**/console/audit?*targetId=browser-team*')
    const changes = page.locator('ul.audit-changes li')
    const lines = (await changes.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())
    expect(lines).toContain('name: Browser Team → Browser Squad')
    expect(lines).toContain('parentId: east → west')
    expect(lines).toContain('id: ∅ → browser-team')
    expect(lines).toContain('id: browser-team → ∅')
    await expect(page.getByRole('status').textContent()).resolves.toContain('4 entries')
    await expectAccessible(page, 'audit')
    await screenshot(page, 'audit')

    await page.getByLabel('Target type').selectOption('tenant')
    await page.getByLabel('Target id').fill('')
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.waitForURL('**/console/audit?targetType=tenant*')
    const tenantLines = (await changes.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())
    expect(tenantLines).toContain('grantScope: siblings → same_level_or_below')
  })
})
