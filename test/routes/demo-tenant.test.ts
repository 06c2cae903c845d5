/** SPEC §7 demo users, §4 group rules on the demo tree, and the seeds' scorecard rules 1–8. */
import { beforeAll, describe, expect, it } from 'vitest'
import { call, checkAs, conv } from '../helpers/http'
import { seedDemoTenants } from '../helpers/seed'

beforeAll(seedDemoTenants)

interface MeView {
  user: { id: string; homeGroupId: string; status: string }
  role: { id: string }
  addons: { audio: boolean; score: boolean }
  groups: string[]
  reports: string[]
  modules: { key: string; submodules: Record<string, Record<string, string>> }[]
}

async function meOf(user: string): Promise<MeView> {
  const res = await call('GET', '/v1/me', undefined, { user })
  expect(res.status).toBe(200)
  return (await res.json()) as MeView
}

const ALL_GROUPS = ['boston', 'company', 'east', 'nyc', 'seattle', 'sf', 'west']
const ANALYTICS_REPORTS = [
  'agent_activity',
  'campaign_performance',
  'conversation_log',
  'tracking_numbers',
]
const SCORING_REPORTS = ['agent_scores', 'scorecard_results', 'scoring_summary']

// user -> role, home, accessible groups (sorted), add-ons, reports (sorted)
const DEMO: Record<string, [string, string, string[], [boolean, boolean], string[]]> = {
  alice: [
    'admin',
    'company',
    ALL_GROUPS,
    [true, true],
    [...ANALYTICS_REPORTS, ...SCORING_REPORTS, 'observability_overview'].sort(),
  ],
  adam: [
    'admin',
    'east',
    ['boston', 'east', 'nyc'],
    [true, false],
    [...ANALYTICS_REPORTS, ...SCORING_REPORTS, 'observability_overview'].sort(),
  ],
  carl: [
    'admin',
    'boston',
    ['boston'],
    [true, true],
    [...ANALYTICS_REPORTS, ...SCORING_REPORTS, 'observability_overview'].sort(),
  ],
  sam: ['standard', 'east', ['boston', 'east', 'nyc'], [true, false], ANALYTICS_REPORTS],
  sue: [
    'standard',
    'boston',
    ['boston'],
    [true, true],
    [...ANALYTICS_REPORTS, ...SCORING_REPORTS].sort(),
  ],
  lena: ['standard', 'sf', ['seattle', 'sf'], [true, false], ANALYTICS_REPORTS],
  rita: ['read_only', 'west', ['seattle', 'sf', 'west'], [true, false], ANALYTICS_REPORTS],
  nora: ['read_only', 'nyc', ['nyc'], [false, false], ANALYTICS_REPORTS],
  mike: ['read_only', 'east', ['boston', 'east'], [true, false], ANALYTICS_REPORTS],
  ivan: ['identified_only', 'seattle', ['seattle'], [true, false], []],
  sid: [
    'scorer',
    'east',
    ['boston', 'east', 'nyc'],
    [true, false],
    ['conversation_log', ...SCORING_REPORTS].sort(),
  ],
  aud: [
    'auditor',
    'company',
    ALL_GROUPS,
    [true, false],
    [...ANALYTICS_REPORTS, ...SCORING_REPORTS, 'observability_overview'].sort(),
  ],
  agnes: ['agent', 'boston', ['boston'], [true, false], []],
}

describe('SPEC §7: every demo user of acme', () => {
  for (const [user, [role, home, groups, [audio, score], reports]] of Object.entries(DEMO)) {
    it(`${user}: ${role} at ${home}`, async () => {
      const view = await meOf(user)
      expect(view.role.id).toBe(role)
      expect(view.user.homeGroupId).toBe(home)
      expect([...view.groups].sort()).toEqual(groups)
      expect(view.addons).toEqual({ audio, score })
      expect([...view.reports].sort()).toEqual(reports)
      // Only enabled products' modules are visible: knowledge_base, ai_process, ai_tagging are off.
      expect(view.modules.map((m) => m.key)).toEqual([
        'admin',
        'integrations',
        'profile',
        'interactions',
        'analytics',
        'ai_metrics',
        'ai_transcription',
        'quality',
        'observability',
        'campaigns',
      ])
      // A group check agrees with the listed groups for every group of the tree.
      for (const g of ALL_GROUPS) {
        const answer = await checkAs(user, 'interactions.conversations:read', conv(g))
        const byGroup = groups.includes(g) && !['ivan', 'agnes'].includes(user)
        expect(answer.allowed, `${user} reading in ${g}`).toBe(byGroup)
      }
    })
  }

  it('/v1/me shows none where a required add-on is off', async () => {
    const audioOf = async (user: string) =>
      (await meOf(user)).modules.find((m) => m.key === 'interactions')!.submodules.audio
    expect(await audioOf('nora')).toEqual({ listen: 'none', download: 'none', email: 'none' })
    expect(await audioOf('rita')).toEqual({ listen: 'group', download: 'group', email: 'group' })
  })

  it('globex has its own tree and user', async () => {
    const res = await call('GET', '/v1/me', undefined, {
      user: 'gina',
      tokenOptions: { tenant: 'globex' },
    })
    const view = (await res.json()) as MeView
    expect(view.groups).toEqual(['hq'])
    expect(view.role.id).toBe('admin')
  })
})

describe('SPEC §4 on the demo tree', () => {
  it('a root user sees everything by default', async () => {
    for (const g of ALL_GROUPS) {
      expect(await checkAs('alice', 'admin.users:read', conv(g))).toMatchObject({ allowed: true })
    }
  })

  it('a deny removes a sub-group; the rest of the home subtree stays', async () => {
    expect(await checkAs('mike', 'interactions.conversations:read', conv('nyc'))).toMatchObject({
      allowed: false,
      reason: 'out_of_scope',
    })
    expect(await checkAs('mike', 'interactions.conversations:read', conv('boston'))).toMatchObject({
      allowed: true,
    })
  })

  it('an allow adds a sister group; the parent stays out of reach', async () => {
    const p = 'interactions.conversations:read'
    expect(await checkAs('lena', p, conv('seattle'))).toMatchObject({ allowed: true })
    expect(await checkAs('lena', p, conv('west'))).toMatchObject({ allowed: false })
    expect(await checkAs('lena', p, conv('company'))).toMatchObject({ allowed: false })
  })

  it('a location user never sees region or company data', async () => {
    for (const g of ['east', 'company', 'nyc']) {
      expect(await checkAs('carl', 'admin.users:read', conv(g)), g).toMatchObject({
        allowed: false,
      })
    }
  })
})

describe('seed 004: scorecard rules 1–8', () => {
  const list = 'quality.evaluations:read'
  const score = 'quality.evaluations:write'
  const removeScorecard = 'quality.evaluations:delete'
  const manage = 'quality.scorecards:write'

  it('1: identified-only lists the conversations they are identified on, in any group', async () => {
    expect(await checkAs('ivan', list, conv('boston', { assigneeIds: ['ivan'] }))).toMatchObject({
      allowed: true,
    })
    expect(await checkAs('ivan', list, conv('seattle'))).toMatchObject({ allowed: false })
    const res = await call('POST', '/v1/scope', { permission: list }, { user: 'ivan' })
    expect(await res.json()).toMatchObject({ kind: 'filter', groupIds: [], userId: 'ivan' })
  })

  it('2: read-only lists all conversations of assigned groups, cannot score', async () => {
    expect(await checkAs('rita', list, conv('seattle'))).toMatchObject({ allowed: true })
    expect(await checkAs('rita', score, conv('seattle'))).toMatchObject({ allowed: false })
  })

  it('3: standard without score lists, cannot score', async () => {
    expect(await checkAs('sam', list, conv('nyc'))).toMatchObject({ allowed: true })
    expect(await checkAs('sam', score, conv('nyc'))).toMatchObject({
      allowed: false,
      reason: 'addon_required',
    })
  })

  it('4: standard with score identifies agents, attaches and removes scorecards, scores', async () => {
    expect(await checkAs('sue', score, conv('boston'))).toMatchObject({ allowed: true })
    expect(await checkAs('sue', removeScorecard, conv('boston'))).toMatchObject({ allowed: true })
    expect(await checkAs('sue', manage)).toMatchObject({ allowed: false })
  })

  it('5: admin without score lists but cannot open Manage Scorecards', async () => {
    expect(await checkAs('adam', list, conv('east'))).toMatchObject({ allowed: true })
    expect(await checkAs('adam', 'quality.scorecards:read')).toMatchObject({
      allowed: false,
      reason: 'addon_required',
    })
  })

  it('6: admin with score manages scorecards and scores in assigned groups', async () => {
    for (const p of [
      'quality.scorecards:read',
      'quality.scorecards:write',
      'quality.scorecards:delete',
      score,
      removeScorecard,
    ]) {
      expect(await checkAs('carl', p, conv('boston')), p).toMatchObject({ allowed: true })
    }
    expect(await checkAs('carl', score, conv('nyc'))).toMatchObject({ allowed: false })
  })

  it('7: scorer lists and scores in assigned groups and has the scoring reports', async () => {
    expect(await checkAs('sid', list, conv('nyc'))).toMatchObject({ allowed: true })
    expect(await checkAs('sid', score, conv('nyc'))).toMatchObject({ allowed: true })
    expect(
      await checkAs('sid', 'analytics.reports:read', { type: 'report', id: 'scorecard_results' }),
    ).toMatchObject({ allowed: true })
  })

  it('8: admin, standard, read-only and identified-only can be assigned as agents; scorer cannot', async () => {
    const p = 'interactions.conversations:be_assigned'
    for (const user of ['alice', 'sam', 'rita', 'ivan', 'agnes']) {
      expect(await checkAs(user, p), user).toMatchObject({ allowed: true, level: 'all' })
    }
    for (const user of ['sid', 'aud']) {
      expect(await checkAs(user, p), user).toMatchObject({ allowed: false })
    }
  })
})

describe('cross-tenant isolation', () => {
  it('a user of one tenant is unknown in another', async () => {
    expect(
      await checkAs('alice', 'profile.preferences:read', undefined, {
        tokenOptions: { tenant: 'globex' },
      }),
    ).toMatchObject({ allowed: false, reason: 'unknown_user' })
    expect(
      await checkAs('gina', 'profile.preferences:read', undefined, {
        tokenOptions: { tenant: 'acme' },
      }),
    ).toMatchObject({ allowed: false, reason: 'unknown_user' })
  })

  it("another tenant's group ids are out of scope", async () => {
    const asGina = { tokenOptions: { tenant: 'globex' } }
    expect(await checkAs('gina', 'admin.users:read', conv('company'), asGina)).toMatchObject({
      allowed: false,
      reason: 'out_of_scope',
    })
    expect(await checkAs('alice', 'admin.users:read', conv('hq'))).toMatchObject({ allowed: false })
  })

  it('a tenant with no data answers as unknown user; /v1/me is 403', async () => {
    const asGhost = { tokenOptions: { tenant: 'no-such-tenant' } }
    expect(await checkAs('alice', 'profile.preferences:read', undefined, asGhost)).toMatchObject({
      reason: 'unknown_user',
    })
    const res = await call('GET', '/v1/me', undefined, { user: 'alice', ...asGhost })
    expect(res.status).toBe(403)
    expect(((await res.json()) as { code: string }).code).toBe('unknown_user')
  })

  it('subject in another tenant is unknown even with authz:check', async () => {
    const res = await call(
      'POST',
      '/v1/check',
      { permission: 'profile.preferences:read', subject: 'gina' },
      { user: 'alice', tokenOptions: { scope: 'authz:check' } },
    )
    expect(await res.json()).toMatchObject({ allowed: false, reason: 'unknown_user' })
  })
})
