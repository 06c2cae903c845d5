/**
 * @module The read path of compiled authorization data: isolate memory -> KV -> D1.
 *
 * The tenant version decides freshness. Its pointer in KV is read on every decision (a write is
 * visible to the next check in the same location at once, elsewhere within the pointer's 60 s
 * TTL), unless VERSION_MEMO_MS lets an isolate reuse it for that long. Snapshots and trees are
 * immutable per version and cached in memory and KV. A cold decision is one D1 batch.
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
import { loadGroups, loadUserRows } from '../repos/authz-rows-repo'
import {
  SNAPSHOT_TTL_SECONDS,
  TREE_TTL_SECONDS,
  VERSION_TTL_SECONDS,
  snapshotKey,
  treeKey,
  versionKey,
} from './keys'
import { kvGetJson, kvPutJson } from './kv'
import { MemoryCache } from './memory'

export interface DataDeps {
  readonly db: Db
  readonly kv: KVNamespace
  readonly waitUntil: (promise: Promise<unknown>) => void
  readonly now: () => number
  /** How long an isolate may reuse a version pointer it read; 0 = read KV on every decision. */
  readonly versionMemoMs: number
}

export interface DecisionData {
  readonly version: number
  readonly tree: TenantTree
  /** null: no such user in the tenant (or no such tenant). */
  readonly snapshot: Snapshot | null
}

type StoredSnapshot = Snapshot | { missing: true }

// Isolates have 128 MB: a 10,000-group tree is ~1 MB in memory, a snapshot ~1–2 KB.
const trees = new MemoryCache<TenantTree>(16)
const snapshots = new MemoryCache<Snapshot | null>(10_000)
const versionMemo = new Map<string, { version: number; readAt: number }>()

const MAX_ATTEMPTS = 3

/**
 * Records a version read from D1: KV pointer for every isolate, memo for this one. KV has no
 * compare-and-set, so a reader racing an admin write can publish the older of the two for at
 * most the pointer TTL; X-Authz-Min-Version is the way to read your own writes regardless.
 */
function noteVersion(deps: DataDeps, tenantId: string, version: number): void {
  if (deps.versionMemoMs > 0) versionMemo.set(tenantId, { version, readAt: deps.now() })
  deps.waitUntil(kvPutJson(deps.kv, versionKey(tenantId), version, VERSION_TTL_SECONDS))
}

/** The version to answer at, or undefined when only D1 can tell (no pointer, or older than min). */
async function knownVersion(
  deps: DataDeps,
  tenantId: string,
  minVersion: number,
): Promise<number | undefined> {
  if (deps.versionMemoMs > 0) {
    const memo = versionMemo.get(tenantId)
    if (memo && deps.now() - memo.readAt < deps.versionMemoMs && memo.version >= minVersion) {
      return memo.version
    }
  }
  const pointer = await kvGetJson<number>(deps.kv, versionKey(tenantId))
  if (typeof pointer !== 'number' || pointer < minVersion) return undefined
  if (deps.versionMemoMs > 0) versionMemo.set(tenantId, { version: pointer, readAt: deps.now() })
  return pointer
}

function rememberTree(deps: DataDeps, tenantId: string, tree: TenantTree): void {
  const key = treeKey(tenantId, tree.version)
  trees.set(key, tree)
  deps.waitUntil(kvPutJson(deps.kv, key, treeToWire(tree), TREE_TTL_SECONDS))
}

/** What memory and KV hold for this user and version (both looked up at once). */
async function fromCache(
  deps: DataDeps,
  tenantId: string,
  userId: string,
  version: number,
): Promise<{ snapshot: Snapshot | null | undefined; tree: TenantTree | undefined }> {
  const sKey = snapshotKey(tenantId, version, userId)
  const tKey = treeKey(tenantId, version)
  let snapshot = snapshots.get(sKey)
  let tree = trees.get(tKey)
  if (snapshot !== undefined && tree !== undefined) return { snapshot, tree }
  const [stored, wire] = await Promise.all([
    snapshot === undefined ? kvGetJson<StoredSnapshot>(deps.kv, sKey) : undefined,
    tree === undefined ? kvGetJson<TreeWire>(deps.kv, tKey) : undefined,
  ])
  if (stored !== undefined) {
    snapshot = 'missing' in stored ? null : stored
    snapshots.set(sKey, snapshot)
  }
  if (wire?.version === version) {
    tree = treeFromWire(wire)
    trees.set(tKey, tree)
  }
  return { snapshot, tree }
}

/** Reads the user's rows (and the tree, unless one is at hand) from D1 at one version. */
async function fromD1(
  deps: DataDeps,
  tenantId: string,
  userId: string,
  treeAtHand: TenantTree | undefined,
): Promise<DecisionData> {
  let withTree = treeAtHand === undefined
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { version, rows, layout } = await loadUserRows(deps.db, tenantId, userId, withTree)
    let tree = treeAtHand?.version === version ? treeAtHand : trees.get(treeKey(tenantId, version))
    if (!tree && layout) tree = treeFromWire({ version, ...layout })
    if (!tree && withTree) {
      // No stored layout (a tree too large for one D1 value): build it from the groups table.
      const loaded = await loadGroups(deps.db, tenantId)
      if (loaded.version === version) tree = compileTree(loaded.groups, version)
    }
    if (!tree) {
      withTree = true // the tenant moved on since the tree at hand: read again, tree included
      continue
    }
    if (tree !== treeAtHand) rememberTree(deps, tenantId, tree)
    const snapshot = rows && compileSnapshot(rows, tree)
    const key = snapshotKey(tenantId, version, userId)
    snapshots.set(key, snapshot)
    const stored: StoredSnapshot = snapshot ?? { missing: true }
    deps.waitUntil(kvPutJson(deps.kv, key, stored, SNAPSHOT_TTL_SECONDS))
    return { version, tree, snapshot }
  }
  throw new AppError('storage_unavailable', 'the tenant changed during every read attempt')
}

/**
 * Everything needed to decide for `userId` at `version` (or newer, if D1 has moved on); with
 * no version, at whatever D1 holds. Throws `storage_unavailable` (503) when D1 fails; KV
 * failures fall through to D1.
 */
export async function loadAt(
  deps: DataDeps,
  tenantId: string,
  userId: string,
  version: number | undefined,
): Promise<DecisionData> {
  let treeAtHand: TenantTree | undefined
  if (version !== undefined) {
    const hit = await fromCache(deps, tenantId, userId, version)
    if (hit.snapshot !== undefined && hit.tree) {
      return { version, tree: hit.tree, snapshot: hit.snapshot }
    }
    treeAtHand = hit.tree
  }
  const data = await fromD1(deps, tenantId, userId, treeAtHand)
  if (data.version !== version) noteVersion(deps, tenantId, data.version)
  return data
}

/**
 * Loads several users of a tenant at one common version, at least `minVersion`. Throws
 * `version_not_reached` (409) when D1 itself is older than `minVersion`.
 */
export async function loadDecisionData(
  deps: DataDeps,
  tenantId: string,
  userIds: readonly string[],
  minVersion?: number,
): Promise<Map<string, DecisionData>> {
  let version = await knownVersion(deps, tenantId, minVersion ?? 0)
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const loaded = new Map<string, DecisionData>()
    for (const id of userIds) {
      const data = await loadAt(deps, tenantId, id, version)
      version = data.version
      loaded.set(id, data)
    }
    if (minVersion !== undefined && version! < minVersion) {
      throw new AppError('version_not_reached', `the tenant is at version ${version}`, { version })
    }
    if ([...loaded.values()].every((d) => d.version === version)) return loaded
  }
  throw new AppError('storage_unavailable', 'the tenant changed during every read attempt')
}

/**
 * Publishes the version an admin write produced, before the write is answered: this isolate
 * and, through the KV pointer, every isolate of this location answer from it at once.
 */
export async function publishVersion(
  deps: DataDeps,
  tenantId: string,
  version: number,
): Promise<void> {
  versionMemo.set(tenantId, { version, readAt: deps.now() })
  await kvPutJson(deps.kv, versionKey(tenantId), version, VERSION_TTL_SECONDS)
}
