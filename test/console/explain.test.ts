/** The Explain screen (SPEC §10) over the demo tenant (SPEC §7), through the worker's fetch. */
import { beforeAll, describe, expect, it } from 'vitest'
import { alertOf, getPage, signIn, type ConsoleSession } from '../helpers/console'
import { call, checkAs } from '../helpers/http'
import { seedDemoTenants } from '../helpers/seed'

let alice: ConsoleSession
beforeAll(async () => {
  await seedDemoTenants()
  alice = await signIn('alice')
})

interface Shown {
  status: number
  html: string
  decision?: string
  level?: string
  reason?: string
  hints: string[]
  changes: string[]
}

type Query = Record<string, string>

const explainPath = (query: Query) => `/console/explain?${new URLSearchParams(query)}`

async function explainPage(query: Query, session = alice): Promise<Shown> {
  const res = await getPage(session, explainPath(query))
  const html = await res.text()
  const answer = /<section id="explain-answer"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
  return {
    status: res.status,
    html,
    decision: /data-decision[^>]*>(\w+)</.exec(answer)?.[1],
    level: /data-level="(\w+)"/.exec(answer)?.[1],
    reason: /data-reason[^>]*>(\w+)</.exec(answer)?.[1],
    hints: [...answer.matchAll(/<span data-hint[^>]*>([^<]*)</g)].map((m) => m[1]!),
    changes: [...answer.matchAll(/data-change="(\w+)"/g)].map((m) => m[1]!),
  }
}

/** The resource of a query as POST /v1/check takes it. */
function resourceOf(query: Query): Record<string, string> | undefined {
  if (!query.type) return undefined
  return {
    type: query.type,
    id: query.id!,
    ...(query.group ? { groupId: query.group } : {}),
    ...(query.owner ? { ownerId: query.owner } : {}),
  }
}

/** The page's decision is the one the user's own token gets from POST /v1/check. */
async function expectSameAsCheck(query: Query, shown: Shown) {
  const answer = await checkAs(query.user!, query.permission!, resourceOf(query))
  expect(shown.decision, JSON.stringify(query)).toBe(answer.allowed ? 'Allowed' : 'Denied')
  expect(shown.reason, JSON.stringify(query)).toBe(answer.reason)
  expect(shown.level, JSON.stringify(query)).toBe(answer.level)
}

const conversation = (group: string, owner = 'agnes') => ({
  type: 'conversation',
  id: 'c-1',
  group,
  owner,
})

describe('Explain: the form', () => {
  it('has the labelled fields, a grouped permission select and bounded suggestions', async () => {
    const { status, html } = await explainPage({})
    expect(status).toBe(200)
    expect(html).toContain('<form method="get" action="/console/explain"')
    for (const [id, label] of [
      ['explain-user', 'User'],
      ['explain-permission', 'Permission'],
      ['explain-type', 'Resource type'],
      ['explain-id', 'Resource id'],
      ['explain-group', 'Group'],
      ['explain-owner', 'Owner'],
    ]) {
      expect(html).toContain(`<label for="${id}">${label}</label>`)
      expect(html).toMatch(new RegExp(`id="${id}"[^>]*name=`))
    }
    expect(html).toMatch(/<button type="submit"[^>]*>Explain<\/button>/)
    expect(html).toContain('<optgroup label="interactions (interactions)">')
    expect(html).toContain('<optgroup label="knowledge_base (knowledge_base, product off)">')
    expect(html).toContain('<option value="interactions.audio:listen">')
    const users = /<datalist id="explain-users">([\s\S]*?)<\/datalist>/.exec(html)![1]!
    expect(users).toContain('value="alice"')
    expect(users.match(/<option/g)!.length).toBeLessThanOrEqual(20)
    const groups = /<datalist id="explain-groups">([\s\S]*?)<\/datalist>/.exec(html)![1]!
    expect(groups).toContain('value="nyc"')
    // No answer yet: the region is there, empty, for htmx to fill.
    expect(html).toMatch(/<section id="explain-answer"[^>]*aria-live="polite"[^>]*><\/section>/)
  })

  it('suggests users and groups by prefix as htmx fragments', async () => {
    const users = await (await getPage(alice, '/console/explain/users?user=s')).text()
    const ids = [...users.matchAll(/value="([^"]+)"/g)].map((m) => m[1])
    expect(ids.sort()).toEqual(['sam', 'sid', 'sue'])
    const groups = await (await getPage(alice, '/console/explain/groups?group=s')).text()
    expect([...groups.matchAll(/value="([^"]+)"/g)].map((m) => m[1])).toEqual(['seattle', 'sf'])
    // carl (admin at boston) is offered only the groups he can access.
    const carl = await signIn('carl')
    const his = await (await getPage(carl, '/console/explain/groups')).text()
    expect([...his.matchAll(/value="([^"]+)"/g)].map((m) => m[1])).toEqual(['boston'])
  })

  it('keeps the query in the form (a link fills it)', async () => {
    const { html } = await explainPage({ user: 'mike', permission: 'interactions.audio:listen' })
    expect(html).toMatch(/id="explain-user" name="user" value="mike"/)
    expect(html).toContain('<option value="interactions.audio:listen" selected="">')
  })

  it('needs a session', async () => {
    const res = await getPage(null, '/console/explain?user=sam&permission=admin.users:read')
    expect(res.status).toBe(303)
  })
})

describe('Explain: the demo decisions (SPEC §7)', () => {
  it('audio without the add-on: addon_required and "turn on Audio access"', async () => {
    const query = { user: 'nora', permission: 'interactions.audio:listen', ...conversation('nyc') }
    const shown = await explainPage(query)
    expect(shown.status).toBe(200)
    expect(shown.reason).toBe('addon_required')
    expect(shown.html).toContain('The role entry requires an add-on the user has switched off.')
    expect(shown.html).toContain('requires Audio access')
    expect(shown.hints).toContain('turn on Audio access')
    await expectSameAsCheck(query, shown)
  })

  it('scoring without Score conversations: "turn on Score conversations"', async () => {
    const query = { user: 'sam', permission: 'quality.evaluations:write', ...conversation('east') }
    const shown = await explainPage(query)
    expect(shown.reason).toBe('addon_required')
    expect(shown.hints[0]).toBe('turn on Score conversations')
    await expectSameAsCheck(query, shown)
  })

  it('mike and nyc: out_of_scope and "allow group nyc"', async () => {
    const query = {
      user: 'mike',
      permission: 'interactions.conversations:read',
      ...conversation('nyc'),
    }
    const shown = await explainPage(query)
    expect(shown.decision).toBe('Denied')
    expect(shown.reason).toBe('out_of_scope')
    expect(shown.hints).toContain('allow group nyc')
    expect(shown.html).toContain('group nyc, not one of the user’s groups')
    await expectSameAsCheck(query, shown)
  })

  it('a read_only user at level own on another’s resource: the Own hint', async () => {
    const query = {
      user: 'rita',
      permission: 'profile.preferences:read',
      type: 'preferences',
      id: 'p-nora',
      group: 'nyc',
      owner: 'nora',
    }
    const shown = await explainPage(query)
    expect(shown).toMatchObject({ decision: 'Denied', reason: 'out_of_scope', level: 'own' })
    expect(shown.hints).toContain('level is Own: the user must own or be assigned to the resource')
    expect(shown.changes).not.toContain('allow_group')
    await expectSameAsCheck(query, shown)
  })

  it('a product switched off: "enable the product knowledge_base"', async () => {
    const query = { user: 'rita', permission: 'knowledge_base.articles:read' }
    const shown = await explainPage(query)
    expect(shown.reason).toBe('product_disabled')
    expect(shown.hints).toEqual(['enable the product knowledge_base'])
    await expectSameAsCheck(query, shown)
  })

  it('an allow, with what would deny it', async () => {
    const query = {
      user: 'adam',
      permission: 'interactions.conversations:read',
      ...conversation('nyc'),
    }
    const shown = await explainPage(query)
    expect(shown).toMatchObject({ decision: 'Allowed', reason: 'group_scope', level: 'group' })
    expect(shown.changes).toEqual(expect.arrayContaining(['disable_product', 'deny_group']))
    await expectSameAsCheck(query, shown)
  })

  it('sid with audio turned off: addon_required at once (the console reads fresh data)', async () => {
    const query = { user: 'sid', permission: 'interactions.audio:listen', ...conversation('east') }
    expect((await explainPage(query)).decision).toBe('Allowed')
    const res = await call('PUT', '/v1/users/sid/access', { addons: { audio: false } })
    expect(res.status).toBe(200)
    const shown = await explainPage(query)
    expect(shown).toMatchObject({ decision: 'Denied', reason: 'addon_required' })
    expect(shown.hints).toContain('turn on Audio access')
    await expectSameAsCheck(query, shown)
  })

  it('a revoked report: report_not_granted, the revocation named, "grant the report"', async () => {
    const res = await call('PUT', '/v1/users/sam/access', {
      reports: { revoke: ['conversation_log'] },
    })
    expect(res.status).toBe(200)
    const query = {
      user: 'sam',
      permission: 'analytics.reports:read',
      type: 'report',
      id: 'conversation_log',
    }
    const shown = await explainPage(query)
    expect(shown).toMatchObject({ decision: 'Denied', reason: 'report_not_granted' })
    expect(shown.html).toContain('do not include conversation_log (revoked from the user)')
    expect(shown.hints).toEqual(['grant the report conversation_log'])
    await expectSameAsCheck(query, shown)
  })

  it('decides as POST /v1/check for every demo user on a spread of requests', async () => {
    const users = [
      'adam',
      'carl',
      'sam',
      'sue',
      'lena',
      'rita',
      'nora',
      'mike',
      'ivan',
      'sid',
      'aud',
      'agnes',
    ]
    const requests: Query[] = [
      { permission: 'interactions.audio:listen', ...conversation('boston') },
      { permission: 'interactions.conversations:read', ...conversation('seattle', 'ivan') },
      { permission: 'quality.scorecards:read' },
      {
        permission: 'campaigns.campaigns:write',
        type: 'campaign',
        id: 'k1',
        owner: 'sam',
        group: 'east',
      },
      { permission: 'analytics.reports:read', type: 'report', id: 'scoring_summary' },
      { permission: 'profile.preferences:write', type: 'user', id: 'nora' },
      { permission: 'admin.users:read', type: 'user', id: 'lena' },
    ]
    for (const user of users) {
      for (const request of requests) {
        const query = { user, ...request }
        const shown = await explainPage(query)
        expect(shown.status, JSON.stringify(query)).toBe(200)
        await expectSameAsCheck(query, shown)
      }
    }
  }, 60_000)
})

describe('Explain: refusals', () => {
  it('an unknown user: not_found (404)', async () => {
    const shown = await explainPage({ user: 'nobody', permission: 'admin.users:read' })
    expect(shown.status).toBe(404)
    expect(alertOf(shown.html)).toContain('not_found')
    expect(alertOf(shown.html)).toContain('nobody') // the API's message names the user
    expect(shown.decision).toBeUndefined()
  })

  it('another tenant’s user is unknown here (gina of globex)', async () => {
    const shown = await explainPage({ user: 'gina', permission: 'admin.users:read' })
    expect(shown.status).toBe(404)
    expect(alertOf(shown.html)).toContain('not_found')
  })

  it('a permission not in the catalog: unknown_permission (400)', async () => {
    const shown = await explainPage({ user: 'sam', permission: 'admin.nothing:read' })
    expect(shown.status).toBe(400)
    expect(alertOf(shown.html)).toContain('unknown_permission')
  })

  it('a user the admin may not read: forbidden (403)', async () => {
    const carl = await signIn('carl') // admin at boston; rita is at west
    const shown = await explainPage({ user: 'rita', permission: 'admin.users:read' }, carl)
    expect(shown.status).toBe(403)
    expect(alertOf(shown.html)).toContain('forbidden')
    expect(shown.decision).toBeUndefined()
    // He may explain sue, homed in his group.
    const own = await explainPage({ user: 'sue', permission: 'admin.users:read' }, carl)
    expect(own.status).toBe(200)
  })

  it('a resource without its type and id, or with a bad type: invalid_request (400)', async () => {
    const noType = await explainPage({ user: 'sam', permission: 'admin.users:read', group: 'east' })
    expect(noType.status).toBe(400)
    expect(alertOf(noType.html)).toContain('invalid_request')
    const badType = await explainPage({
      user: 'sam',
      permission: 'admin.users:read',
      type: 'Bad Type',
      id: 'x',
    })
    expect(badType.status).toBe(400)
    expect(alertOf(badType.html)).toContain('invalid_request')
  })
})
