/** X-Authz-Consistency: answered by admin writes and decisions, accepted back (SPEC §8). */
import { describe, expect, it, beforeAll } from 'vitest'
import { call, expectProblem } from '../helpers/http'
import { seedOrg } from '../helpers/seed'

let tenant: string
const as = (user: string, headers: Record<string, string> = {}) => ({
  user,
  tokenOptions: { tenant },
  headers,
})
const read = { permission: 'interactions.conversations:read' }

beforeAll(async () => {
  tenant = await seedOrg([{ id: 'viewer', name: 'Viewer', roleId: 'read_only', homeGroupId: 'l1' }])
})

describe('X-Authz-Consistency', () => {
  it('an admin write answers the token of its version; a read with it sees the write', async () => {
    const write = await call(
      'PUT',
      '/v1/users/viewer/access',
      { addons: { audio: false } },
      as('boss'),
    )
    expect(write.status).toBe(200)
    const { version } = (await write.json()) as { version: number }
    const token = write.headers.get('x-authz-consistency')!
    expect(token).toBe(String(version))
    const res = await call(
      'POST',
      '/v1/check',
      { permission: 'interactions.audio:listen' },
      as('viewer', { 'x-authz-consistency': token }),
    )
    const body = (await res.json()) as { allowed: boolean; reason: string; version: number }
    expect(body).toMatchObject({ allowed: false, reason: 'addon_required' })
    expect(body.version).toBeGreaterThanOrEqual(version)
    expect(res.headers.get('x-authz-consistency')).toBe(String(body.version))
  })

  it('every decision answer carries the token of the version it used', async () => {
    for (const [method, path, body] of [
      ['POST', '/v1/check', read],
      ['POST', '/v1/check/batch', { checks: [read] }],
      ['POST', '/v1/scope', read],
      ['GET', '/v1/me', undefined],
      ['GET', '/v1/catalog', undefined],
    ] as const) {
      const res = await call(method, path, body, as('viewer'))
      const answer = (await res.json()) as { version: number }
      expect(res.headers.get('x-authz-consistency'), path).toBe(String(answer.version))
    }
  })

  it('full reads D1; a token that is not one is 400; one from the future is 409', async () => {
    expect(
      (await call('POST', '/v1/check', read, as('viewer', { 'x-authz-consistency': 'full' })))
        .status,
    ).toBe(200)
    for (const bad of ['abc', '-1', '1.5', 'fulll']) {
      const res = await call(
        'POST',
        '/v1/check',
        read,
        as('viewer', { 'x-authz-consistency': bad }),
      )
      await expectProblem(res, 400, 'invalid_consistency_token')
    }
    const future = await call(
      'POST',
      '/v1/check',
      read,
      as('viewer', { 'x-authz-consistency': '999999999' }),
    )
    await expectProblem(future, 409, 'version_not_reached')
  })
})
