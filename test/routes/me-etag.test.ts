/** GET /v1/me: add-on blocked entries, a per-user ETag and If-None-Match revalidation (304). */
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { consistencyTokens } from '../../src/decide/consistency-token'
import { call } from '../helpers/http'
import { seedOrg } from '../helpers/seed'

let tenant: string
const as = (user: string) => ({ user, tokenOptions: { tenant } })

beforeAll(async () => {
  tenant = await seedOrg([
    {
      id: 'viewer',
      name: 'Viewer',
      roleId: 'read_only',
      homeGroupId: 'l1',
      addons: { audio: false },
    },
    { id: 'other', name: 'Other', roleId: 'read_only', homeGroupId: 'l1' },
  ])
})

/** The version the answer's consistency token names. */
const versionIn = async (res: Response) =>
  (await consistencyTokens(env.CONSISTENCY_SECRET).verify(res.headers.get('x-authz-consistency')!))!
    .version

const me = (user: string, headers: Record<string, string> = {}) =>
  call('GET', '/v1/me', undefined, { ...as(user), headers })

describe('GET /v1/me', () => {
  it('names the permissions an add-on that is off blocks', async () => {
    const body = (await (await me('viewer')).json()) as { addonRequired: Record<string, string> }
    expect(body.addonRequired).toEqual({
      'interactions.audio:listen': 'audio',
      'interactions.audio:download': 'audio',
      'interactions.audio:email': 'audio',
    })
  })

  it('answers a weak ETag, and 304 with no body for a matching If-None-Match', async () => {
    const first = await me('viewer')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"[0-9a-f]{32}"$/)
    expect(first.headers.get('cache-control')).toBe('private, no-cache')
    for (const ifNoneMatch of [etag, etag.slice(2), `"x", ${etag}`, '*']) {
      const again = await me('viewer', { 'if-none-match': ifNoneMatch })
      expect(again.status, ifNoneMatch).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('x-authz-consistency')).toMatch(/^ct1\./)
    }
    expect((await me('viewer', { 'if-none-match': 'W/"other"' })).status).toBe(200)
  })

  it('keeps the ETag across writes that change nothing for the user, and changes it otherwise', async () => {
    const before = await me('viewer')
    const etag = before.headers.get('etag')!
    const version = await versionIn(before)
    const other = await call(
      'PUT',
      '/v1/users/other/access',
      { addons: { score: true } },
      as('boss'),
    )
    expect(other.status).toBe(200)
    const unchanged = await me('viewer', { 'if-none-match': etag })
    expect(unchanged.status).toBe(304)
    expect(await versionIn(unchanged)).toBeGreaterThan(version)
    const own = await call(
      'PUT',
      '/v1/users/viewer/access',
      { addons: { audio: true } },
      as('boss'),
    )
    expect(own.status).toBe(200)
    const changed = await me('viewer', { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(((await changed.json()) as { addonRequired: object }).addonRequired).toEqual({})
  })
})
