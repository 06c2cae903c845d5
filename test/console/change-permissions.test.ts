import { beforeAll, describe, expect, it } from 'vitest'
import { alertOf, getPage, postForm, signIn } from '../helpers/console'
import { call } from '../helpers/http'
import { seedDemoTenants, seedOrg, versionOf } from '../helpers/seed'
import { boxOf, formFields, html, lockOf, stored, withOut } from './users-pages'

beforeAll(seedDemoTenants)

/** A fresh org (root > r1 (l1, l2), r2 (l3)) with `ann`, standard at r1, and `rob` at l3. */
async function orgWithAnn() {
  const tenant = await seedOrg([
    { id: 'ann', name: 'Ann', roleId: 'standard', homeGroupId: 'r1' },
    { id: 'rob', name: 'Rob', roleId: 'read_only', homeGroupId: 'l3' },
  ])
  return { tenant, boss: await signIn('boss', { tenant }), lead: await signIn('lead', { tenant }) }
}

async function auditActions(tenant: string, id: string): Promise<string[]> {
  const res = await call('GET', `/v1/audit?targetType=user&targetId=${id}`, undefined, {
    user: 'boss',
    tokenOptions: { tenant },
  })
  return ((await res.json()) as { entries: { action: string }[] }).entries.map((e) => e.action)
}

describe('console Change Permissions (SPEC §10, seed 004)', () => {
  it('shows the tree with the home subtree inherited and locked rows with the reason', async () => {
    const { boss, lead } = await orgWithAnn()
    const page = await html(boss, '/console/users/ann/access')
    expect(page.match(/<form[^>]*method="post"/g)).toHaveLength(2) // sign out + the one form
    expect(page.match(/type="submit"[^>]*>\s*Save/g) ?? page.match(/>Save</g)).toHaveLength(1)
    expect(boxOf(page, 'r1')).toMatch(/ checked/)
    expect(boxOf(page, 'r1')).toMatch(/ disabled/)
    expect(boxOf(page, 'r1')).toContain('aria-describedby="why-r1"')
    expect(lockOf(page, 'r1')).toBe('Home group')
    expect(lockOf(page, 'root')).toBe('Ancestor of the home group')
    expect(boxOf(page, 'l1')).toMatch(/ checked/)
    expect(boxOf(page, 'l1')).not.toMatch(/ disabled/)
    expect(page).toMatch(/id="g-l1"[\s\S]*?Inherited from home group/)
    expect(boxOf(page, 'r2')).not.toMatch(/ checked| disabled/)
    expect(page).toMatch(/<input type="checkbox" role="switch" id="addon-audio" name="audio"/)
    expect(page).toContain('<label for="addon-score">Score conversations</label>')
    expect(page).toMatch(/data-report="conversation_log"[^>]*checked/)
    expect(page).toMatch(/id="report-state-conversation_log" class="badge">Role default</)
    // An admin of r1 cannot see r2: its box says so.
    const leads = await html(lead, '/console/users/ann/access')
    expect(lockOf(leads, 'r2')).toBe('Outside your groups')
    expect(lockOf(leads, 'root')).toBe('Ancestor of the home group')
    // Rob's home l3 has no sister: under the siblings grant scope, r1 is out of reach.
    const robs = await html(boss, '/console/users/rob/access')
    expect(lockOf(robs, 'r1')).toBe('Outside the grant scope')
    expect(boxOf(robs, 'r1')).toMatch(/ disabled/)
    expect(lockOf(robs, 'r2')).toBe('Ancestor of the home group')
    expect(lockOf(robs, 'l3')).toBe('Home group')
  })

  it('writes exactly the intended entries, add-ons and reports, audited, with a new version', async () => {
    const { tenant, boss } = await orgWithAnn()
    const page = await html(boss, '/console/users/ann/access')
    const form = formFields(page)
    const version = await versionOf(tenant)
    const res = await postForm(boss, '/console/users/ann/access', {
      ...form,
      group: [...withOut(form.group, 'l1'), 'r2', 'l3'],
      score: 'on',
      report: [...withOut(form.report, 'agent_activity'), 'observability_overview'],
    })
    expect(res.status, await res.clone().text()).toBe(303)
    expect(res.headers.get('location')).toBe('/console/users/ann?saved=1')
    const ann = await stored('ann', 'boss', tenant)
    const byId = (a: { groupId: string }, b: { groupId: string }) =>
      a.groupId.localeCompare(b.groupId)
    expect([...ann.groups].sort(byId)).toEqual([
      { groupId: 'l1', allow: false },
      { groupId: 'r2', allow: true },
    ])
    expect(ann.addons).toEqual({ audio: true, score: true })
    expect(ann.reports).toEqual({ grant: ['observability_overview'], revoke: ['agent_activity'] })
    expect(ann.roleId).toBe('standard')
    expect(ann.homeGroupId).toBe('r1')
    expect(await versionOf(tenant)).toBe(version + 1)
    expect(await auditActions(tenant, 'ann')).toContain('user.access')
    // The saved page starts from the new state: saving it unchanged changes nothing stored.
    const again = await html(boss, '/console/users/ann/access')
    expect(boxOf(again, 'l1')).not.toMatch(/ checked/)
    expect(boxOf(again, 'r2')).toMatch(/data-entry="allow" checked/)
    expect(again).toMatch(/id="report-state-agent_activity" class="badge">Revoked</)
    expect(again).toMatch(/id="report-state-observability_overview" class="badge">Granted</)
    const resave = await postForm(boss, '/console/users/ann/access', formFields(again))
    expect(resave.status).toBe(303)
    expect(await stored('ann', 'boss', tenant)).toEqual(ann)
    // Checking l1 again drops its deny; unchecking r2 drops its allow.
    const form2 = formFields(again)
    await postForm(boss, '/console/users/ann/access', {
      ...form2,
      group: [...withOut(withOut(form2.group, 'r2'), 'l3'), 'l1'],
      role: 'read_only',
    })
    expect((await stored('ann', 'boss', tenant)).groups).toEqual([])
  })

  it('changes the role and home group through the same Save', async () => {
    const { tenant, boss } = await orgWithAnn()
    const form = formFields(await html(boss, '/console/users/rob/access'))
    const res = await postForm(boss, '/console/users/rob/access', {
      ...form,
      roleId: 'scorer',
      homeGroupId: 'r2',
    })
    expect(res.status, alertOf(await res.clone().text())).toBe(303)
    const rob = await stored('rob', 'boss', tenant)
    expect([rob.roleId, rob.homeGroupId, rob.groups]).toEqual(['scorer', 'r2', []])
  })

  let wideRole = ''
  const refusals: [
    string,
    string,
    (form: Record<string, string[]>) => Record<string, string | string[]>,
    number,
    string,
  ][] = [
    [
      'a group the admin cannot see',
      'lead',
      (f) => ({ ...f, shown: [...f.shown!, 'r2'], group: [...f.group!, 'r2'] }),
      400,
      'invalid_group_access',
    ],
    [
      'a group of another tenant',
      'boss',
      (f) => ({ ...f, shown: [...f.shown!, 'hq'], group: [...f.group!, 'hq'] }),
      400,
      'invalid_group_access',
    ],
    [
      'an ancestor of the home group',
      'boss',
      (f) => ({ ...f, shown: [...f.shown!, 'root'], group: [...f.group!, 'root'] }),
      400,
      'invalid_group_access',
    ],
    [
      'a deny on the home group',
      'boss',
      (f) => ({ ...f, shown: [...f.shown!, 'r1'] }),
      400,
      'invalid_group_access',
    ],
    [
      'a report key that does not exist',
      'boss',
      (f) => ({ ...f, report: [...f.report!, 'no_such_report'] }),
      400,
      'invalid_request',
    ],
    ['a coming-soon role', 'boss', (f) => ({ ...f, roleId: 'team_lead' }), 400, 'role_unavailable'],
    ['a role above the admin', 'lead', (f) => ({ ...f, roleId: wideRole }), 403, 'forbidden'],
  ]
  it.each(refusals)(
    'refuses %s with the API error, writing nothing',
    async (_, admin, tamper, status, code) => {
      const { tenant, boss, lead } = await orgWithAnn()
      const wide = await call(
        'POST',
        '/v1/roles',
        { name: 'Wide', permissions: { 'interactions.conversations:read': { level: 'all' } } },
        { user: 'boss', tokenOptions: { tenant } },
      )
      expect(wide.status).toBe(201)
      wideRole = ((await wide.json()) as { role: { id: string } }).role.id
      const session = admin === 'lead' ? lead : boss
      const before = await stored('ann', 'boss', tenant)
      const version = await versionOf(tenant)
      const form = formFields(await html(session, '/console/users/ann/access'))
      const res = await postForm(session, '/console/users/ann/access', tamper(form))
      const text = await res.text()
      expect(res.status, alertOf(text)).toBe(status)
      expect(alertOf(text)).toContain(code)
      expect(text).toContain('data-group="r1"') // the form again, as stored
      expect(await stored('ann', 'boss', tenant)).toEqual(before)
      expect(await versionOf(tenant)).toBe(version)
    },
  )

  it('refuses changing oneself (forbidden, self_change), writing nothing', async () => {
    const { tenant, boss } = await orgWithAnn()
    const before = await stored('boss', 'boss', tenant)
    const version = await versionOf(tenant)
    const form = formFields(await html(boss, '/console/users/boss/access'))
    const res = await postForm(boss, '/console/users/boss/access', { ...form, score: [] })
    expect(res.status).toBe(403)
    const text = await res.text()
    expect(alertOf(text)).toContain('forbidden')
    expect(alertOf(text)).toContain('nobody changes their own')
    expect(await stored('boss', 'boss', tenant)).toEqual(before)
    expect(await versionOf(tenant)).toBe(version)
  })

  it('keeps a tenant of 10,000 groups collapsed, under 200 KB, with lazy children and a search', async () => {
    const { syntheticGroups } = await import('../../bench/synthetic')
    const { seedFreshTenant, ALL_PRODUCTS } = await import('../helpers/seed')
    const tenant = await seedFreshTenant({
      products: ALL_PRODUCTS,
      groups: syntheticGroups(10_000, 4),
      users: [
        { id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'g0' },
        {
          id: 'deep',
          name: 'Deep',
          roleId: 'read_only',
          homeGroupId: 'g30',
          groups: [{ groupId: 'g661', allow: false }],
        },
      ],
    })
    const boss = await signIn('boss', { tenant })
    const page = await html(boss, '/console/users/deep/access')
    expect(new TextEncoder().encode(page).length).toBeLessThan(200_000)
    expect(boxOf(page, 'g1')).toBeDefined()
    expect(boxOf(page, 'g30')).toMatch(/ checked/)
    expect(boxOf(page, 'g661')).toMatch(/data-entry="deny"/)
    expect(boxOf(page, 'g661')).not.toMatch(/disabled/)
    expect(boxOf(page, 'g9999')).toBeUndefined()
    expect(page).toContain('hx-get="/console/users/deep/access/groups/g2"')
    expect(page).toContain('href="/console/users/deep/access?open=g2#g-g2"')
    const kids = await getPage(boss, '/console/users/deep/access/groups/g2', {
      'HX-Request': 'true',
    })
    const fragment = await kids.text()
    expect(fragment).toMatch(/^<ul id="kids-g2">/)
    expect(boxOf(fragment, 'g45')).toBeDefined()
    const found = await html(boss, '/console/users/deep/access?find=Group%209999')
    expect(found).toContain('href="/console/users/deep/access?open=g9999#g-g9999"')
    const opened = await html(boss, '/console/users/deep/access?open=g9999')
    expect(new TextEncoder().encode(opened).length).toBeLessThan(200_000)
    expect(boxOf(opened, 'g9999')).toBeDefined()
    // One Save from the collapsed page keeps the unloaded entry.
    const res = await postForm(boss, '/console/users/deep/access', formFields(page))
    expect(res.status).toBe(303)
    expect((await stored('deep', 'boss', tenant)).groups).toEqual([
      { groupId: 'g661', allow: false },
    ])
  }, 120_000)

  it('lists a wide group’s children in pages of 100, with Show more (htmx or a plain link)', async () => {
    const { seedFreshTenant, ALL_PRODUCTS } = await import('../helpers/seed')
    const kids = Array.from({ length: 250 }, (_, i) => `w${String(i).padStart(3, '0')}`)
    const tenant = await seedFreshTenant({
      products: ALL_PRODUCTS,
      groups: [
        { id: 'top', name: 'Top', parentId: null },
        ...kids.map((id) => ({ id, name: `Wide ${id}`, parentId: 'top' })),
      ],
      users: [
        { id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'top' },
        {
          id: 'wid',
          name: 'Wid',
          roleId: 'read_only',
          homeGroupId: 'top',
          groups: [{ groupId: 'w150', allow: false }],
        },
      ],
    })
    const boss = await signIn('boss', { tenant })
    const page = await html(boss, '/console/users/wid/access')
    expect(boxOf(page, 'w099')).toBeDefined()
    expect(boxOf(page, 'w100')).toBeUndefined()
    expect(boxOf(page, 'w150')).toMatch(/data-entry="deny"/) // pinned: it has an entry
    expect(page).toContain('hx-get="/console/users/wid/access/groups/top?from=100&amp;skip=w150"')
    expect(page).toContain('href="/console/users/wid/access?open=top&amp;from=100#g-top"')
    const more = await (
      await getPage(boss, '/console/users/wid/access/groups/top?from=100&skip=w150', {
        'HX-Request': 'true',
      })
    ).text()
    expect(more).toMatch(/^<li id="g-w100">/)
    expect(boxOf(more, 'w150')).toBeUndefined()
    expect(boxOf(more, 'w199')).toBeDefined()
    expect(more).toContain('from=200&amp;skip=w150')
    const plain = await html(boss, '/console/users/wid/access?open=top&from=200')
    expect(boxOf(plain, 'w249')).toBeDefined()
    expect(boxOf(plain, 'w000')).toBeUndefined()
    // Saving the first page changes nothing it did not show.
    expect((await postForm(boss, '/console/users/wid/access', formFields(page))).status).toBe(303)
    expect((await stored('wid', 'boss', tenant)).groups).toEqual([
      { groupId: 'w150', allow: false },
    ])
  }, 60_000)
})
