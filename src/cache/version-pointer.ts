/**
 * @module The tenant's version pointer in an isolate (SPEC §8): what it holds (memory, within
 * FRESHNESS_MS), what KV holds, what D1 holds, and its publication after a write. Never goes
 * back to an older pointer than one the isolate holds.
 */
import type { Db } from '../db/client'
import { loadPointer, type VersionPointer } from '../repos/authz-rows-repo'
import { versionKey } from './keys'
import { kvGetJson } from './kv'
import { MemoryCache, MiB, stringBytes } from './memory'
import { publishPointer as publishToKv } from './pointer-publisher'

/** What the pointer functions need of the read path's deps. */
export interface PointerDeps {
  readonly db: Db
  readonly kv: KVNamespace
  readonly now: () => number
  readonly waitUntil: (promise: Promise<unknown>) => void
  readonly freshnessMs: number
}

const pointerMemo = new MemoryCache<{ pointer: VersionPointer; readAt: number }>({
  maxBytes: 4 * MiB,
  sizeOf: ({ pointer }, key) =>
    stringBytes(key) + 128 + pointer.u.reduce((sum, [user]) => sum + stringBytes(user) + 48, 0),
})

const isPointer = (value: unknown): value is VersionPointer =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as VersionPointer).v === 'number' &&
  typeof (value as VersionPointer).f === 'number' &&
  Array.isArray((value as VersionPointer).u)

/** The pointer as D1 holds it, published for every isolate (KV) and this one (memo). */
export async function pointerFromD1(deps: PointerDeps, tenantId: string): Promise<VersionPointer> {
  const pointer = await loadPointer(deps.db, tenantId)
  pointerMemo.set(tenantId, { pointer, readAt: deps.now() })
  deps.waitUntil(publishToKv(deps, tenantId, pointer, false))
  return pointer
}

/** The pointer this isolate read within FRESHNESS_MS, if it is at least `minVersion`; no I/O. */
export function heldPointer(
  deps: PointerDeps,
  tenantId: string,
  minVersion: number,
): VersionPointer | undefined {
  const memo = pointerMemo.get(tenantId)
  if (memo && deps.now() - memo.readAt < deps.freshnessMs && memo.pointer.v >= minVersion) {
    return memo.pointer
  }
  return undefined
}

/**
 * The pointer from memory (within FRESHNESS_MS) or KV; undefined when only D1 can tell. Never
 * older than a pointer this isolate already holds: KV may lag a publication still on its way.
 */
export async function knownPointer(
  deps: PointerDeps,
  tenantId: string,
  minVersion: number,
): Promise<VersionPointer | undefined> {
  const held = heldPointer(deps, tenantId, minVersion)
  if (held) return held
  const memo = pointerMemo.get(tenantId)
  const stored = await kvGetJson<unknown>(deps.kv, versionKey(tenantId))
  let pointer = isPointer(stored) ? stored : undefined
  if (memo && (!pointer || memo.pointer.v > pointer.v)) pointer = memo.pointer
  if (!pointer || pointer.v < minVersion) return undefined
  pointerMemo.set(tenantId, { pointer, readAt: deps.now() })
  return pointer
}

/**
 * Publishes the pointer after an admin write, before the write is answered: this isolate decides
 * from it at once, every isolate of the location once its FRESHNESS_MS window ends (KV), and the
 * reconcile job makes sure it lands even if KV refuses it now.
 */
export async function publishAfterWrite(deps: PointerDeps, tenantId: string): Promise<void> {
  const pointer = await loadPointer(deps.db, tenantId)
  pointerMemo.set(tenantId, { pointer, readAt: deps.now() })
  await publishToKv(deps, tenantId, pointer)
}
