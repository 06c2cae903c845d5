/// <reference types="node" />
// Loopback ports for gateway tests: a free one to hand out, and a wait until one accepts.
import { connect, createServer } from 'node:net'

/** A port nothing listens on right now (bound on 127.0.0.1, read, closed). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))))
    })
  })
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * Polls until `port` accepts a connection; throws when `deadlineMs` passes or `gaveUp()` says
 * the process that should listen has exited.
 */
export async function waitForPort(
  port: number,
  { deadlineMs = 10_000, gaveUp = () => false }: { deadlineMs?: number; gaveUp?: () => boolean },
): Promise<void> {
  const deadline = Date.now() + deadlineMs
  while (Date.now() < deadline) {
    if (gaveUp()) throw new Error(`the process for port ${port} exited before listening`)
    if (await accepts(port)) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`port ${port} did not accept connections within ${deadlineMs} ms`)
}
