/** The version pointer cannot get lost: never expires, ≤ 1 write/s per tenant, retried (SPEC §8). */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { versionKey } from '../../src/cache/keys'
import { PUBLISH_INTERVAL_MS, publishPointer } from '../../src/cache/pointer-publisher'
import { loadPointer } from '../../src/repos/authz-rows-repo'
import { bumpVersion, db, seedOrg } from '../helpers/seed'

/** A KV that records writes and refuses the next `failures` of them (as a 429 would). */
function recordingKv(failures = 0) {
  const puts: { key: string; v: number; at: number; options: unknown }[] = []
  let failing = failures
  const kv = {
    put: async (key: string, value: string, options?: unknown) => {
      if (failing > 0) {
        failing--
        throw new Error('KV PUT failed: 429 Too Many Requests (injected)')
      }
      puts.push({ key, v: (JSON.parse(value) as { v: number }).v, at: clock.now, options })
      await env.CACHE.put(key, value)
    },
  } as unknown as KVNamespace
  return { kv, puts }
}

/**
 * A clock the test moves: `sleep` waits until settle() advances time to its wake-up, so work the
 * publisher hands to the background runs only when the test lets time pass.
 */
const clock = { now: 1_000_000 }
function harness(kv: KVNamespace) {
  let pending = 0
  const sleepers: { wake: number; resolve: () => void }[] = []
  const deps = {
    db: db(),
    kv,
    now: () => clock.now,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => void sleepers.push({ wake: clock.now + ms, resolve })),
    waitUntil: (p: Promise<unknown>) => {
      pending++
      void p.finally(() => pending--)
    },
  }
  /** Lets time pass, one wake-up at a time, until no background work is left. */
  const settle = async () => {
    while (pending > 0) {
      await new Promise((resolve) => setTimeout(resolve, 1))
      if (sleepers.length === 0) continue // background I/O still on its way to a sleep or an end
      sleepers.sort((a, b) => a.wake - b.wake)
      const next = sleepers.shift()!
      clock.now = Math.max(clock.now, next.wake)
      next.resolve()
    }
  }
  return { deps, settle }
}

describe('publishing the version pointer', () => {
  it('writes it at once, with no expiry', async () => {
    const tenant = await seedOrg()
    const { kv, puts } = recordingKv()
    const { deps, settle } = harness(kv)
    clock.now += 10 * PUBLISH_INTERVAL_MS
    await publishPointer(deps, tenant, await loadPointer(db(), tenant))
    await settle()
    expect(puts).toEqual([{ key: versionKey(tenant), v: 1, at: clock.now, options: undefined }])
    const listed = await env.CACHE.list({ prefix: versionKey(tenant) })
    expect(listed.keys).toEqual([{ name: versionKey(tenant) }])
  })

  it('coalesces a burst into one write a second, the last with the newest version', async () => {
    const tenant = await seedOrg()
    const { kv, puts } = recordingKv()
    const { deps, settle } = harness(kv)
    clock.now += 10 * PUBLISH_INTERVAL_MS
    let latest = 0
    for (let i = 0; i < 10; i++) {
      latest = await bumpVersion(tenant)
      await publishPointer(deps, tenant, await loadPointer(db(), tenant))
      clock.now += 50
    }
    await settle()
    expect(puts.map((p) => p.v)).toEqual([2, latest])
    expect(puts[1]!.at - puts[0]!.at).toBeGreaterThanOrEqual(PUBLISH_INTERVAL_MS)
    const stored = (await env.CACHE.get(versionKey(tenant), 'json')) as { v: number }
    expect(stored.v).toBe(latest)
  })

  it('retries a refused write off the request path with the pointer D1 holds then', async () => {
    const tenant = await seedOrg()
    const { kv, puts } = recordingKv(2)
    const { deps, settle } = harness(kv)
    clock.now += 10 * PUBLISH_INTERVAL_MS
    await publishPointer(deps, tenant, await loadPointer(db(), tenant))
    expect(puts).toEqual([]) // refused; the retry runs in the background
    const newer = await bumpVersion(tenant)
    await settle()
    expect(puts.map((p) => p.v)).toEqual([newer])
  })
})
