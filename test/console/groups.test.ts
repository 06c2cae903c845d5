import { beforeAll, describe, expect, it } from 'vitest'
import { syntheticGroups } from '../../bench/synthetic'
import { alertOf, getPage, postForm, signIn, type ConsoleSession } from '../helpers/console'
import { call } from '../helpers/http'
import { ALL_PRODUCTS, seedDemoTenants, seedFreshTenant, versionOf } from '../helpers/seed'

interface Group {
  id: string
  name: string
  parentId: string | null
}

let alice: ConsoleSession
beforeAll(async () => {
  await seedDemoTenants()
  alice = await signIn('alice')
})

/** The groups as the API shows them to `user`. */
async function apiGroups(user = 'alice', tenant?: string): Promise<Group[]> {
  const res = await call('GET', '/v1/groups', undefined, { user, tokenOptions: { tenant } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { groups: Group[] }).groups
}

async function auditOf(targetId: string) {
  const res = await call('GET', `/v1/audit?targetType=group&targetId=${targetId}`)
  return ((await res.json()) as { entries: { action: string; version: number }[] }).entries
}

/** Posts a form that the API must refuse: the page shows the code with the status, nothing changes. */
async function expectRefused(
  session: ConsoleSession,
  path: string,
  fields: Record<string, string>,
  status: number,
  code: string,
  user = 'alice',
) {
  const before = await apiGroups(user)
  const version = await versionOf('acme')
  const res = await postForm(session, path, fields)
  expect(res.status).toBe(status)
  const html = await res.text()
  expect(alertOf(html)).toContain(code)
  expect(html).toContain('<ul class="tree"')
  expect(await apiGroups(user)).toEqual(before)
  expect(await versionOf('acme')).toBe(version)
}

describe('console groups (SPEC §10)', () => {
  it('shows the tree collapsed below the first level, with Create labelled Name and Parent', async () => {
    const res = await getPage(alice, '/console/groups')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<ul class="tree"')
    for (const id of ['company', 'east', 'west']) expect(html).toContain(`id="g-${id}"`)
    expect(html).not.toContain('id="g-boston"')
    expect(html).toContain('hx-get="/console/groups/east/children"')
    expect(html).toContain('href="/console/groups?open=east#g-east"')
    expect(html).toMatch(/<label for="create-name">Name<\/label>/)
    expect(html).toMatch(/<label for="create-parent">Parent<\/label>/)
    const opened = await (await getPage(alice, '/console/groups?open=boston')).text()
    expect(opened).toContain('id="g-boston"')
    expect(opened).toMatch(/<a href="[^"]*open=boston[^"]*" class="group-name" aria-current="true"/)
  })

  it('shows the groups /v1/groups shows each admin: count, top groups, and no others', async () => {
    for (const user of ['alice', 'adam', 'carl']) {
      const res = await call('GET', '/v1/groups', undefined, { user })
      const api = (await res.json()) as { groups: Group[]; tree: { id: string }[] }
      const session = user === 'alice' ? alice : await signIn(user)
      const html = await (await getPage(session, '/console/groups?q=%20')).text()
      expect(html, user).toContain(`${api.groups.length} group(s).`)
      for (const top of api.tree) expect(html, user).toContain(`id="g-${top.id}"`)
      const everyone = await (await getPage(session, '/console/groups?q=o')).text()
      const listed = [...everyone.matchAll(/<li><a href="\/console\/groups\?open=([^"#]+)#/g)]
      const expected = api.groups.filter((g) => /o/i.test(g.name) || g.id.includes('o'))
      expect(listed.map((m) => m[1]).sort(), user).toEqual(expected.map((g) => g.id).sort())
    }
  })

  it('loads a subtree as a fragment for htmx', async () => {
    const res = await getPage(alice, '/console/groups/east/children', { 'hx-request': 'true' })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html.startsWith('<ul id="kids-east" data-loaded="">')).toBe(true)
    expect(html).toContain('id="g-boston"')
    expect(html).toContain('id="g-nyc"')
    expect(html).not.toContain('<nav')
    const adam = await signIn('adam')
    expect((await getPage(adam, '/console/groups/west/children')).status).toBe(404)
  })

  it('loads a group’s edit forms on demand and has them in the page of the open group', async () => {
    const page = await (await getPage(alice, '/console/groups')).text()
    expect(page).not.toContain('aria-label="Rename East"')
    expect(page).toContain('hx-get="/console/groups/east/edit"')
    const fragment = await getPage(alice, '/console/groups/east/edit', { 'hx-request': 'true' })
    expect(fragment.status).toBe(200)
    const forms = await fragment.text()
    for (const verb of ['Rename', 'Move', 'Delete']) {
      expect(forms).toContain(`aria-label="${verb} East"`)
    }
    expect(forms).toContain(`name="_csrf" value="${alice.csrf}"`)
    const opened = await (await getPage(alice, '/console/groups?open=east')).text()
    expect(opened).toContain('aria-label="Rename East"')
  })

  it('pages a long child list: the way to the open group, Show more, and later pages', async () => {
    // Zero-padded ids: the tree keeps siblings in id order.
    const kids = Array.from({ length: 250 }, (_, i) => {
      const n = String(i).padStart(3, '0')
      return { id: `c${n}`, name: `Kid ${n}` }
    })
    const tenant = await seedFreshTenant({
      products: ALL_PRODUCTS,
      groups: [
        { id: 'top', name: 'Top', parentId: null },
        ...kids.map((k) => ({ ...k, parentId: 'top' })),
      ],
      users: [{ id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'top' }],
    })
    const boss = await signIn('boss', { tenant })
    const first = await (await getPage(boss, '/console/groups')).text()
    expect(first).toContain('id="g-c099"')
    expect(first).not.toContain('id="g-c100"')
    expect(first).toContain('hx-get="/console/groups/top/children?from=100"')
    expect(first).toContain('href="/console/groups?open=top&amp;from=100#g-top"')
    const second = await (await getPage(boss, '/console/groups?open=top&from=100')).text()
    expect(second).toContain('id="g-c100"')
    expect(second).not.toContain('id="g-c099"')
    const atGroup = await (await getPage(boss, '/console/groups?open=c230')).text()
    expect(atGroup).toContain('id="g-c230"')
    expect(atGroup).toContain('id="g-c200"')
    expect(atGroup).not.toContain('id="g-c199"')
    const more = await (await getPage(boss, '/console/groups/top/children?from=200')).text()
    expect(more.startsWith('<li id="g-c200">')).toBe(true)
    expect(more).toContain('id="g-c249"')
    expect(more).not.toContain('Show more')
  }, 30_000)

  it('finds groups by name or id and shows their path', async () => {
    const html = await (await getPage(alice, '/console/groups?q=york')).text()
    expect(html).toContain('href="/console/groups?open=nyc#g-nyc"')
    expect(html).toContain('Company › East › New York')
    expect(html).toContain('1 match(es).')
  })

  it('creates, renames, moves and deletes through forms, audited, each bumping the version', async () => {
    let version = await versionOf('acme')
    const created = await postForm(alice, '/console/groups', {
      name: 'Console Test',
      parentId: 'east',
      id: 'console-test',
    })
    expect(created.status).toBe(303)
    expect(created.headers.get('location')).toContain('open=console-test')
    expect((await apiGroups()).find((g) => g.id === 'console-test')).toEqual(
      expect.objectContaining({ name: 'Console Test', parentId: 'east' }),
    )
    expect(await versionOf('acme')).toBe(version + 1)
    const notice = await (await getPage(alice, created.headers.get('location')!)).text()
    expect(notice).toMatch(/role="status"[^>]*>Created group console-test \(version \d+\)/)

    version = await versionOf('acme')
    const renamed = await postForm(alice, '/console/groups/console-test/rename', {
      name: 'Renamed',
    })
    expect(renamed.status).toBe(303)
    expect((await apiGroups()).find((g) => g.id === 'console-test')?.name).toBe('Renamed')
    expect(await versionOf('acme')).toBe(version + 1)

    const moved = await postForm(alice, '/console/groups/console-test/move', { parentId: 'west' })
    expect(moved.status).toBe(303)
    expect((await apiGroups()).find((g) => g.id === 'console-test')?.parentId).toBe('west')
    expect(await versionOf('acme')).toBe(version + 2)

    const deleted = await postForm(alice, '/console/groups/console-test/delete', {})
    expect(deleted.status).toBe(303)
    expect((await apiGroups()).some((g) => g.id === 'console-test')).toBe(false)
    expect(await versionOf('acme')).toBe(version + 3)

    expect((await auditOf('console-test')).map((e) => e.action)).toEqual([
      'group.delete',
      'group.move',
      'group.rename',
      'group.create',
    ])
  })

  it('shows group_not_empty (409) for a group with children and writes nothing', async () => {
    await expectRefused(alice, '/console/groups/east/delete', {}, 409, 'group_not_empty')
  })

  it('refuses tampered forms with the API’s error and writes nothing', async () => {
    // Another tenant's group as the parent.
    await expectRefused(alice, '/console/groups', { name: 'X', parentId: 'hq' }, 404, 'not_found')
    await expectRefused(alice, '/console/groups/boston/move', { parentId: 'hq' }, 404, 'not_found')
    // Below itself.
    await expectRefused(alice, '/console/groups/east/move', { parentId: 'nyc' }, 400, 'group_cycle')
    // A taken id, an empty name.
    await expectRefused(
      alice,
      '/console/groups',
      { name: 'Dup', parentId: 'east', id: 'boston' },
      409,
      'id_taken',
    )
    await expectRefused(alice, '/console/groups/east/rename', { name: ' ' }, 400, 'invalid_request')
    // adam administers East only: West is a parent he cannot see.
    const adam = await signIn('adam')
    await expectRefused(
      adam,
      '/console/groups/boston/move',
      { parentId: 'west' },
      403,
      'forbidden',
      'adam',
    )
    await expectRefused(
      adam,
      '/console/groups',
      { name: 'Y', parentId: 'sf' },
      403,
      'forbidden',
      'adam',
    )
  })

  it('keeps the page of a tenant with 10,000 groups under 200 KB, collapsed, with search', async () => {
    const tenant = await seedFreshTenant({
      products: ALL_PRODUCTS,
      groups: syntheticGroups(10_000, 4),
      users: [{ id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'g0' }],
    })
    const boss = await signIn('boss', { tenant })
    expect((await apiGroups('boss', tenant)).length).toBe(10_000)
    const started = Date.now()
    const res = await getPage(boss, '/console/groups')
    const html = await res.text()
    const elapsed = Date.now() - started
    expect(res.status).toBe(200)
    expect(new TextEncoder().encode(html).length).toBeLessThan(200_000)
    expect(html).toContain('id="g-g1"')
    expect(html).not.toContain('id="g-g23"') // second level: loads on demand
    expect(html).toContain('hx-get="/console/groups/g1/children"')
    const deep = await (await getPage(boss, '/console/groups?open=g9999&q=Group%2099')).text()
    expect(new TextEncoder().encode(deep).length).toBeLessThan(200_000)
    expect(deep).toContain('id="g-g9999"')
    expect(deep).toContain('The first 50 matches')
    // The whole request (D1 reads included) as workerd's clock sees it.
    expect(elapsed).toBeLessThan(2_000)
  }, 60_000)
})
