/// <reference types="node" />
// The two node:http servers a gateway test needs besides the real service: the app behind the
// gateway, which records what reached it, and a fake authorization service that fails.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly bodyBytes: number
}

export interface RecordingServer {
  readonly port: number
  readonly url: string
  /** Every request received so far, oldest first; `clear()` empties it. */
  readonly requests: RecordedRequest[]
  clear(): void
  close(): Promise<void>
}

type Reply = (res: ServerResponse) => void

async function startRecordingServer(reply: Reply): Promise<RecordingServer> {
  const requests: RecordedRequest[] = []
  const server: Server = createServer((req, res) => {
    let bodyBytes = 0
    req.on('data', (chunk: Buffer) => (bodyBytes += chunk.length))
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        bodyBytes,
      })
      reply(res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    clear: () => void requests.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** The app behind the gateway: answers 200 JSON to everything and records each request. */
export function startRecordingApp(): Promise<RecordingServer> {
  return startRecordingServer((res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"ok":true}')
  })
}

/**
 * A fake authorization service that records each check and then either never answers
 * (`hang`: slower than any gateway's timeout) or answers 500 (`fail`).
 */
export function startFailingAuthz(mode: 'hang' | 'fail'): Promise<RecordingServer> {
  return startRecordingServer((res) => {
    if (mode === 'hang') return
    res.writeHead(500, { 'content-type': 'application/problem+json' })
    res.end('{"type":"about:blank","title":"Internal Server Error","status":500}')
  })
}
