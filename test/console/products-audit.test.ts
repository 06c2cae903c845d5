import { beforeAll, describe, expect, it } from 'vitest'
import { fieldDiff, touchedPermissions } from '../../src/console/screens/audit/field-diff'
import { alertOf, getPage, postForm, signIn, type ConsoleSession } from '../helpers/console'
import { call } from '../helpers/http'
import { ALL_PRODUCTS, seedOrg, versionOf } from '../helpers/seed'

let tenant: string
let boss: ConsoleSession
beforeAll(async () => {
  tenant = await seedOrg()
  boss = await signIn('boss', { tenant })
})

const api = async <T>(method: string, path: string, body?: unknown, user = 'boss') => {
  const res = await call(method, path, body, { user, tokenOptions: { tenant } })
  expect(res.status, `${method} ${path}`).toBeLessThan(300)
  return (await res.json()) as T
}

/** The page's text as a reader hears it (tags dropped, spaces collapsed). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ :/g, ':')

const enabledOf = async () =>
  (await api<{ enabled: string[] }>('GET', '/v1/tenant/products')).enabled

describe('console products and settings (SPEC §10)', () => {
  it('shows the enabled products (core on and disabled) and the grant scope radios', async () => {
    const html = await (await getPage(boss, '/console/products')).text()
    expect(html).toMatch(
      /<input type="checkbox" id="product-core" name="products" value="core" checked="" disabled=""/,
    )
    expect(html).toMatch(/id="product-quality" name="products" value="quality" checked=""/)
    expect(html).toMatch(/<legend>Grant scope<\/legend>/)
    expect(html).toMatch(
      /type="radio" id="scope-siblings" name="grantScope" value="siblings" checked=""/,
    )
    expect(html).toMatch(
      /id="scope-same_level_or_below" name="grantScope" value="same_level_or_below" aria/,
    )
  })

  it('saves products and the grant scope, visible through the API, with a notice', async () => {
    const without = ALL_PRODUCTS.filter((p) => p !== 'knowledge_base')
    const version = await versionOf(tenant)
    const saved = await postForm(boss, '/console/products', { products: without })
    expect(saved.status).toBe(303)
    expect(await enabledOf()).toEqual(['core', ...without])
    expect(await versionOf(tenant)).toBe(version + 1)
    const notice = await (await getPage(boss, saved.headers.get('location')!)).text()
    expect(notice).toMatch(/role="status" class="notice">Products saved \(version \d+\)/)
    expect(notice).not.toMatch(/value="knowledge_base" checked/)

    const scope = await postForm(boss, '/console/products/settings', {
      grantScope: 'same_level_or_below',
    })
    expect(scope.status).toBe(303)
    const settings = await api<{ grantScope: string }>('GET', '/v1/tenant/settings')
    expect(settings.grantScope).toBe('same_level_or_below')
    expect(await versionOf(tenant)).toBe(version + 2)
  })

  it('refuses tampered values and admins who are not tenant-wide, writing nothing', async () => {
    const lead = await signIn('lead', { tenant })
    const cases: [ConsoleSession, string, Record<string, string | string[]>, number, string][] = [
      [boss, '/console/products', { products: ['quality', 'core'] }, 400, 'invalid_request'],
      [boss, '/console/products', { products: 'nonsense' }, 400, 'invalid_request'],
      [boss, '/console/products/settings', { grantScope: 'everywhere' }, 400, 'invalid_request'],
      [lead, '/console/products', { products: ['quality'] }, 403, 'forbidden'],
      [lead, '/console/products/settings', { grantScope: 'siblings' }, 403, 'forbidden'],
    ]
    for (const [session, path, fields, status, code] of cases) {
      const products = await enabledOf()
      const version = await versionOf(tenant)
      const res = await postForm(session, path, fields)
      expect(res.status, `${path} ${JSON.stringify(fields)}`).toBe(status)
      expect(alertOf(await res.text())).toContain(code)
      expect(await enabledOf()).toEqual(products)
      expect(await versionOf(tenant)).toBe(version)
    }
  })
})

describe('console audit (SPEC §10)', () => {
  it('shows each changed field as `field: before → after`, filtered by target', async () => {
    const role = await api<{ role: { id: string } }>('POST', '/v1/roles', {
      name: 'Audit probe',
      permissions: { 'interactions.audio:listen': { level: 'own' } },
    })
    const id = role.role.id
    await api('PATCH', `/v1/roles/${id}`, {
      permissions: { 'interactions.audio:listen': { level: 'group', requires: 'audio' } },
    })
    await api('POST', '/v1/groups', { id: 'probe-group', name: 'Probe', parentId: 'r1' })
    const res = await getPage(boss, `/console/audit?targetType=role&targetId=${id}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    const text = textOf(html)
    expect(text).toContain('permissions.interactions.audio:listen.level: own → group')
    expect(text).toContain('permissions.interactions.audio:listen.requires: ∅ → audio')
    expect(text).toContain('name: ∅ → Audit probe')
    expect(text).toContain('2 entries, newest first.')
    expect(html.indexOf('role.update')).toBeLessThan(html.indexOf('role.create'))
    expect(html).not.toContain('probe-group')
    expect(html).toContain(`href="/console/roles/${id}"`)
    expect(html).toContain(
      'href="/console/explain?user=boss&amp;permission=interactions.audio%3Alisten"',
    )
    const groups = await (await getPage(boss, '/console/audit?targetType=group&actor=boss')).text()
    expect(groups).toContain('href="/console/groups?open=probe-group#g-probe-group"')
    expect(textOf(groups)).toContain('parentId: ∅ → r1')
  })

  it('links a user change to the user page and to Explain for that user', async () => {
    await api('PUT', '/v1/users/lead/access', { addons: { audio: false } })
    const html = await (await getPage(boss, '/console/audit?targetType=user&targetId=lead')).text()
    expect(html).toContain('href="/console/users/lead"')
    expect(html).toContain('href="/console/explain?user=lead"')
    expect(textOf(html)).toContain('addons.audio: true → false')
  })

  it('filters by date, pages by cursor and refuses a bad filter with its code', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const all = await api<{ entries: { id: number }[] }>('GET', '/v1/audit')
    const newest = all.entries[0]!.id
    const todays = await (
      await getPage(boss, `/console/audit?since=${today}&until=${today}`)
    ).text()
    expect(todays).toContain(`${all.entries.length} entr`)
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    expect(await (await getPage(boss, `/console/audit?since=${tomorrow}`)).text()).toContain(
      'No entries match.',
    )
    const older = await (await getPage(boss, `/console/audit?cursor=${newest}`)).text()
    expect(older).toContain(`${all.entries.length - 1} entr`)
    expect(older).toContain('href="/console/audit">Newest entries</a>')
    const bad = await getPage(boss, '/console/audit?since=yesterday')
    expect(bad.status).toBe(400)
    expect(alertOf(await bad.text())).toContain('invalid_request')
  })
})

describe('console screens refuse admins without the permission', () => {
  it('answers 403 forbidden on Groups, Products and Audit for a user who is not an admin', async () => {
    const other = await seedOrg([{ id: 'std', name: 'Std', roleId: 'standard', homeGroupId: 'l1' }])
    const std = await signIn('std', { tenant: other })
    for (const path of ['/console/groups', '/console/products', '/console/audit']) {
      const res = await getPage(std, path)
      expect(res.status, path).toBe(403)
      expect(alertOf(await res.text()), path).toContain('forbidden')
    }
  })
})

describe('console audit paging', () => {
  it('pages 50 entries at a time with Older and Newest links', async () => {
    const other = await seedOrg()
    const session = await signIn('boss', { tenant: other })
    for (let i = 0; i < 51; i++) {
      const res = await call(
        'PATCH',
        '/v1/groups/l1',
        { name: `L1 v${i}` },
        {
          user: 'boss',
          tokenOptions: { tenant: other },
        },
      )
      expect(res.status).toBe(200)
    }
    const first = await (await getPage(session, '/console/audit?targetType=group')).text()
    expect(first).toContain('50 entries, newest first.')
    expect(textOf(first)).toContain('name: L1 v49 → L1 v50')
    const older = /href="(\/console\/audit\?targetType=group&amp;cursor=\d+)">Older entries/.exec(
      first,
    )
    expect(older).not.toBeNull()
    const second = await (await getPage(session, older![1]!.replace(/&amp;/g, '&'))).text()
    expect(second).toContain('1 entry, newest first.')
    expect(textOf(second)).toContain('name: L1 → L1 v0')
    expect(second).toContain('href="/console/audit?targetType=group">Newest entries</a>')
    expect(second).not.toContain('Older entries')
  }, 30_000)
})

describe('field diff', () => {
  it('flattens nested keys to dotted paths and marks missing sides with ∅', () => {
    expect(fieldDiff({ a: { b: 1, c: [1, 2] } }, { a: { b: 2, c: [1, 2] }, d: 'x' }, 'v')).toEqual([
      { field: 'a.b', before: '1', after: '2' },
      { field: 'd', before: '∅', after: 'x' },
    ])
    expect(fieldDiff(['a'], ['a', 'b'], 'products')).toEqual([
      { field: 'products', before: '[a]', after: '[a, b]' },
    ])
    expect(fieldDiff({ id: 'g', name: 'G' }, null, 'delete')).toEqual([
      { field: 'id', before: 'g', after: '∅' },
      { field: 'name', before: 'G', after: '∅' },
    ])
    expect(
      touchedPermissions(
        { permissions: { 'a.b:read': { level: 'own' }, 'a.b:write': { level: 'own' } } },
        { permissions: { 'a.b:read': { level: 'group' }, 'a.b:write': { level: 'own' } } },
      ),
    ).toEqual(['a.b:read'])
  })
})
