import { exports } from 'cloudflare:workers'
import { expect } from 'vitest'
import { call, type CallOptions } from './http'
import { expectDocumented } from './openapi-conformance'

export interface VersionMessage {
  type: 'version'
  version: number
  consistency: string
}

/** POST /v1/events/ticket, expecting 201; returns the ticket. */
export async function ticketFor(options: CallOptions): Promise<string> {
  const res = await call('POST', '/v1/events/ticket', undefined, options)
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { ticket: string }).ticket
}

/**
 * GET /v1/events as a browser opens a WebSocket: no bearer token, the ticket in the query. Fails
 * unless /openapi.json documents a refusal; a 101 must carry X-Request-Id, as documented.
 */
export async function upgrade(
  ticket: string | undefined,
  headers: Record<string, string> = {},
): Promise<Response> {
  const query = ticket === undefined ? '' : `?ticket=${encodeURIComponent(ticket)}`
  const request = new Request(`http://authz.test/v1/events${query}`, {
    headers: { Upgrade: 'websocket', ...headers },
  })
  const response = await exports.default.fetch(request)
  if (response.status === 101) expect(response.headers.get('x-request-id')).toBeTruthy()
  else await expectDocumented('GET', request.url, response.clone())
  return response
}

export interface PushSocket {
  readonly ws: WebSocket
  /** Every version message received, in order. */
  readonly messages: VersionMessage[]
  /** Resolves once a message satisfies `test`; rejects after `withinMs` (a deadline, not a sleep). */
  waitFor(test: (m: VersionMessage) => boolean, withinMs?: number): Promise<VersionMessage>
  close(): void
}

/** Opens the push socket with a ticket, expecting 101, and records its messages. */
export async function openSocket(ticket: string): Promise<PushSocket> {
  const res = await upgrade(ticket)
  expect(res.status, res.status === 101 ? '' : await res.text()).toBe(101)
  const ws = res.webSocket!
  const messages: VersionMessage[] = []
  const waiters = new Set<() => void>()
  ws.accept()
  ws.addEventListener('message', (event) => {
    messages.push(JSON.parse(event.data as string) as VersionMessage)
    for (const wake of waiters) wake()
  })
  const waitFor = (test: (m: VersionMessage) => boolean, withinMs = 1000) =>
    new Promise<VersionMessage>((resolve, reject) => {
      const check = () => {
        const found = messages.find(test)
        if (!found) return
        cleanup()
        resolve(found)
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(`no matching message within ${withinMs} ms: ${JSON.stringify(messages)}`))
      }, withinMs)
      const cleanup = () => {
        clearTimeout(timer)
        waiters.delete(check)
      }
      waiters.add(check)
      check()
    })
  return { ws, messages, waitFor, close: () => ws.close(1000, 'done') }
}
