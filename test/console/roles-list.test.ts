// The console's roles list (SPEC §10 "Roles") through the worker's own fetch: what it shows, and
// that its forms write exactly what the admin API would — or nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { ACME } from '../../src/demo/demo-tenants'
import { alertOf, getPage, postForm, signIn } from '../helpers/console'
import { call } from '../helpers/http'
import { seedDemoTenants } from '../helpers/seed'
import { customRole, getRole, rowOf, type Role } from './roles-pages'

beforeAll(seedDemoTenants)

describe('console roles list (SPEC §10)', { timeout: 30_000 }, () => {
  it('shows every role with its holder count, its badges and whether it differs from defaults', async () => {
    const session = await signIn('alice')
    const drifted = await customRole('auditor')
    const patched = await call('PATCH', `/v1/roles/${drifted.id}`, {
      permissions: { 'interactions.conversations:read': { level: 'own' } },
    })
    expect(patched.status).toBe(200)
    const html = await (await getPage(session, '/console/roles')).text()
    const roles = ((await (await call('GET', '/v1/roles')).json()) as { roles: Role[] }).roles
    for (const role of roles) {
      const row = rowOf(html, role.id)
      expect(row, role.id).toContain(`href="/console/roles/${role.id}"`)
      const held = ACME.users.filter((u) => u.roleId === role.id).length
      expect(row, role.id).toContain(`data-holders="${held}"`)
      expect(row.includes('Differs from defaults'), role.id).toBe(role.drift.permissions.length > 0)
    }
    expect(rowOf(html, 'admin')).toContain('data-holders="3"')
    expect(rowOf(html, 'admin')).toContain('badge system')
    expect(rowOf(html, 'team_lead')).toContain('Coming soon')
    expect(rowOf(html, drifted.id)).toContain('badge custom')
    expect(rowOf(html, drifted.id)).toContain('Differs from defaults')
    expect(html).toContain(`href="/console/audit?targetType=role&amp;targetId=${drifted.id}"`)
  })

  it('creates, clones and renames roles, and shows name_taken as the API does', async () => {
    const session = await signIn('alice')
    const name = `Analyst ${crypto.randomUUID().slice(0, 6)}`
    const created = await postForm(session, '/console/roles', { name })
    expect(created.status).toBe(303)
    const id = /\/console\/roles\/([^?]+)\?done=created/.exec(created.headers.get('location')!)![1]!
    const role = await getRole(id)
    expect(role.name).toBe(name)
    expect(role.permissions).toEqual({})

    const taken = await postForm(session, '/console/roles/auditor/clone', {
      name: name.toUpperCase(),
    })
    expect(taken.status).toBe(409)
    expect(alertOf(await taken.text())).toContain('name_taken')

    const cloned = await postForm(session, '/console/roles/auditor/clone', { name: `${name} copy` })
    expect(cloned.status).toBe(303)
    const cloneId = /\/console\/roles\/([^?]+)\?done=cloned/.exec(
      cloned.headers.get('location')!,
    )![1]!
    expect((await getRole(cloneId)).permissions).toEqual((await getRole('auditor')).permissions)

    const renamed = await postForm(session, `/console/roles/${id}/rename`, { name: `${name} 2` })
    expect(renamed.status).toBe(303)
    expect((await getRole(id)).name).toBe(`${name} 2`)

    const blank = await postForm(session, `/console/roles/${id}/rename`, { name: '  ' })
    expect(blank.status).toBe(400)
    expect(alertOf(await blank.text())).toContain('invalid_request')
    expect((await getRole(id)).name).toBe(`${name} 2`)
  })

  it('deletes a free custom role; a held role or a system role is refused and stays', async () => {
    const session = await signIn('alice')
    const held = await customRole()
    const user = `u-${crypto.randomUUID().slice(0, 8)}`
    const made = await call('POST', '/v1/users', { id: user, roleId: held.id, homeGroupId: 'east' })
    expect(made.status, await made.clone().text()).toBe(201)
    const inUse = await postForm(session, `/console/roles/${held.id}/delete`, {})
    expect(inUse.status).toBe(409)
    const page = await inUse.text()
    expect(alertOf(page)).toContain('role_in_use')
    expect(rowOf(page, held.id)).toContain('data-holders="1"')
    await getRole(held.id)

    const system = await postForm(session, '/console/roles/agent/delete', {})
    expect(system.status).toBe(409)
    expect(alertOf(await system.text())).toContain('system_role')

    const free = await customRole()
    const deleted = await postForm(session, `/console/roles/${free.id}/delete`, {})
    expect(deleted.status).toBe(303)
    expect(deleted.headers.get('location')).toMatch(/^\/console\/roles\?done=deleted/)
    expect((await call('GET', `/v1/roles/${free.id}`)).status).toBe(404)
  })
})
