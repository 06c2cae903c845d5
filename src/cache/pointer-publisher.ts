/**
 * @module Publishing a tenant's version pointer to KV so that it cannot get lost (SPEC §8).
 *
 * The pointer never expires. KV takes at most one write per second per key, so an isolate writes
 * a tenant's pointer at most once a second: a publish inside that second becomes one trailing
 * write when it is over, of whatever D1 holds then (a burst is coalesced). A write that fails or
 * is rate-limited is retried off the request path with the pointer read again. What still slips
 * through (every retry failing, another isolate's older pointer landing last) is caught by the
 * reconcile job (reconcile.ts), which republishes every tenant changed recently or not yet
 * recorded as published.
 */
import type { Db } from '../db/client'
import { loadPointer, type VersionPointer } from '../repos/authz-rows-repo'
import { versionKey } from './keys'

export interface PublishDeps {
  readonly db: Db
  readonly kv: KVNamespace
  readonly now: () => number
  readonly waitUntil: (promise: Promise<unknown>) => void
  readonly sleep?: (ms: number) => Promise<void>
}

/** KV's limit: one write per second per key. */
export const PUBLISH_INTERVAL_MS = 1000
/** Retries of a failed write, each after PUBLISH_INTERVAL_MS × 2^attempt. */
export const PUBLISH_RETRIES = 3

const lastWrite = new Map<string, number>()
const trailing = new Set<string>()

const sleepFor = (deps: PublishDeps) =>
  deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))

/** Writes the pointer; false when KV refused or failed (logged). */
export async function putPointer(
  kv: KVNamespace,
  tenantId: string,
  pointer: VersionPointer,
): Promise<boolean> {
  try {
    await kv.put(versionKey(tenantId), JSON.stringify(pointer))
    return true
  } catch (error) {
    console.warn(
      JSON.stringify({ event: 'pointer_put_failed', tenantId, v: pointer.v, error: String(error) }),
    )
    return false
  }
}

/** Retries with the pointer D1 holds at each attempt, until one write lands. */
async function retry(deps: PublishDeps, tenantId: string): Promise<void> {
  for (let attempt = 0; attempt < PUBLISH_RETRIES; attempt++) {
    await sleepFor(deps)(PUBLISH_INTERVAL_MS * 2 ** attempt)
    lastWrite.set(tenantId, deps.now())
    const pointer = await loadPointer(deps.db, tenantId).catch(() => undefined)
    if (pointer && (await putPointer(deps.kv, tenantId, pointer))) return
  }
}

async function writeNow(
  deps: PublishDeps,
  tenantId: string,
  pointer: VersionPointer,
  retryOnFailure: boolean,
) {
  lastWrite.set(tenantId, deps.now())
  const landed = await putPointer(deps.kv, tenantId, pointer)
  if (!landed && retryOnFailure) deps.waitUntil(retry(deps, tenantId))
}

/**
 * Publishes `pointer` (read from D1 by the caller): now, or within a second of this isolate's
 * last write for the tenant, as one trailing write of the pointer D1 holds then. A failed write
 * is retried when `retryOnFailure` (after admin writes; a reader leaves it to the next reader and
 * the reconcile job, so a KV outage does not multiply background work). Never throws; resolves
 * once the write is done or handed to the background.
 */
export async function publishPointer(
  deps: PublishDeps,
  tenantId: string,
  pointer: VersionPointer,
  retryOnFailure = true,
): Promise<void> {
  const since = deps.now() - (lastWrite.get(tenantId) ?? -Infinity)
  if (since >= PUBLISH_INTERVAL_MS) return writeNow(deps, tenantId, pointer, retryOnFailure)
  if (trailing.has(tenantId)) return
  trailing.add(tenantId)
  deps.waitUntil(
    (async () => {
      await sleepFor(deps)(PUBLISH_INTERVAL_MS - since)
      trailing.delete(tenantId)
      const latest = await loadPointer(deps.db, tenantId).catch(() => undefined)
      if (latest) await writeNow(deps, tenantId, latest, retryOnFailure)
      else if (retryOnFailure) deps.waitUntil(retry(deps, tenantId))
    })(),
  )
}
