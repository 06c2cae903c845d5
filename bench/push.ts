// Push latency (SPEC §8): N frontends hold the push WebSocket (a ticket each) in one workerd
// while an admin makes W writes, one every 100–200 ms; prints the delay from each write's answer
// (as its client reads it) to each socket's message carrying that version or a newer one.
import { parseArgs } from 'node:util'
import { createDb } from '../src/db/client'
import { seedTenant } from '../src/repos/tenant-seed'
import { buildBenchBundle, serve } from './harness'

const { values } = parseArgs({
  options: {
    sockets: { type: 'string', default: '20' },
    writes: { type: 'string', default: '30' },
    burst: { type: 'string', default: '10' },
  },
})
const socketCount = Number(values.sockets)
const writeCount = Number(values.writes)
const burstCount = Number(values.burst)

buildBenchBundle()
const { mf, base, tokenFor } = await serve(
  [{ name: 'push', freshnessMs: 1000, routes: [] }],
  'push',
)
await seedTenant(createDb((await mf.getD1Database('DB', 'push')) as D1Database), {
  id: 'push',
  name: 'Push',
  products: ['interactions'],
  groups: [{ id: 'root', name: 'Root', parentId: null }],
  users: [
    { id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'root' },
    ...Array.from({ length: socketCount }, (_, i) => ({
      id: `u${i}`,
      name: `User ${i}`,
      roleId: 'standard',
      homeGroupId: 'root',
    })),
  ],
})

interface Received {
  version: number
  at: number
}

/** Ticket, upgrade, first message: one frontend connecting. */
async function connect(user: string): Promise<{ received: Received[]; connectMs: number }> {
  const start = performance.now()
  const res = await fetch(`${base}/v1/events/ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenFor(user)}` },
  })
  if (res.status !== 201) throw new Error(`ticket: ${res.status} ${await res.text()}`)
  const { ticket } = (await res.json()) as { ticket: string }
  const upgraded = await mf.dispatchFetch(
    `${base}/v1/events?ticket=${encodeURIComponent(ticket)}`,
    {
      headers: { Upgrade: 'websocket' },
    },
  )
  const ws = upgraded.webSocket
  if (upgraded.status !== 101 || !ws) throw new Error(`upgrade: ${upgraded.status}`)
  const received: Received[] = []
  const first = new Promise<void>((resolve) => {
    ws.addEventListener('message', (event) => {
      const { version } = JSON.parse(String(event.data)) as { version: number }
      received.push({ version, at: performance.now() })
      resolve()
    })
  })
  ws.accept()
  await first
  return { received, connectMs: performance.now() - start }
}

// One after another: the first pays the cold start (isolate, object, D1), the rest are warm.
const sockets: Awaited<ReturnType<typeof connect>>[] = []
for (let i = 0; i < socketCount; i++) sockets.push(await connect(`u${i}`))

const boss = await tokenFor('boss')
let flip = false
/** One admin write; returns the version it committed and when its answer was read. */
async function write(): Promise<[version: number, at: number]> {
  flip = !flip
  const res = await fetch(`${base}/v1/users/u0/access`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${boss}`, 'content-type': 'application/json' },
    body: JSON.stringify({ addons: { score: flip } }),
  })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`write: ${res.status} ${text}`)
  return [(JSON.parse(text) as { version: number }).version, performance.now()]
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Waits (at most 5 s) until every socket has received `version`. */
async function settle(version: number) {
  const deadline = performance.now() + 5000
  while (
    sockets.some((s) => s.received.at(-1)!.version < version) &&
    performance.now() < deadline
  ) {
    await sleep(20)
  }
}

const answered = new Map<number, number>()
for (let i = 0; i < writeCount; i++) {
  await sleep(100 + Math.random() * 100)
  answered.set(...(await write()))
}
await settle(Math.max(...answered.keys()))

const delays: number[] = []
let missed = 0
let wentDown = 0
for (const { received } of sockets) {
  received.forEach((r, i) => {
    if (i > 0 && r.version <= received[i - 1]!.version) wentDown++
  })
  for (const [version, at] of answered) {
    const message = received.find((r) => r.version >= version)
    if (message) delays.push(message.at - at)
    else missed++
  }
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
const pct = (xs: number[], p: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!
const ms = (x: number) => `${x.toFixed(1)} ms`
const connects = sockets.map((s) => s.connectMs)
const messages = sockets.reduce((n, s) => n + s.received.length - 1, 0)

console.log(
  `push (${socketCount} sockets, ${writeCount} admin writes 100–200 ms apart; one workerd via Miniflare)`,
)
console.log(
  `  connect (ticket + upgrade + first message): p50 ${ms(pct(connects, 0.5))}, max ${ms(Math.max(...connects))}`,
)
console.log(
  `  write answered -> message on each socket:   min ${ms(Math.min(...delays))}, p50 ${ms(pct(delays, 0.5))}, p99 ${ms(pct(delays, 0.99))}, max ${ms(Math.max(...delays))} (n=${delays.length})`,
)
console.log(
  `  messages after connect: ${messages} for ${socketCount * writeCount} (socket, write) pairs; missed ${missed}; versions going down ${wentDown}`,
)
console.log(
  `  target: within 1 s ${missed === 0 && wentDown === 0 && Math.max(...delays) < 1000 ? 'met' : 'MISSED'}`,
)

// A burst: writes back to back. The object may coalesce them; the last version must arrive.
await sleep(200)
const before = sockets.map((s) => s.received.length)
let burstLast: [number, number] = [0, 0]
for (let i = 0; i < burstCount; i++) burstLast = await write()
await settle(burstLast[0])
const burstMessages = sockets.map((s, i) => s.received.length - before[i]!)
const burstDelays = sockets.map(
  (s) => s.received.find((r) => r.version >= burstLast[0])!.at - burstLast[1],
)
console.log(
  `  burst of ${burstCount} back-to-back writes: ${pct(burstMessages, 0.5)} messages per socket (p50), ` +
    `last write answered -> its version on each socket: p50 ${ms(pct(burstDelays, 0.5))}, max ${ms(Math.max(...burstDelays))}`,
)
await mf.dispose()
