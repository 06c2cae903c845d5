// The Explain screen in Chromium (SPEC §10): keyboard only, the answer swapped in by htmx into
// an aria-live region, links with query parameters, refusals, the same page without script.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, screenshot, signInAs, startConsole, type Console } from './harness'

let console_: Console
beforeAll(async () => {
  console_ = await startConsole()
})
afterAll(() => console_?.close())

const answer = (page: Page) => page.locator('#explain-answer')
const hints = (page: Page) => answer(page).locator('[data-hint]').allInnerTexts()

const focusedId = (page: Page) => page.evaluate('document.activeElement.id')

/** Types into the focused field after clearing it, as a keyboard user would. */
async function typeInto(page: Page, text: string) {
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
}

describe('Explain in Chromium', () => {
  it('fills the form with the keyboard and shows the decision, reason code and hint', async () => {
    const page = await console_.signedIn('alice')
    await page.goto('/console/explain')
    await expectAccessible(page, 'explain (empty)')
    expect(await answer(page).getAttribute('aria-live')).toBe('polite')

    await page.getByLabel('User', { exact: true }).focus()
    await typeInto(page, 'nora')
    await page.keyboard.press('Tab')
    const permission = page.getByLabel('Permission', { exact: true })
    expect(await focusedId(page)).toBe('explain-permission')
    // A closed <select> takes type-ahead: typing the key picks that option.
    await page.keyboard.type('interactions.audio:listen', { delay: 20 })
    expect(await permission.inputValue()).toBe('interactions.audio:listen')
    for (const [id, text] of [
      ['explain-type', 'conversation'],
      ['explain-id', 'c-42'],
      ['explain-group', 'nyc'],
      ['explain-owner', 'agnes'],
    ] as const) {
      await page.keyboard.press('Tab')
      // Each field's hint is text, not a stop: the next Tab is the next field.
      expect(await focusedId(page)).toBe(id)
      await typeInto(page, text)
    }
    await page.keyboard.press('Tab')
    expect(await page.evaluate('document.activeElement.textContent.trim()')).toBe('Explain')
    await page.keyboard.press('Enter')

    await answer(page).locator('[data-reason]').waitFor()
    expect(await answer(page).locator('[data-decision]').innerText()).toBe('Denied')
    expect(await answer(page).locator('[data-reason]').innerText()).toBe('addon_required')
    expect(await hints(page)).toContain('turn on Audio access')
    // The answer is a link: htmx pushed the query into the address bar.
    const url = new URL(page.url())
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      user: 'nora',
      permission: 'interactions.audio:listen',
      type: 'conversation',
      id: 'c-42',
      group: 'nyc',
      owner: 'agnes',
    })
    // The decision is the one nora's own token gets.
    const res = await console_.api('nora').send('POST', '/v1/check', {
      permission: 'interactions.audio:listen',
      resource: { type: 'conversation', id: 'c-42', groupId: 'nyc', ownerId: 'agnes' },
    })
    expect(await res.json()).toMatchObject({ allowed: false, reason: 'addon_required' })
    await expectAccessible(page, 'explain (answered)')
    await screenshot(page, 'explain')
    await page.context().close()
  })

  it('opens a link with query parameters straight on the answer (at 390 px)', async () => {
    const page = await console_.signedIn('alice', { width: 390, height: 844 })
    const query = new URLSearchParams({
      user: 'mike',
      permission: 'interactions.conversations:read',
      type: 'conversation',
      id: 'c-7',
      group: 'nyc',
      owner: 'agnes',
    })
    await page.goto(`/console/explain?${query}`)
    expect(await page.getByLabel('User', { exact: true }).inputValue()).toBe('mike')
    expect(await page.getByLabel('Group', { exact: true }).inputValue()).toBe('nyc')
    expect(await answer(page).locator('[data-reason]').innerText()).toBe('out_of_scope')
    expect(await hints(page)).toContain('allow group nyc')
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'explain (answered, dark, 390 px)')
    await page.context().close()
  })

  it('shows a refusal in role=alert, swapped in like an answer', async () => {
    const page = await console_.signedIn('alice')
    await page.goto('/console/explain?user=nora&permission=interactions.audio:listen')
    await page.getByLabel('User', { exact: true }).focus()
    await typeInto(page, 'nobody')
    await page.keyboard.press('Enter')
    const alert = answer(page).getByRole('alert')
    await alert.waitFor()
    expect(await alert.innerText()).toContain('not_found')
    expect(await answer(page).locator('[data-reason]').count()).toBe(0)
    await expectAccessible(page, 'explain (refused)')
    await page.context().close()
  })

  it('works as a plain GET form without script', async () => {
    const context = await console_.browser.newContext({
      baseURL: console_.worker.url,
      javaScriptEnabled: false,
    })
    const page = await context.newPage()
    await signInAs(page, 'alice')
    await page.goto('/console/explain')
    await page.getByLabel('User', { exact: true }).fill('rita')
    await page
      .getByLabel('Permission', { exact: true })
      .selectOption('knowledge_base.articles:read')
    await page.getByRole('button', { name: 'Explain', exact: true }).click()
    await page.waitForURL('**/console/explain?**')
    expect(await answer(page).locator('[data-reason]').innerText()).toBe('product_disabled')
    expect(await hints(page)).toEqual(['enable the product knowledge_base'])
    await context.close()
  })
})
