/** SPEC §5: each row of the decision table, in order, through POST /v1/check. */
import { beforeAll, describe, expect, it } from 'vitest'
import { call, checkAs, conv, expectProblem } from '../helpers/http'
import { seedDemoTenants, seedFreshTenant } from '../helpers/seed'

beforeAll(seedDemoTenants)

let tenant: string
beforeAll(async () => {
  // quality is off here, analytics on: a quality report is never granted, even if asked for.
  tenant = await seedFreshTenant({
    products: ['interactions', 'analytics'],
    groups: [
      { id: 'root', name: 'Root', parentId: null },
      { id: 'a', name: 'A', parentId: 'root' },
    ],
    users: [
      { id: 'off', name: 'Off', roleId: 'admin', homeGroupId: 'root', status: 'disabled' },
      {
        id: 'granted',
        name: 'Granted',
        roleId: 'read_only',
        homeGroupId: 'a',
        reports: {
          grant: ['observability_overview', 'scoring_summary'],
          revoke: ['tracking_numbers'],
        },
      },
    ],
  })
})

describe('SPEC §5 decision table', () => {
  it('1: a user unknown in the token tenant is denied unknown_user', async () => {
    expect(await checkAs('nobody', 'profile.preferences:read')).toMatchObject({
      allowed: false,
      reason: 'unknown_user',
    })
  })

  it('1: a deactivated user is denied user_disabled', async () => {
    const answer = await checkAs('off', 'admin.users:read', undefined, { tokenOptions: { tenant } })
    expect(answer).toMatchObject({ allowed: false, reason: 'user_disabled' })
  })

  it('2: a permission outside the catalog is a 400 unknown_permission', async () => {
    const res = await call('POST', '/v1/check', { permission: 'interactions.conversations:fly' })
    await expectProblem(res, 400, 'unknown_permission')
  })

  it('3: a module of a disabled product is denied product_disabled', async () => {
    expect(await checkAs('alice', 'knowledge_base.articles:read')).toMatchObject({
      allowed: false,
      reason: 'product_disabled',
      level: 'none',
    })
  })

  it('4: an entry requiring an add-on the user lacks is denied addon_required', async () => {
    expect(await checkAs('nora', 'interactions.audio:listen', conv('nyc'))).toMatchObject({
      allowed: false,
      reason: 'addon_required',
    })
    expect(await checkAs('adam', 'quality.scorecards:read')).toMatchObject({
      allowed: false,
      reason: 'addon_required',
    })
  })

  it('5: level none is denied no_permission', async () => {
    expect(await checkAs('agnes', 'admin.users:read')).toMatchObject({
      allowed: false,
      reason: 'no_permission',
    })
  })

  it('6: a report check allows exactly the user reports', async () => {
    const report = (id: string) => ({ type: 'report', id })
    const p = 'analytics.reports:read'
    expect(await checkAs('sid', p, report('scoring_summary'))).toMatchObject({
      allowed: true,
      reason: 'report_granted',
    })
    expect(await checkAs('sid', p, report('campaign_performance'))).toMatchObject({
      allowed: false,
      reason: 'report_not_granted',
    })
    expect(await checkAs('sid', p, report('no_such_report'))).toMatchObject({
      allowed: false,
      reason: 'report_not_granted',
    })
    // Grants add, revokes remove, a disabled product's report is never granted.
    const as = { tokenOptions: { tenant } }
    const granted = (id: string) => checkAs('granted', p, report(id), as)
    expect(await granted('conversation_log')).toMatchObject({ allowed: true })
    expect(await granted('tracking_numbers')).toMatchObject({ allowed: false })
    expect(await granted('scoring_summary')).toMatchObject({ allowed: false })
    expect(await granted('observability_overview')).toMatchObject({ allowed: false })
  })

  it('6: standard gets the scoring reports only while score is on', async () => {
    const p = 'analytics.reports:read'
    const scoring = { type: 'report', id: 'agent_scores' }
    expect(await checkAs('sue', p, scoring)).toMatchObject({ allowed: true })
    expect(await checkAs('sam', p, scoring)).toMatchObject({ allowed: false })
  })

  it('7: without a resource the answer is the level', async () => {
    expect(await checkAs('agnes', 'interactions.conversations:read')).toEqual(
      expect.objectContaining({ allowed: true, reason: 'level_own', level: 'own' }),
    )
    expect(await checkAs('sam', 'interactions.conversations:read')).toMatchObject({
      reason: 'level_group',
    })
  })

  it('8: level all allows any resource', async () => {
    expect(
      await checkAs('ivan', 'interactions.conversations:be_assigned', conv('boston')),
    ).toMatchObject({ allowed: true, reason: 'level_all', level: 'all' })
  })

  it('9: own or assigned resources are allowed at level own, in any group', async () => {
    const p = 'interactions.conversations:read'
    expect(await checkAs('agnes', p, conv('seattle', { ownerId: 'agnes' }))).toMatchObject({
      allowed: true,
      reason: 'own',
    })
    expect(await checkAs('ivan', p, conv('boston', { assigneeIds: ['x', 'ivan'] }))).toMatchObject({
      allowed: true,
      reason: 'own',
    })
    // Group level includes own: sam owns a conversation out of his groups.
    expect(await checkAs('sam', p, conv('seattle', { ownerId: 'sam' }))).toMatchObject({
      allowed: true,
      reason: 'own',
    })
  })

  it('10: level group allows resources in accessible groups', async () => {
    expect(await checkAs('sam', 'interactions.conversations:read', conv('nyc'))).toMatchObject({
      allowed: true,
      reason: 'group_scope',
    })
  })

  it('11: anything else is out_of_scope, including groups the tenant does not have', async () => {
    const p = 'interactions.conversations:read'
    expect(await checkAs('agnes', p, conv('boston'))).toMatchObject({
      allowed: false,
      reason: 'out_of_scope',
      level: 'own',
    })
    expect(await checkAs('sam', p, conv('seattle'))).toMatchObject({ reason: 'out_of_scope' })
    expect(await checkAs('alice', p, conv('ghost-group'))).toMatchObject({
      reason: 'out_of_scope',
    })
  })

  it('a user resource gets its group and owner from the service, not the caller', async () => {
    const user = (id: string, groupId?: string) => ({
      type: 'user',
      id,
      ...(groupId ? { groupId } : {}),
    })
    // Everyone reaches their own profile.
    expect(await checkAs('agnes', 'profile.preferences:write', user('agnes'))).toMatchObject({
      allowed: true,
      reason: 'own',
    })
    expect(await checkAs('agnes', 'profile.preferences:write', user('sue'))).toMatchObject({
      allowed: false,
    })
    // carl (admin at boston) reaches agnes (home boston) but not alice (home company),
    // even when the caller claims alice is in boston.
    expect(await checkAs('carl', 'admin.users:write', user('agnes'))).toMatchObject({
      allowed: true,
      reason: 'group_scope',
    })
    expect(await checkAs('carl', 'admin.users:write', user('alice', 'boston'))).toMatchObject({
      allowed: false,
      reason: 'out_of_scope',
    })
  })
})
