/** The reconcile job (Cron Trigger) republishes pointers a failed or raced write left behind. */
import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { versionKey } from '../../src/cache/keys'
import { tenants } from '../../src/db/schema'
import type { Bindings } from '../../src/env'
import worker from '../../src/index'
import { openSocket, ticketFor } from '../helpers/push'
import { brokenKV } from '../helpers/worker'
import { db, seedOrg } from '../helpers/seed'

async function runCron(overrides: Partial<Bindings> = {}) {
  const ctx = createExecutionContext()
  await worker.scheduled(
    createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }),
    { ...env, ...overrides } as Bindings,
    ctx,
  )
  await waitOnExecutionContext(ctx)
}

const published = async (tenant: string) =>
  ((await env.CACHE.get(versionKey(tenant), 'json')) as { v: number } | null)?.v

const recorded = async (tenant: string) =>
  (await db().select().from(tenants).where(eq(tenants.id, tenant)))[0]!

/** A committed write whose publication never reached KV (every attempt refused). */
async function lostWrite(tenant: string): Promise<number> {
  const [row] = await db()
    .update(tenants)
    .set({ version: sql`${tenants.version} + 1`, versionAt: Date.now() })
    .where(eq(tenants.id, tenant))
    .returning({ version: tenants.version })
  return row!.version
}

let tenant: string
beforeAll(async () => {
  tenant = await seedOrg([{ id: 'viewer', name: 'Viewer', roleId: 'read_only', homeGroupId: 'l1' }])
})

describe('the reconcile job', () => {
  it('publishes a write whose own publication was lost, and records it', async () => {
    await runCron() // whatever was pending before
    const before = await published(tenant)
    const version = await lostWrite(tenant)
    expect(await published(tenant)).toBe(before)
    await runCron()
    expect(await published(tenant)).toBe(version)
    expect((await recorded(tenant)).publishedVersion).toBe(version)
  })

  it('republishes a recent change that an older pointer overwrote (a reader racing a writer)', async () => {
    const version = await lostWrite(tenant)
    await runCron()
    await env.CACHE.put(versionKey(tenant), JSON.stringify({ v: 1, s: 1, f: 1, u: [] }))
    await runCron()
    expect(await published(tenant)).toBe(version)
  })

  it('keeps a tenant due while KV refuses, and leaves quiet published tenants alone', async () => {
    const version = await lostWrite(tenant)
    await runCron({ CACHE: brokenKV })
    expect((await recorded(tenant)).publishedVersion).toBeLessThan(version)
    await runCron()
    expect((await recorded(tenant)).publishedVersion).toBe(version)
    // A tenant published long ago and unchanged since is not even read.
    const quiet = await seedOrg()
    await runCron()
    await db().update(tenants).set({ versionAt: 0 }).where(eq(tenants.id, quiet))
    await env.CACHE.delete(versionKey(quiet))
    await runCron()
    expect(await published(quiet)).toBeUndefined()
  })

  it('tells the push channel the versions it republished (a write’s own notice may be lost)', async () => {
    const socket = await openSocket(await ticketFor({ user: 'viewer', tokenOptions: { tenant } }))
    await socket.waitFor(() => true) // the version on connect
    const version = await lostWrite(tenant) // committed, but nobody was told
    await runCron()
    await socket.waitFor((m) => m.version === version)
    socket.close()
  })
})
