// Traefik and Envoy have no Debian package: their check requests, built from our configs, go to
// the real service over HTTP, and the answers are what those configs rely on: 2xx (Traefik) or
// exactly 200 (Envoy) with the headers they copy to the app; 401/403 otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAuthzWorker, type AuthzWorker } from '../harness/authz-worker'
import {
  ENVOY,
  TRAEFIK,
  envoyCheck,
  traefikCheck,
  type CheckRequest,
  type OriginalRequest,
} from './gateways-helpers/gateway-checks'

let worker: AuthzWorker
beforeAll(async () => {
  worker = await startAuthzWorker()
})
afterAll(() => worker?.dispose())

const send = (check: CheckRequest) =>
  fetch(`${worker.url}${check.path}`, {
    method: check.method,
    headers: check.headers,
    body: check.body,
  })

const bearer = async (user: string) => ({ Authorization: `Bearer ${await worker.tokenFor(user)}` })

const gateways = [
  { name: 'Traefik ForwardAuth', check: traefikCheck, copied: TRAEFIK.authResponseHeaders },
  { name: 'Envoy ext_authz', check: envoyCheck, copied: ENVOY.allowedUpstreamHeaders },
] as const

describe.each(gateways)('$name', ({ check, copied }) => {
  const expectCopied = (res: Response) => {
    for (const header of copied) expect(res.headers.get(header), header).toEqual(expect.any(String))
  }

  it('allows alice with every header the config copies to the app', async () => {
    const original: OriginalRequest = {
      method: 'GET',
      uri: '/api/conversations?page=2',
      headers: { ...(await bearer('alice')), Cookie: 'session=ignored' },
    }
    const res = await send(check(original))
    expect(res.status).toBe(200)
    expectCopied(res)
    expect(res.headers.get('x-authz-user')).toBe('alice')
    expect(res.headers.get('x-authz-tenant')).toBe('acme')
    expect(res.headers.get('x-authz-reason')).toBe('level_group')
  })

  it('decides the original method, not the method of the check', async () => {
    const write = { method: 'POST', uri: '/api/scorecards', headers: await bearer('alice') }
    expect((await send(check(write))).status).toBe(200)
    const head = { method: 'HEAD', uri: '/api/conversations', headers: await bearer('alice') }
    expect((await send(check(head))).status).toBe(200)
  })

  it('denies agnes the scorecards with 403 and the reason', async () => {
    const res = await send(
      check({ method: 'GET', uri: '/api/scorecards', headers: await bearer('agnes') }),
    )
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(res.headers.get('x-authz-reason')).toBe('no_permission')
  })

  it('answers 401 with WWW-Authenticate without a token', async () => {
    const res = await send(check({ method: 'GET', uri: '/api/conversations' }))
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
  })

  it('answers 403 when no route matches', async () => {
    const res = await send(
      check({ method: 'GET', uri: '/api/unknown', headers: await bearer('alice') }),
    )
    expect(res.status).toBe(403)
  })

  it('allows the public route without a token, still with every copied header', async () => {
    const res = await send(check({ method: 'GET', uri: '/api/health' }))
    expect(res.status).toBe(200)
    expectCopied(res)
    expect(res.headers.get('x-authz-user')).toBe('-')
  })

  it("passes the client's X-Authz-Consistency on to the service", async () => {
    const headers = await bearer('alice')
    const first = await send(check({ method: 'GET', uri: '/api/conversations', headers }))
    const scorecardsWith = (consistency: string) =>
      send(
        check({
          method: 'GET',
          uri: '/api/scorecards',
          headers: { ...headers, 'X-Authz-Consistency': consistency },
        }),
      )
    expect((await scorecardsWith(first.headers.get('x-authz-consistency') ?? '')).status).toBe(200)
    expect((await scorecardsWith('forged')).status).toBe(400)
  })
})

describe('Envoy ext_authz path_prefix mode', () => {
  it('matches nothing when the original path is only "/"', async () => {
    const res = await send(envoyCheck({ method: 'GET', uri: '/', headers: await bearer('alice') }))
    expect(res.status).toBe(403)
  })
})
