/**
 * @module The read path of compiled authorization data: isolate memory -> KV -> D1.
 *
 * Freshness comes from the tenant's version pointer (`{v, s, f, u}`, see VersionPointer): an
 * isolate decides from a pointer it read for FRESHNESS_MS (SPEC §8 bounded staleness; no KV or
 * D1 read while it holds), then reads it from KV again (a write publishes it there before it
 * answers; other locations see it within KV's 60 s); a token or min version newer than what is
 * at hand goes to KV, then D1. A
 * user's snapshot, compiled from rows read at version `at`, stays valid while the pointer lists
 * no structure change and no change to that user after `at`: a write to one user leaves every
 * other user's compiled data in place. Trees are immutable per structure version. A cold
 * decision is one D1 statement.
 */
import type { Db } from '../db/client'
import {
  compileSnapshot,
  compileTree,
  treeFromWire,
  treeToWire,
  type Snapshot,
  type TenantTree,
  type TreeWire,
} from '../engine'
import { AppError } from '../errors'
import { loadGroups, loadUserRows, type VersionPointer } from '../repos/authz-rows-repo'
import { SNAPSHOT_TTL_SECONDS, TREE_TTL_SECONDS, snapshotKey, treeKey } from './keys'
import { kvGetJson, kvPutJson } from './kv'
import { MemoryCache, MiB, stringBytes } from './memory'

export interface DataDeps {
  readonly db: Db
  readonly kv: KVNamespace
  readonly waitUntil: (promise: Promise<unknown>) => void
  readonly now: () => number
  /** How long an isolate decides from a version pointer it read (FRESHNESS_MS); 0 = never. */
  readonly freshnessMs: number
  /**
   * A client over a D1 Sessions session (`withSession`), so read replicas may serve decision
   * reads: `first-unconstrained`, a bookmark, or `first-primary`. Without it, `db` is used.
   */
  readonly session?: (constraint: string) => Db
}

/** What a decision may be based on (SPEC §8), as the caller asked. */
export interface Freshness {
  /** The answer must reflect at least this tenant version (409 when D1 is older). */
  readonly minVersion?: number | undefined
  /** Read D1 itself, not the published version pointer (`X-Authz-Consistency: full`). */
  readonly full?: boolean
  /** A D1 Sessions bookmark D1 reads must be at least as new as (a token's). */
  readonly bookmark?: string | undefined
}

export interface DecisionData {
  /** The tenant version the answer is decided at. */
  readonly version: number
  readonly tree: TenantTree
  /** null: no such user in the tenant (or no such tenant). */
  readonly snapshot: Snapshot | null
}

/** A compiled user: the snapshot (null: no such user) and the version its rows were read at. */
interface Compiled {
  readonly at: number
  readonly snapshot: Snapshot | null
}

// Isolates have 128 MB for every tenant they serve: each cache has a byte budget (estimates
// measured in workerd: a 10,000-group tree takes 0.6–1.8 MB, a pointer with 100 user changes
// 8.5 KB), least recently used first out.
const trees = new MemoryCache<TenantTree>({
  maxBytes: 24 * MiB,
  sizeOf: (tree, key) =>
    // Per group: the id, its map entry, and four array slots (parents, ends, depths).
    stringBytes(key) + 256 + tree.ids.reduce((sum, id) => sum + stringBytes(id) + 48, 0),
})
const compiled = new MemoryCache<Compiled>({
  maxBytes: 24 * MiB,
  sizeOf: ({ snapshot: s }, key) =>
    stringBytes(key) +
    256 +
    (s === null
      ? 0
      : 8 * (s.perms.length + s.ranges.length) +
        48 * s.reports.length +
        stringBytes(s.user.id) +
        stringBytes(s.user.name) +
        stringBytes(s.user.email ?? '') +
        stringBytes(s.role.name)),
})
export const MAX_ATTEMPTS = 3

/**
 * Is data compiled from rows read at `at` what the pointer's version says for `userId`? Only
 * data from no later than the pointer counts: newer data was compiled against a tree the
 * pointer may not know, and pairing it with the pointer's tree would misread its ranges.
 */
function stillValid(pointer: VersionPointer, userId: string, at: number): boolean {
  if (at < pointer.f || at > pointer.v) return false
  for (const [changed, version] of pointer.u) if (changed === userId && version > at) return false
  return true
}

/** The newest structure version this isolate built or loaded a tree of, per tenant. */
const structures = new Map<string, number>()
const MAX_STRUCTURES = 10_000
const lastStructure = (tenantId: string): number => structures.get(tenantId) ?? -1

function noteStructure(tenantId: string, version: number): void {
  if (version <= lastStructure(tenantId)) return
  if (structures.size >= MAX_STRUCTURES) structures.clear()
  structures.set(tenantId, version)
}

function rememberTree(deps: DataDeps, tenantId: string, tree: TenantTree): void {
  const key = treeKey(tenantId, tree.version)
  trees.set(key, tree)
  noteStructure(tenantId, tree.version)
  deps.waitUntil(kvPutJson(deps.kv, key, treeToWire(tree), TREE_TTL_SECONDS))
}

function rememberCompiled(deps: DataDeps, tenantId: string, userId: string, entry: Compiled) {
  const key = snapshotKey(tenantId, userId)
  compiled.set(key, entry)
  deps.waitUntil(kvPutJson(deps.kv, key, entry, SNAPSHOT_TTL_SECONDS))
}

/** The tree of a structure version from memory or KV. */
async function cachedTree(
  deps: DataDeps,
  tenantId: string,
  structureVersion: number,
): Promise<TenantTree | undefined> {
  const key = treeKey(tenantId, structureVersion)
  const inMemory = trees.get(key)
  if (inMemory) return inMemory
  const wire = await kvGetJson<TreeWire>(deps.kv, key)
  if (wire?.version !== structureVersion) return undefined
  const tree = treeFromWire(wire)
  trees.set(key, tree)
  noteStructure(tenantId, structureVersion)
  return tree
}

/** A compiled user still valid for the pointer, from memory or KV. */
async function cachedCompiled(
  deps: DataDeps,
  tenantId: string,
  userId: string,
  pointer: VersionPointer,
): Promise<Compiled | undefined> {
  const key = snapshotKey(tenantId, userId)
  const inMemory = compiled.get(key)
  if (inMemory && stillValid(pointer, userId, inMemory.at)) return inMemory
  const stored = await kvGetJson<Compiled>(deps.kv, key)
  if (!stored || typeof stored.at !== 'number' || !stillValid(pointer, userId, stored.at)) {
    return undefined
  }
  compiled.set(key, stored)
  return stored
}

/** Reads the user's rows (and the tree, unless the right one is at hand) from D1. */
async function fromD1(
  deps: DataDeps,
  tenantId: string,
  userId: string,
  treeAtHand: TenantTree | undefined,
): Promise<{ at: number; tree: TenantTree; snapshot: Snapshot | null }> {
  // The tree of a structure version never changes: when this isolate holds the tenant's latest
  // known one, read the rows without the layout and take it from memory (admin reads, every one
  // fresh, would otherwise read and parse a 10,000-group layout each time).
  let withTree = treeAtHand === undefined && !trees.get(treeKey(tenantId, lastStructure(tenantId)))
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const read = await loadUserRows(deps.db, tenantId, userId, withTree)
    const s = read.structureVersion
    let tree = treeAtHand?.version === s ? treeAtHand : trees.get(treeKey(tenantId, s))
    let built = false
    if (!tree && read.layout) {
      tree = treeFromWire({ version: s, ...read.layout })
      built = true
    }
    if (!tree && withTree) {
      // No stored layout (a tree too large for one D1 value): build it from the groups table.
      const loaded = await loadGroups(deps.db, tenantId)
      if (loaded.structureVersion === s) tree = compileTree(loaded.groups, s)
      built = tree !== undefined
    }
    if (!tree) {
      withTree = true // the structure moved on since the tree at hand: read again, tree included
      continue
    }
    if (built) rememberTree(deps, tenantId, tree)
    const snapshot = read.rows && compileSnapshot(read.rows, tree)
    rememberCompiled(deps, tenantId, userId, { at: read.version, snapshot })
    return { at: read.version, tree, snapshot }
  }
  throw new AppError('storage_unavailable', 'the tenant changed during every read attempt')
}

/** The user as D1 holds them now, bypassing every cache (admin decisions). */
export async function loadFresh(
  deps: DataDeps,
  tenantId: string,
  userId: string,
): Promise<DecisionData> {
  const read = await fromD1(deps, tenantId, userId, undefined)
  return { version: read.at, tree: read.tree, snapshot: read.snapshot }
}

/** The user's data at the pointer's version when this isolate holds all of it; no I/O. */
export function inMemoryAt(
  tenantId: string,
  userId: string,
  pointer: VersionPointer,
): DecisionData | undefined {
  const hit = compiled.get(snapshotKey(tenantId, userId))
  const tree = trees.get(treeKey(tenantId, pointer.s))
  if (!hit || !tree || !stillValid(pointer, userId, hit.at)) return undefined
  return { version: pointer.v, tree, snapshot: hit.snapshot }
}

/**
 * Everything needed to decide for `userId` at the pointer's version, or newer when D1 had to be
 * read and has moved on (the returned `version` then exceeds `pointer.v`).
 */
export async function loadAt(
  deps: DataDeps,
  tenantId: string,
  userId: string,
  pointer: VersionPointer,
): Promise<DecisionData> {
  const [hit, tree] = await Promise.all([
    cachedCompiled(deps, tenantId, userId, pointer),
    cachedTree(deps, tenantId, pointer.s),
  ])
  if (hit && tree) return { version: pointer.v, tree, snapshot: hit.snapshot }
  const read = await fromD1(deps, tenantId, userId, tree)
  return { version: Math.max(read.at, pointer.v), tree: read.tree, snapshot: read.snapshot }
}

export { publishAfterWrite } from './version-pointer'
