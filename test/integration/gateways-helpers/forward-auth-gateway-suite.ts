/// <reference types="node" />
// One scenario list for every gateway we run for real: the service and a recording app behind
// the gateway, then allow, deny, 401, no route, public route, and the service down, slow,
// failing or refusing the client's consistency token. Each gateway states its status for those.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { startAuthzWorker, type AuthzWorker } from '../../harness/authz-worker'
import { describeWhenInstalled, type RunningGateway, type StartGateway } from './gateway-process'
import { startFailingAuthz, startRecordingApp, type RecordingServer } from './http-fixtures'
import { freePort } from './loopback'
import { AUTHZ_HEADERS, FORWARD_AUTH_PATH } from './recipes'

/** What a client might claim to be; X-Authz-Consistency is a request to the service. */
const IDENTITY_HEADERS = AUTHZ_HEADERS.filter((header) => header !== 'X-Authz-Consistency')

export interface GatewaySuiteOptions {
  /** The executable that must be installed (else the suite is skipped, or fails in CI). */
  readonly binary: string
  readonly start: StartGateway
  /**
   * The client's status when the service refuses connections, times out, answers 500, and when
   * it rejects the client's X-Authz-Consistency (the service's 400).
   */
  readonly failures: {
    readonly down: number
    readonly timeout: number
    readonly failing: number
    readonly badConsistency: number
  }
  /** Headers every failure answer carries (e.g. Retry-After). */
  readonly failureHeaders?: Readonly<Record<string, string>>
}

interface Setup {
  readonly worker: AuthzWorker
  readonly app: RecordingServer
  /** In front of the real service. */
  readonly gateway: RunningGateway
  readonly hanging: RecordingServer
  readonly failing: RecordingServer
  readonly toDown: RunningGateway
  readonly toHanging: RunningGateway
  readonly toFailing: RunningGateway
}

interface Call {
  readonly method?: string
  readonly token?: string
  readonly headers?: Record<string, string>
  readonly body?: string
}

/** A client request through the gateway; the body is read so the connection is free again. */
async function callThrough(gateway: RunningGateway, path: string, call: Call = {}) {
  const headers: Record<string, string> = { ...call.headers }
  if (call.token) headers.authorization = `Bearer ${call.token}`
  const response = await fetch(`${gateway.url}${path}`, {
    method: call.method ?? 'GET',
    headers,
    body: call.body,
  })
  await response.arrayBuffer()
  return response
}

export function describeForwardAuthGateway(name: string, options: GatewaySuiteOptions): void {
  describeWhenInstalled(options.binary)(`${name} in front of the service`, () => {
    let setup: Setup | undefined
    const scene = (): Setup => {
      if (!setup) throw new Error('setup did not finish')
      return setup
    }
    const all: { stop?: () => Promise<void>; close?: () => Promise<void> }[] = []

    beforeAll(async () => {
      const [worker, app, hanging, failing, closedPort] = await Promise.all([
        startAuthzWorker(),
        startRecordingApp(),
        startFailingAuthz('hang'),
        startFailingAuthz('fail'),
        freePort(),
      ])
      all.push(app, hanging, failing, { close: () => worker.dispose() })
      const appAt = `127.0.0.1:${app.port}`
      const gateways = await Promise.all(
        [worker.port, closedPort, hanging.port, failing.port].map(async (port) => {
          const gateway = await options.start({ authz: `127.0.0.1:${port}`, app: appAt })
          all.push(gateway)
          return gateway
        }),
      )
      const [gateway, toDown, toHanging, toFailing] = gateways as [
        RunningGateway,
        RunningGateway,
        RunningGateway,
        RunningGateway,
      ]
      setup = { worker, app, gateway, hanging, failing, toDown, toHanging, toFailing }
    })

    afterAll(async () => {
      await Promise.all(all.map((each) => each.stop?.() ?? each.close?.()))
    })

    beforeEach(({ onTestFailed }) => {
      if (!setup) return
      for (const server of [setup.app, setup.hanging, setup.failing]) server.clear()
      onTestFailed(() => {
        for (const [label, gateway] of Object.entries({
          'to the service': setup?.gateway,
          'to a closed port': setup?.toDown,
          'to a hanging service': setup?.toHanging,
          'to a failing service': setup?.toFailing,
        })) {
          console.error(`--- ${name} ${label}: logs ---\n${gateway?.logs()}`)
        }
      })
    })

    it('lets alice through with her identity, whatever identity the client claimed', async () => {
      const { worker, app, gateway } = scene()
      const spoofed = Object.fromEntries(IDENTITY_HEADERS.map((header) => [header, 'mallory']))
      const res = await callThrough(gateway, '/api/conversations?page=2', {
        token: await worker.tokenFor('alice'),
        headers: spoofed,
      })
      expect(res.status).toBe(200)
      expect(app.requests).toHaveLength(1)
      const seen = app.requests[0]!
      expect(seen.method).toBe('GET')
      expect(seen.url).toBe('/api/conversations?page=2')
      expect(seen.headers['x-authz-user']).toBe('alice')
      expect(seen.headers['x-authz-tenant']).toBe('acme')
      expect(seen.headers['x-authz-level']).toBe('group')
      expect(seen.headers['x-authz-reason']).toBe('level_group')
      expect(seen.headers['x-authz-route']).toBe('/api/conversations')
      expect(seen.headers['x-authz-consistency']).not.toBe('-')
      for (const header of AUTHZ_HEADERS) {
        const value = seen.headers[header.toLowerCase()]
        expect(value, header).toEqual(expect.any(String))
        expect(value, header).not.toContain('{') // no literal placeholder
        expect(value, header).not.toContain('mallory')
      }
    })

    it("sends the client's X-Authz-Consistency to the service (read-your-writes)", async () => {
      const { worker, app, gateway } = scene()
      const token = await worker.tokenFor('alice')
      await callThrough(gateway, '/api/conversations', { token })
      const consistency = String(app.requests[0]?.headers['x-authz-consistency'])
      app.clear()
      const fresh = await callThrough(gateway, '/api/conversations', {
        token,
        headers: { 'x-authz-consistency': consistency },
      })
      expect(fresh.status).toBe(200)
      expect(app.requests[0]?.headers['x-authz-consistency']).toBe(consistency)
      app.clear()
      const forged = await callThrough(gateway, '/api/conversations', {
        token,
        headers: { 'x-authz-consistency': 'forged' },
      })
      expect(forged.status).toBe(options.failures.badConsistency)
      expect(app.requests).toHaveLength(0)
    })

    it('passes a request body to the app (only the check goes without it)', async () => {
      const { worker, app, gateway } = scene()
      const body = JSON.stringify({ name: 'Onboarding', padding: 'x'.repeat(4000) })
      const res = await callThrough(gateway, '/api/scorecards', {
        method: 'POST',
        token: await worker.tokenFor('alice'),
        headers: { 'content-type': 'application/json' },
        body,
      })
      expect(res.status).toBe(200)
      expect(app.requests.map((r) => [r.method, r.bodyBytes])).toEqual([['POST', body.length]])
    })

    it('answers 403 to a denied request and never calls the app', async () => {
      const { worker, app, gateway } = scene()
      const res = await callThrough(gateway, '/api/scorecards', {
        token: await worker.tokenFor('agnes'),
      })
      expect(res.status).toBe(403)
      expect(app.requests).toHaveLength(0)
    })

    it('answers 401 with WWW-Authenticate without a token and never calls the app', async () => {
      const { app, gateway } = scene()
      const res = await callThrough(gateway, '/api/conversations')
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect(app.requests).toHaveLength(0)
    })

    it('answers 403 when no route matches and never calls the app', async () => {
      const { worker, app, gateway } = scene()
      const res = await callThrough(gateway, '/api/unknown', {
        token: await worker.tokenFor('alice'),
      })
      expect(res.status).toBe(403)
      expect(app.requests).toHaveLength(0)
    })

    it('lets a public route through without a token', async () => {
      const { app, gateway } = scene()
      const res = await callThrough(gateway, '/api/health')
      expect(res.status).toBe(200)
      expect(app.requests).toHaveLength(1)
      expect(app.requests[0]!.headers['x-authz-user']).toBe('-')
      expect(app.requests[0]!.headers['x-authz-route']).toBe('/api/health')
    })

    it("decides the request as sent, not the client's X-Forwarded-* or X-Original-*", async () => {
      const { worker, app, gateway } = scene()
      const res = await callThrough(gateway, '/api/scorecards', {
        token: await worker.tokenFor('agnes'),
        headers: {
          'x-forwarded-method': 'GET',
          'x-forwarded-uri': '/api/health',
          'x-original-method': 'GET',
          'x-original-uri': '/api/health',
        },
      })
      expect(res.status).toBe(403)
      expect(app.requests).toHaveLength(0)
    })

    const expectFailureHeaders = (res: Response) => {
      for (const [header, value] of Object.entries(options.failureHeaders ?? {})) {
        expect(res.headers.get(header), header).toBe(value)
      }
    }

    it(`answers ${options.failures.down} when the service is down`, async () => {
      const { worker, app, toDown } = scene()
      const res = await callThrough(toDown, '/api/conversations', {
        token: await worker.tokenFor('alice'),
      })
      expect(res.status).toBe(options.failures.down)
      expectFailureHeaders(res)
      expect(app.requests).toHaveLength(0)
    })

    it(`answers ${options.failures.timeout} when the service does not answer in time`, async () => {
      const { worker, app, hanging, toHanging } = scene()
      const res = await callThrough(toHanging, '/api/conversations', {
        token: await worker.tokenFor('alice'),
      })
      expect(res.status).toBe(options.failures.timeout)
      expectFailureHeaders(res)
      expect(hanging.requests).toHaveLength(1)
      expect(app.requests).toHaveLength(0)
    })

    it(`answers ${options.failures.failing} when the service answers 500`, async () => {
      const { worker, app, failing, toFailing } = scene()
      const token = await worker.tokenFor('alice')
      const res = await callThrough(toFailing, '/api/scorecards?draft=1', {
        method: 'POST',
        token,
        headers: { 'x-forwarded-method': 'GET', 'x-forwarded-uri': '/api/health' },
        body: 'x'.repeat(2048),
      })
      expect(res.status).toBe(options.failures.failing)
      expectFailureHeaders(res)
      expect(app.requests).toHaveLength(0)
      // What the gateway asked: the request as sent, with the token, without the body.
      expect(failing.requests).toHaveLength(1)
      const check = failing.requests[0]!
      expect(new URL(check.url, 'http://gateway').pathname).toBe(FORWARD_AUTH_PATH)
      expect(check.headers['x-forwarded-method']).toBe('POST')
      expect(check.headers['x-forwarded-uri']).toBe('/api/scorecards?draft=1')
      expect(check.headers.authorization).toBe(`Bearer ${token}`)
      expect(check.bodyBytes).toBe(0)
    })
  })
}
