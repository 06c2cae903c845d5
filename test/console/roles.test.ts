// The console's role editor (SPEC §10 "Roles") through the worker's own fetch: what it shows, and
// that every save writes exactly what the admin API would — or nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { alertOf, getPage, postForm, signIn } from '../helpers/console'
import { call } from '../helpers/http'
import { PERMISSIONS } from '../../src/catalog'
import { ALL_PRODUCTS, seedDemoTenants, seedFreshTenant } from '../helpers/seed'
import { customRole, getRole, loadEditor, save, tenantVersion, type Entry } from './roles-pages'

beforeAll(seedDemoTenants)

describe('console role editor (SPEC §10)', { timeout: 30_000 }, () => {
  it('offers exactly the levels GET /v1/catalog allows, for enabled products only', async () => {
    const session = await signIn('alice')
    const { html, options } = await loadEditor(session, 'standard')
    const catalog = (await (await call('GET', '/v1/catalog')).json()) as {
      permissions: { key: string; levels: string[] }[]
    }
    expect(Object.keys(options).sort()).toEqual(catalog.permissions.map((p) => p.key).sort())
    for (const p of catalog.permissions) expect(options[p.key], p.key).toEqual(p.levels)
    expect(options['knowledge_base.articles:read']).toBeUndefined()
    expect(html).toContain('<p role="status" id="unsaved-count">0 unsaved changes</p>')
    expect(html).toContain('needs Score conversations')
    expect(html).toContain('>Expand all<')
    expect(html).toContain('<dialog id="save-dialog"')
    expect(html).toContain('<dialog id="reset-dialog"')
  })

  it('shows every module of the catalog when every product is on', async () => {
    const tenant = await seedFreshTenant({
      products: ALL_PRODUCTS,
      grantScope: 'siblings',
      groups: [{ id: 'hq', name: 'HQ', parentId: null }],
      users: [
        { id: 'root', name: 'Root', email: 'root@x.example', roleId: 'admin', homeGroupId: 'hq' },
      ],
    })
    const session = await signIn('root', { tenant })
    const { html, options } = await loadEditor(session, 'admin')
    expect(Object.keys(options).sort()).toEqual(PERMISSIONS.map((p) => p.key).sort())
    expect(html.match(/<details[^>]* id="module-/g)).toHaveLength(13)
  })

  it('saves exactly the changed keys, audited, with a new version and a Saved notice', async () => {
    const session = await signIn('alice')
    const role = await customRole('standard')
    const editor = await loadEditor(session, role.id)
    const before = await tenantVersion()
    const res = await save(session, role.id, editor, {
      'interactions.audio:listen': 'own',
      'campaigns.campaigns:write': 'none',
      'admin.users:read': 'group',
    })
    expect(res.status, await res.clone().text()).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toBe(`/console/roles/${role.id}?done=saved&version=${before + 1}`)
    const after = await getRole(role.id)
    const expected: Record<string, Entry> = {
      ...role.permissions,
      'interactions.audio:listen': { level: 'own', requires: 'audio' },
      'admin.users:read': { level: 'group' },
    }
    delete expected['campaigns.campaigns:write']
    expect(after.permissions).toEqual(expected)
    expect(await tenantVersion()).toBe(before + 1)
    const audit = (await (
      await call('GET', `/v1/audit?targetType=role&targetId=${role.id}`)
    ).json()) as { entries: { action: string; actorId: string }[] }
    expect(audit.entries[0]).toMatchObject({ action: 'role.update', actorId: 'alice' })
    const notice = await (await getPage(session, location)).text()
    expect(notice).toContain(`Saved (version ${before + 1})`)
  })

  it('shows the diff on a review page and writes on its Confirm, when the form is sent without script', async () => {
    const session = await signIn('alice')
    const role = await customRole('standard')
    const editor = await loadEditor(session, role.id)
    const res = await save(
      session,
      role.id,
      editor,
      { 'interactions.audio:listen': 'own' },
      'review',
    )
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(
      /Interactions · Audio · Listen: <span class="diff-old">Group<\/span> → <span class="diff-new">Own<\/span>/,
    )
    expect(html).toContain('<input type="hidden" name="interactions.audio:listen" value="own"/>')
    expect((await getRole(role.id)).permissions).toEqual(role.permissions)
    // Its Confirm carries only the changed key and writes it.
    const carried = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)]
        .filter((m) => m[1] !== '_csrf')
        .map((m) => [m[1]!, m[2]!]),
    )
    expect(carried).toEqual({
      _fingerprint: editor.fingerprint,
      'interactions.audio:listen': 'own',
    })
    const confirmed = await postForm(session, `/console/roles/${role.id}`, {
      ...carried,
      _step: 'confirm',
    })
    expect(confirmed.status).toBe(303)
    expect((await getRole(role.id)).permissions['interactions.audio:listen']).toEqual({
      level: 'own',
      requires: 'audio',
    })
  })

  it('refuses a tampered form with the API’s error and writes nothing', async () => {
    const session = await signIn('alice')
    const role = await customRole('standard')
    const editor = await loadEditor(session, role.id)
    const version = await tenantVersion()
    for (const [changes, status, code] of [
      [{ 'admin.users:read': 'own' }, 400, 'invalid_request'],
      [{ 'interactions.conversations:be_assigned': 'group' }, 400, 'invalid_request'],
      [{ 'interactions.audio:listen': 'everything' }, 400, 'invalid_request'],
      [{ 'nope.things:read': 'all' }, 400, 'unknown_permission'],
    ] as const) {
      const res = await save(session, role.id, editor, changes)
      expect(res.status, code).toBe(status)
      expect(alertOf(await res.text()), code).toContain(code)
    }
    expect((await getRole(role.id)).permissions).toEqual(role.permissions)
    expect(await tenantVersion()).toBe(version)
  })

  it('refuses another tenant’s role in the URL (404) and leaves it unchanged', async () => {
    const session = await signIn('alice')
    const theirs = await customRole('standard', 'gina', 'globex')
    const editor = await loadEditor(session, 'standard')
    const res = await save(session, theirs.id, editor, { 'interactions.audio:listen': 'own' })
    expect(res.status).toBe(404)
    expect(alertOf(await res.text())).toContain('not_found')
    expect((await getPage(session, `/console/roles/${theirs.id}`)).status).toBe(404)
    const reset = await postForm(session, `/console/roles/${theirs.id}/reset`, {
      _fingerprint: editor.fingerprint,
    })
    expect(reset.status).toBe(404)
    expect((await getRole(theirs.id, 'gina', 'globex')).permissions).toEqual(theirs.permissions)
  })

  it('shows a level above the admin’s own as forbidden (exceeds_own_level), nothing written', async () => {
    const session = await signIn('carl') // admin over Boston only: group is not all for him
    const role = await customRole('standard')
    const editor = await loadEditor(session, role.id)
    const res = await save(session, role.id, editor, { 'campaigns.campaigns:read': 'all' })
    expect(res.status).toBe(403)
    const alert = alertOf(await res.text())
    expect(alert).toContain('forbidden')
    expect(alert).toContain('exceeds_own_level')
    expect((await getRole(role.id)).permissions).toEqual(role.permissions)
  })

  it('refuses a save over a role changed since it was loaded: 409 with a reload, nothing written', async () => {
    const session = await signIn('alice')
    const role = await customRole('standard')
    const other = await customRole('standard')
    const editor = await loadEditor(session, role.id)
    // A write to another role does not conflict.
    const unrelated = await call('PATCH', `/v1/roles/${other.id}`, {
      permissions: { 'admin.users:read': { level: 'group' } },
    })
    expect(unrelated.status).toBe(200)
    const concurrent = await call('PATCH', `/v1/roles/${role.id}`, {
      permissions: { 'analytics.dashboards:write': { level: 'group' } },
    })
    expect(concurrent.status).toBe(200)
    const stored = await getRole(role.id)
    const version = await tenantVersion()
    const res = await save(session, role.id, editor, { 'interactions.audio:listen': 'own' })
    expect(res.status).toBe(409)
    const html = await res.text()
    expect(alertOf(html)).toContain('version_conflict')
    expect(html).toContain(`<a href="/console/roles/${role.id}">Reload</a>`)
    expect(await getRole(role.id)).toEqual(stored)
    expect(await tenantVersion()).toBe(version)

    const reloaded = await loadEditor(session, role.id)
    const ok = await save(session, role.id, reloaded, { 'interactions.audio:listen': 'own' })
    expect(ok.status).toBe(303)
  })

  it('resets permissions to the defaults after a review, and refuses a stale reset', async () => {
    const session = await signIn('alice')
    const role = await customRole('scorer')
    const editor = await loadEditor(session, role.id)
    const edited = await save(session, role.id, editor, {
      'interactions.conversations:read': 'own',
      'admin.roles:read': 'group',
    })
    expect(edited.status).toBe(303)
    const drifted = await loadEditor(session, role.id)
    expect(drifted.html).toContain('Differs from defaults')
    expect(drifted.html).toMatch(
      /Interactions · Conversations · Read: <span class="diff-old">Own<\/span> → <span class="diff-new">Group<\/span>/,
    )
    const review = await getPage(session, `/console/roles/${role.id}/reset`)
    expect(await review.text()).toContain('Confirm reset')

    const stale = await postForm(session, `/console/roles/${role.id}/reset`, {
      _fingerprint: editor.fingerprint,
    })
    expect(stale.status).toBe(409)
    expect(alertOf(await stale.text())).toContain('version_conflict')
    expect((await getRole(role.id)).permissions['admin.roles:read']).toEqual({ level: 'group' })

    const reset = await postForm(session, `/console/roles/${role.id}/reset`, {
      _fingerprint: drifted.fingerprint,
    })
    expect(reset.status).toBe(303)
    expect(reset.headers.get('location')).toMatch(/\?done=reset&version=\d+$/)
    expect((await getRole(role.id)).permissions).toEqual(role.permissions)
  })

  it('shows a coming-soon role read-only', async () => {
    const session = await signIn('alice')
    const { html } = await loadEditor(session, 'team_lead')
    expect(html).toContain('coming soon')
    expect(html).not.toMatch(/<select(?![^>]*disabled)[^>]*>/)
    expect(html).not.toContain('value="review"')
  })

  it('refuses a save without the CSRF token (403) and writes nothing', async () => {
    const session = await signIn('alice')
    const role = await customRole('standard')
    const editor = await loadEditor(session, role.id)
    const res = await postForm(
      session,
      `/console/roles/${role.id}`,
      { _fingerprint: editor.fingerprint, 'interactions.audio:listen': 'own', _step: 'confirm' },
      { csrf: null },
    )
    expect(res.status).toBe(403)
    expect(alertOf(await res.text())).toContain('csrf_failed')
    expect((await getRole(role.id)).permissions).toEqual(role.permissions)
  })
})
