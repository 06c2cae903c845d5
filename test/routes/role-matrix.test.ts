/**
 * Every cell of the SPEC §3 table, for a user of each role, through POST /v1/check/batch.
 * The table below is transcribed from SPEC §3 by hand; it does not read src/catalog/presets.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { PERMISSIONS } from '../../src/catalog'
import { call } from '../helpers/http'
import { ALL_PRODUCTS, seedFreshTenant } from '../helpers/seed'

const ROLES = [
  'admin',
  'standard',
  'read_only',
  'identified_only',
  'scorer',
  'auditor',
  'agent',
  'team_lead',
] as const

// permission pattern | admin | standard | read_only | identified_only | scorer | auditor | agent | team_lead
const SPEC_TABLE = `
admin.*:read/write/delete                    | G | | | | | | |
integrations.*:read/write/delete             | G | | | | | | |
profile.preferences:read/write               | G | O | O | O | O | O | O | O
interactions.conversations:read              | G | G | G | O | G | G | O | G
interactions.conversations:write/delete      | G | | | | | | |
interactions.conversations:be_assigned       | A | A | A | A | | | A | A
interactions.audio:listen/download/email     | G +audio | G +audio | G +audio | O +audio | G +audio | G +audio | O +audio | G +audio
analytics.*:read                             | G | G | G | | G | G | | G
analytics.dashboards,exports:write/delete    | G | | | | | | |
ai_*.*:read                                  | G | G | G | | | G | |
ai_*.*:write/delete                          | G | | | | | | |
quality.evaluations:read                     | G | G | G | O | G | G | O | G
quality.evaluations:write                    | G +score | G +score | | | G | G | | G
quality.evaluations:delete                   | G +score | G +score | | | G | | |
quality.scorecards:read                      | G +score | G +score | | | G | G | | G
quality.scorecards:write/delete              | G +score | | | | | | |
observability.*:read                         | G | G | G | | | G | |
observability.alerts:write/delete            | G | | | | | | |
knowledge_base.articles:read                 | G | G | G | | | | G | G
knowledge_base.articles:write/delete         | G | | | | | | |
campaigns.*:read                             | G | G | G | | G | | |
campaigns.*:write/delete                     | G | O | | | | | |
`

const LEVEL: Record<string, string> = { G: 'group', O: 'own', A: 'all' }

interface Cell {
  level: string
  requires?: string
}

/** permission -> role -> expected cell, built from the transcription above. */
function expectedMatrix(): Map<string, Partial<Record<(typeof ROLES)[number], Cell>>> {
  const out = new Map<string, Partial<Record<(typeof ROLES)[number], Cell>>>()
  for (const line of SPEC_TABLE.trim().split('\n')) {
    const [pattern, ...cells] = line.split('|').map((s) => s.trim())
    const [, mod, subs, acts] = /^([\w*]+)\.([\w*,]+):([\w/]+)$/.exec(pattern!)!
    const matches = PERMISSIONS.filter(
      (p) =>
        (mod === 'ai_*' ? p.module.startsWith('ai_') : p.module === mod) &&
        (subs === '*' || subs!.split(',').includes(p.submodule)) &&
        acts!.split('/').includes(p.action),
    )
    expect(matches.length, pattern).toBeGreaterThan(0)
    for (const p of matches) {
      expect(out.has(p.key), `${p.key} is in two rows`).toBe(false)
      const row: Partial<Record<(typeof ROLES)[number], Cell>> = {}
      ROLES.forEach((role, i) => {
        const cell = cells[i] ?? ''
        if (cell === '') return
        const [code, addon] = cell.split(' +')
        row[role] = addon ? { level: LEVEL[code!]!, requires: addon } : { level: LEVEL[code!]! }
      })
      out.set(p.key, row)
    }
  }
  return out
}

let tenant: string

beforeAll(async () => {
  tenant = await seedFreshTenant({
    products: ALL_PRODUCTS,
    groups: [{ id: 'root', name: 'Root', parentId: null }],
    users: ROLES.flatMap((role) => [
      {
        id: `${role}-on`,
        name: role,
        roleId: role,
        homeGroupId: 'root',
        addons: { audio: true, score: true },
      },
      {
        id: `${role}-off`,
        name: role,
        roleId: role,
        homeGroupId: 'root',
        addons: { audio: false, score: false },
      },
    ]),
  })
})

async function decide(user: string, permissions: string[]) {
  const results: { allowed: boolean; reason: string; level: string }[] = []
  for (let i = 0; i < permissions.length; i += 100) {
    const checks = permissions.slice(i, i + 100).map((permission) => ({ permission }))
    const res = await call(
      'POST',
      '/v1/check/batch',
      { checks },
      { user, tokenOptions: { tenant } },
    )
    expect(res.status).toBe(200)
    results.push(...((await res.json()) as { results: typeof results }).results)
  }
  return results
}

describe('SPEC §3: every cell of the system role table', () => {
  it('the transcription covers every permission of the catalog exactly once', () => {
    expect([...expectedMatrix().keys()].sort()).toEqual(PERMISSIONS.map((p) => p.key).sort())
  })

  for (const role of ROLES) {
    it(`${role}: each permission with add-ons on and off`, async () => {
      const matrix = expectedMatrix()
      const keys = [...matrix.keys()]
      const on = await decide(`${role}-on`, keys)
      const off = await decide(`${role}-off`, keys)
      keys.forEach((key, i) => {
        const cell = matrix.get(key)![role]
        const label = `${role} ${key}`
        if (!cell) {
          expect(on[i], label).toEqual({ allowed: false, reason: 'no_permission', level: 'none' })
          expect(off[i], label).toEqual({ allowed: false, reason: 'no_permission', level: 'none' })
          return
        }
        const granted = { allowed: true, reason: `level_${cell.level}`, level: cell.level }
        expect(on[i], label).toEqual(granted)
        expect(off[i], label).toEqual(
          cell.requires ? { allowed: false, reason: 'addon_required', level: 'none' } : granted,
        )
      })
    })
  }
})
