/** X-Authz-Consistency (SPEC §8): signed tokens answered by writes and decisions, accepted back. */
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { consistencyTokens } from '../../src/decide/consistency-token'
import { call, expectProblem } from '../helpers/http'
import { tokenFor } from '../helpers/tokens'
import { fetchWith } from '../helpers/worker'
import { bumpVersion, seedOrg, versionOf } from '../helpers/seed'

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
    // The write ran on the primary; its token names the D1 Sessions bookmark after it.
    expect(await tokens().verify(token)).toEqual({ tenant, version, bookmark: expect.any(String) })
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

  it('decision reads go through D1 Sessions: the token’s bookmark, or the primary for full', async () => {
    const constraints: string[] = []
    const DB = new Proxy(env.DB, {
      get(target, key) {
        if (key === 'withSession') {
          return (constraint: string) => {
            constraints.push(constraint)
            return target.withSession(constraint)
          }
        }
        const value = Reflect.get(target, key) as unknown
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    const ask = async (headers: Record<string, string>) => {
      const request = new Request('http://authz.test/v1/check', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await tokenFor('viewer', { tenant })}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: JSON.stringify(read),
      })
      const res = await fetchWith({ DB, FRESHNESS_MS: '0' }, request)
      expect(res.status).toBe(200)
    }
    const bookmark = 'bookmark-of-a-write'
    await bumpVersion(tenant) // D1 is ahead of every published pointer: the token makes it read
    const newest = await tokens().sign({ tenant, version: await versionOf(tenant), bookmark })
    await ask({ 'x-authz-consistency': newest })
    await ask({ 'x-authz-consistency': 'full' })
    expect(constraints).toEqual([bookmark, 'first-primary'])
  })
})
