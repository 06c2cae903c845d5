import { beforeAll, describe, expect, it } from 'vitest'
import { alertOf, getPage, signIn, type ConsoleSession } from '../helpers/console'
import { call } from '../helpers/http'
import { seedDemoTenants, seedOrg } from '../helpers/seed'
import { cellOf, html, type MeAnswer } from './users-pages'

let alice: ConsoleSession
beforeAll(async () => {
  await seedDemoTenants()
  alice = await signIn('alice')
})

describe('console users list (SPEC §10)', () => {
  it('pages through the users by cursor and links each row to its page', async () => {
    const first = await html(alice, '/console/users')
    expect(first).toContain('role="status"')
    expect(first).toContain('href="/console/users/adam"')
    expect(first).toMatch(/<p id="user-count" role="status"[^>]*>13 users<\/p>/)
    const api = await call('GET', '/v1/users?limit=200')
    const ids = ((await api.json()) as { users: { id: string }[] }).users.map((u) => u.id)
    for (const id of ids) expect(first).toContain(`href="/console/users/${id}"`)
  })

  it('searches by an id, email or name prefix, as a plain GET form and as an htmx fragment', async () => {
    const byId = await html(alice, '/console/users?q=ca')
    expect(byId).toMatch(/>1 user<\/p>/)
    expect(byId).toContain('href="/console/users/carl"')
    expect(byId).not.toContain('href="/console/users/alice"')
    const byEmail = await html(alice, '/console/users?q=SUE%40acme')
    expect(byEmail).toContain('href="/console/users/sue"')
    expect(byEmail).toMatch(/>1 user<\/p>/)
    const byName = await html(alice, '/console/users?q=Ri')
    expect(byName).toContain('href="/console/users/rita"')
    expect(byName).toContain('hx-trigger="input changed delay:300ms, search"')
    const fragment = await getPage(alice, '/console/users?q=a', { 'HX-Request': 'true' })
    const text = await fragment.text()
    expect(text).not.toContain('<nav aria-label="Console"')
    expect(text).toContain('<div id="user-results">')
    expect(text).toContain('hx-swap-oob="innerHTML"')
    for (const id of ['adam', 'agnes', 'alice', 'aud']) {
      expect(text).toContain(`href="/console/users/${id}"`)
    }
    expect(text).toMatch(/>4 users<\/p>/)
  })

  it('documents q in the JSON API: prefix search with cursor paging, limited to the caller', async () => {
    const res = await call('GET', '/v1/users?q=a&limit=2')
    expect(res.status).toBe(200)
    const page1 = (await res.json()) as { users: { id: string }[]; next: string | null }
    expect(page1.users.map((u) => u.id)).toEqual(['adam', 'agnes'])
    const res2 = await call('GET', `/v1/users?q=a&limit=2&cursor=${page1.next}`)
    const page2 = (await res2.json()) as { users: { id: string }[]; next: string | null }
    expect(page2.users.map((u) => u.id)).toEqual(['alice', 'aud'])
    expect(page2.next).toBeNull()
    const carl = await call('GET', '/v1/users?q=s', undefined, { user: 'carl' })
    const seen = ((await carl.json()) as { users: { id: string }[] }).users.map((u) => u.id)
    expect(seen).toEqual(['sue']) // sam and sid are homed in east, outside carl's boston
    const empty = await call('GET', '/v1/users?q=')
    expect(empty.status).toBe(400)
  })

  it('pages and searches 100,000 users quickly', async () => {
    const users = Array.from({ length: 100_000 }, (_, i) => ({
      id: `u${String(i).padStart(6, '0')}`,
      name: `Person ${i}`,
      email: `p${i}@big.example`,
      roleId: 'read_only',
      homeGroupId: 'l1',
    }))
    const tenant = await seedOrg(users)
    const boss = await signIn('boss', { tenant })
    for (const q of ['u0999', 'P12345', 'person 9999', 'zzz']) {
      const started = Date.now()
      const page = await html(boss, `/console/users?q=${encodeURIComponent(q)}`)
      const elapsed = Date.now() - started
      expect(elapsed, `q=${q}`).toBeLessThan(1000)
      if (q === 'zzz') expect(page).toContain('No user matches.')
      else expect(page).toContain('role="status"')
    }
    const paged = await html(boss, '/console/users?cursor=u050000')
    expect(paged).toContain('href="/console/users/u050001"')
    expect(paged).toContain('href="/console/users?cursor=u050050"')
  }, 120_000)
})

describe('console user page (SPEC §10)', () => {
  it('shows role, home group path, add-ons, reports and the /v1/me matrix with its sources', async () => {
    for (const id of ['sue', 'nora', 'sam', 'ivan']) {
      const page = await html(alice, `/console/users/${id}`)
      const me = (await (await call('GET', '/v1/me', undefined, { user: id })).json()) as MeAnswer
      expect(page).toContain(`${me.role.name} (<code>${me.role.id}</code>)`)
      for (const module of me.modules) {
        for (const [sub, actions] of Object.entries(module.submodules)) {
          for (const [action, level] of Object.entries(actions)) {
            const key = `${module.key}.${sub}:${action}`
            const cell = cellOf(page, key)
            expect(cell?.level, `${id} ${key}`).toBe(level)
            if (me.addonRequired[key]) {
              const addon =
                me.addonRequired[key] === 'score' ? 'Score conversations' : 'Audio access'
              expect(cell!.text).toBe(`Disabled — needs ${addon}`)
            } else {
              expect(cell!.text).toMatch(new RegExp(`— role ${me.role.name}`))
            }
            if (level !== 'all') {
              expect(cell!.html).toContain(
                `href="/console/explain?user=${id}&amp;permission=${encodeURIComponent(key)}"`,
              )
            }
          }
        }
      }
    }
    const sue = await html(alice, '/console/users/sue')
    expect(sue).toContain('Company › East › Boston')
    expect(cellOf(sue, 'campaigns.campaigns:write')!.text).toBe('Own — role Standard')
    const sam = await html(alice, '/console/users/sam')
    expect(cellOf(sam, 'quality.evaluations:write')!.text).toBe(
      'Disabled — needs Score conversations',
    )
    const nora = await html(alice, '/console/users/nora')
    expect(nora).toContain('Audio access: off')
    expect(cellOf(nora, 'interactions.audio:listen')!.text).toBe('Disabled — needs Audio access')
  })

  it('needs admin.users:read over the user, like GET /v1/users/:id', async () => {
    const carl = await signIn('carl')
    await html(carl, '/console/users/sue')
    const res = await getPage(carl, '/console/users/sam')
    expect(res.status).toBe(403)
    expect(alertOf(await res.text())).toContain('forbidden')
    expect((await getPage(alice, '/console/users/nobody')).status).toBe(404)
  })
})
