// The frontend helper against the real worker: can() agrees with /v1/check for every demo user,
// revalidation is conditional (304 keeps the data), and a change to the user is picked up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAuthzClient, type Resource } from '../../clients/ts/src'
import { createVisibility } from '../../clients/ts/src/visibility'
import { PERMISSIONS, REPORT_KEYS } from '../../src/catalog'
import { startAuthzWorker, type AuthzWorker } from '../harness/authz-worker'

let worker: AuthzWorker
beforeAll(async () => {
  worker = await startAuthzWorker()
})
afterAll(() => worker?.dispose())

const USERS = [
  'alice',
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
const GROUPS = ['company', 'east', 'boston', 'nyc', 'west', 'seattle', 'sf', 'nowhere']

describe('createVisibility()', () => {
  it('answers can() exactly as /v1/check does, for every demo user', async () => {
    const client = createAuthzClient({ baseUrl: worker.url })
    for (const user of USERS) {
      const token = await worker.tokenFor(user)
      const visibility = createVisibility({ baseUrl: worker.url, token })
      expect(visibility.can('interactions.conversations:read')).toBe(false) // not loaded yet
      await visibility.revalidate()
      const checks: { permission: string; resource?: Resource }[] = [
        ...PERMISSIONS.map((p) => ({ permission: p.key })),
        ...GROUPS.map((groupId) => ({
          permission: 'interactions.conversations:read',
          resource: { type: 'conversation', id: 'c', groupId },
        })),
        ...GROUPS.map((groupId) => ({
          permission: 'interactions.audio:listen',
          resource: { type: 'conversation', id: 'c', groupId, assigneeIds: [user] },
        })),
        ...REPORT_KEYS.map((id) => ({
          permission: 'analytics.reports:read',
          resource: { type: 'report', id },
        })),
        { permission: 'profile.preferences:write', resource: { type: 'user', id: user } },
      ]
      for (let i = 0; i < checks.length; i += 100) {
        const batch = checks.slice(i, i + 100)
        const result = await client.checkBatch(token, { checks: batch })
        if (!result.ok) throw new Error(JSON.stringify(result.problem))
        batch.forEach((c, j) => {
          const server = result.value.results[j]!
          const local = visibility.decide(c.permission, c.resource)
          expect(local, `${user} ${JSON.stringify(c)}`).toEqual(server)
        })
      }
    }
  })

  it('revalidates with If-None-Match: 304 keeps the data; a change to the user replaces it', async () => {
    const statuses: number[] = []
    const nora = await worker.tokenFor('nora')
    const visibility = createVisibility({
      baseUrl: worker.url,
      token: () => nora,
      fetch: async (request) => {
        const response = await fetch(request)
        statuses.push(response.status)
        return response
      },
    })
    let changes = 0
    visibility.subscribe(() => changes++)
    expect(await visibility.revalidate()).toBe(true)
    expect(visibility.can('interactions.audio:listen')).toBe(false) // nora's audio is off
    expect(visibility.decide('interactions.audio:listen')?.reason).toBe('addon_required')
    expect(await visibility.revalidate()).toBe(false)
    expect(statuses).toEqual([200, 304])
    expect(await visibility.onVersion(visibility.version!)).toBe(false) // nothing newer: no request
    expect(statuses).toHaveLength(2)

    const alice = await worker.tokenFor('alice')
    const write = await fetch(`${worker.url}/v1/users/nora/access`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${alice}`, 'content-type': 'application/json' },
      body: JSON.stringify({ addons: { audio: true } }),
    })
    expect(write.status).toBe(200)
    const { version } = (await write.json()) as { version: number }
    const token = write.headers.get('x-authz-consistency')!
    expect(await visibility.onVersion(version, token)).toBe(true)
    expect(visibility.version).toBe(version)
    expect(await visibility.onVersion(version, token)).toBe(false) // nothing newer: no request
    expect(statuses).toEqual([200, 304, 200])
    expect(visibility.can('interactions.audio:listen')).toBe(true)
    expect(changes).toBe(2)
  })
})
