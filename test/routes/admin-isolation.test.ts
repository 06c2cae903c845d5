/** Every id in a path or body is looked up in the caller's tenant only: another tenant's is 404. */
import { describe, expect, it } from 'vitest'
import { call, expectProblem } from '../helpers/http'
import { seedFreshTenant } from '../helpers/seed'

const tenantWith = (prefix: string) =>
  seedFreshTenant({
    products: ['interactions'],
    groups: [
      { id: 'root', name: 'Root', parentId: null },
      { id: `${prefix}-g`, name: 'G', parentId: 'root' },
    ],
    users: [
      { id: `${prefix}-admin`, name: 'Admin', roleId: 'admin', homeGroupId: 'root' },
      { id: `${prefix}-user`, name: 'User', roleId: 'standard', homeGroupId: `${prefix}-g` },
    ],
  })

describe('cross-tenant ids in admin endpoints', () => {
  it('paths and bodies naming another tenant’s users, groups and roles are 404, like missing ones', async () => {
    const a = await tenantWith('a')
    const b = await tenantWith('b')
    const asA = { user: 'a-admin', tokenOptions: { tenant: a } }
    const bRole = (await (
      await call(
        'POST',
        '/v1/roles',
        { name: 'B only' },
        { user: 'b-admin', tokenOptions: { tenant: b } },
      )
    ).json()) as {
      role: { id: string }
    }
    const cases: [string, string, unknown?][] = [
      ['GET', '/v1/users/b-user'],
      ['PATCH', '/v1/users/b-user', { name: 'x' }],
      ['PUT', '/v1/users/b-user/access', { addons: { audio: false } }],
      ['DELETE', '/v1/users/b-user'],
      ['GET', '/v1/groups/b-g'],
      ['PATCH', '/v1/groups/b-g', { name: 'x' }],
      ['DELETE', '/v1/groups/b-g'],
      ['POST', '/v1/groups', { name: 'x', parentId: 'b-g' }],
      ['PATCH', '/v1/groups/a-g', { parentId: 'b-g' }],
      ['POST', '/v1/users', { id: 'n1', roleId: 'standard', homeGroupId: 'b-g' }],
      ['POST', '/v1/users', { id: 'n2', roleId: bRole.role.id, homeGroupId: 'a-g' }],
      ['PUT', '/v1/users/a-user/access', { roleId: bRole.role.id }],
      ['GET', `/v1/roles/${bRole.role.id}`],
      ['POST', `/v1/roles/${bRole.role.id}/clone`, { name: 'stolen' }],
    ]
    for (const [method, path, body] of cases) {
      await expectProblem(await call(method, path, body, asA), 404, 'not_found')
    }
    // In a list of entries, another tenant's group is "no such group", as a missing one is.
    const res = await call(
      'PUT',
      '/v1/users/a-user/access',
      { groups: [{ groupId: 'b-g', allow: true }] },
      asA,
    )
    const problem = await expectProblem(res, 400, 'invalid_group_access')
    expect(JSON.stringify(problem.errors)).toContain('no group')
  })
})
