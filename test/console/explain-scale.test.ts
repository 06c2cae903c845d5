/** The Explain screen at the scale of issue 9: bounded suggestions, a small page, quick answers. */
import { describe, expect, it } from 'vitest'
import { getPage, signIn } from '../helpers/console'
import { ALL_PRODUCTS, seedFreshTenant } from '../helpers/seed'

describe('Explain at scale (10,000 groups, 20,000 users)', () => {
  it('keeps the page and its suggestions bounded and still explains', async () => {
    const groups = [{ id: 'hq', name: 'HQ', parentId: null as string | null }]
    for (let r = 0; r < 100; r++) {
      groups.push({ id: `r${r}`, name: `Region ${r}`, parentId: 'hq' })
      for (let l = 0; l < 99; l++) {
        groups.push({ id: `r${r}-l${l}`, name: `Location ${r}.${l}`, parentId: `r${r}` })
      }
    }
    const users = Array.from({ length: 20_000 }, (_, i) => ({
      id: `u${String(i).padStart(5, '0')}`,
      name: `Person ${i}`,
      roleId: 'read_only',
      homeGroupId: `r${i % 100}-l${i % 99}`,
    }))
    const tenant = await seedFreshTenant({
      products: ALL_PRODUCTS,
      groups,
      users: [
        { id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'hq', addons: { score: true } },
        ...users,
      ],
    })
    const boss = await signIn('boss', { tenant })
    // u00000 lives at r0-l0; a conversation at the sister location r0-l1 is out of scope.
    const query = {
      user: 'u00000',
      permission: 'interactions.conversations:read',
      type: 'conversation',
      id: 'c-1',
      group: 'r0-l1',
      owner: 'u00001',
    }
    const started = Date.now()
    const res = await getPage(boss, `/console/explain?${new URLSearchParams(query)}`)
    const html = await res.text()
    const elapsed = Date.now() - started
    expect(res.status).toBe(200)
    expect(/data-decision[^>]*>(\w+)</.exec(html)?.[1]).toBe('Denied')
    expect(/data-reason[^>]*>(\w+)</.exec(html)?.[1]).toBe('out_of_scope')
    expect(html).toMatch(/<span data-hint[^>]*>allow group r0-l1</)
    expect(elapsed).toBeLessThan(2000)
    expect(html.length).toBeLessThan(100_000)
    const optionCount = (id: string) => {
      const list = new RegExp(`<datalist id="${id}">([\\s\\S]*?)</datalist>`).exec(html)
      return list![1]!.match(/<option/g)?.length ?? 0
    }
    expect(optionCount('explain-users')).toBeLessThanOrEqual(20)
    expect(optionCount('explain-groups')).toBeLessThanOrEqual(50)
    const found = await (await getPage(boss, '/console/explain/users?user=u1999')).text()
    expect([...found.matchAll(/value="([^"]+)"/g)].map((m) => m[1])).toEqual(
      Array.from({ length: 10 }, (_, i) => `u1999${i}`),
    )
  }, 120_000)
})
