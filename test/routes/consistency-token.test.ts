/** X-Authz-Consistency (SPEC §8): signed tokens answered by writes and decisions, accepted back. */
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { consistencyTokens } from '../../src/decide/consistency-token'
import { call, expectProblem } from '../helpers/http'
import { seedOrg } from '../helpers/seed'

let tenant: string
let other: string
const as = (user: string, headers: Record<string, string> = {}, on = tenant) => ({
  user,
  tokenOptions: { tenant: on },
  headers,
})
const read = { permission: 'interactions.conversations:read' }
const tokens = () => consistencyTokens(env.CONSISTENCY_SECRET)
const withToken = (token: string) => as('viewer', { 'x-authz-consistency': token })

beforeAll(async () => {
  tenant = await seedOrg([{ id: 'viewer', name: 'Viewer', roleId: 'read_only', homeGroupId: 'l1' }])
  other = await seedOrg()
})

describe('X-Authz-Consistency', () => {
  it('an admin write answers a token naming its tenant and version; a read with it sees the write', async () => {
    const write = await call(
      'PUT',
      '/v1/users/viewer/access',
      { addons: { audio: false } },
      as('boss'),
    )
    expect(write.status).toBe(200)
    const { version } = (await write.json()) as { version: number }
    const token = write.headers.get('x-authz-consistency')!
    expect(await tokens().verify(token)).toEqual({ tenant, version, bookmark: undefined })
    const res = await call(
      'POST',
      '/v1/check',
      { permission: 'interactions.audio:listen' },
      withToken(token),
    )
    const body = (await res.json()) as { allowed: boolean; reason: string; version: number }
    expect(body).toMatchObject({ allowed: false, reason: 'addon_required' })
    expect(body.version).toBeGreaterThanOrEqual(version)
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
      const claim = await tokens().verify(res.headers.get('x-authz-consistency')!)
      expect(claim, path).toMatchObject({ tenant, version: answer.version })
    }
  })

  it('any secret of CONSISTENCY_SECRET verifies (rotation); an old token is simply satisfied', async () => {
    const [, older] = env.CONSISTENCY_SECRET.split(',')
    const signedWithOld = await consistencyTokens(older).sign({ tenant, version: 1 })
    expect((await call('POST', '/v1/check', read, withToken(signedWithOld))).status).toBe(200)
  })

  it('full reads D1; a forged token, or one of another tenant, is 400; one from the future is 409', async () => {
    expect((await call('POST', '/v1/check', read, withToken('full'))).status).toBe(200)
    const good = await tokens().sign({ tenant, version: 1 })
    const [prefix, payload, mac] = good.split('.')
    const forgedPayload = btoa(JSON.stringify([tenant, 10 ** 6, null])).replace(/=+$/, '')
    const forged = [
      'abc',
      '123',
      `${prefix}.${forgedPayload}.${mac}`,
      `${prefix}.${payload}.${mac!.slice(0, -2)}AA`,
      await consistencyTokens('a-secret-we-never-configured').sign({ tenant, version: 1 }),
      await tokens().sign({ tenant: other, version: 1 }),
      `${good}.x`,
    ]
    for (const bad of forged) {
      await expectProblem(
        await call('POST', '/v1/check', read, withToken(bad)),
        400,
        'invalid_consistency_token',
      )
    }
    const future = await tokens().sign({ tenant, version: 10 ** 9 })
    await expectProblem(
      await call('POST', '/v1/check', read, withToken(future)),
      409,
      'version_not_reached',
    )
  })
})
