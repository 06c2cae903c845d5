/**
 * @module The read path of compiled authorization data: isolate memory -> KV -> D1.
 *
 * The tenant version decides freshness: the version pointer is read from KV on every decision
 * (a write is visible to the next check in the same location at once, elsewhere within the
 * pointer's 60 s TTL); snapshots and trees are immutable per version and cached in memory and KV.
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
import { loadGroups, loadUserRows, loadVersion } from '../repos/authz-rows-repo'
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
}

export interface DecisionData {
  readonly version: number
  readonly tree: TenantTree
  /** null: no such user in the tenant (or no such tenant). */
  readonly snapshot: Snapshot | null
}

type StoredSnapshot = Snapshot | { missing: true }

const trees = new MemoryCache<TenantTree>(32)
const snapshots = new MemoryCache<Snapshot | null>(20_000)

/** Forgets everything this isolate holds (tests; webhook `tenant` scope uses versions instead). */
export function clearMemoryCaches(): void {
  trees.clear()
  snapshots.clear()
}

const publishVersion = (deps: DataDeps, tenantId: string, version: number) =>
  deps.waitUntil(kvPutJson(deps.kv, versionKey(tenantId), version, VERSION_TTL_SECONDS))

/**
 * The version to answer at: the KV pointer, or D1 when the pointer is missing or older than
 * `minVersion`. Throws `version_not_reached` when D1 itself is older than `minVersion`.
 */
export async function resolveVersion(
  deps: DataDeps,
  tenantId: string,
  minVersion: number | undefined,
): Promise<number> {
  const pointer = await kvGetJson<number>(deps.kv, versionKey(tenantId))
  if (typeof pointer === 'number' && pointer >= (minVersion ?? 0)) return pointer
  const version = await loadVersion(deps.db, tenantId)
  publishVersion(deps, tenantId, version)
  if (minVersion !== undefined && version < minVersion) {
    throw new AppError('version_not_reached', `the tenant is at version ${version}`, { version })
  }
  return version
}

async function cachedTree(
  deps: DataDeps,
  tenantId: string,
  version: number,
): Promise<TenantTree | undefined> {
  const key = treeKey(tenantId, version)
  const inMemory = trees.get(key)
  if (inMemory) return inMemory
  const wire = await kvGetJson<TreeWire>(deps.kv, key)
  if (!wire || wire.version !== version) return undefined
  const tree = treeFromWire(wire)
  trees.set(key, tree)
  return tree
}

function rememberTree(deps: DataDeps, tenantId: string, tree: TenantTree): void {
  const key = treeKey(tenantId, tree.version)
  trees.set(key, tree)
  deps.waitUntil(kvPutJson(deps.kv, key, treeToWire(tree), TREE_TTL_SECONDS))
}

async function treeAt(deps: DataDeps, tenantId: string, version: number): Promise<TenantTree> {
  const cached = await cachedTree(deps, tenantId, version)
  if (cached) return cached
  const loaded = await loadGroups(deps.db, tenantId)
  const tree = compileTree(loaded.groups, loaded.version)
  rememberTree(deps, tenantId, tree)
  return tree
}

const MAX_ATTEMPTS = 3

/** Reads rows and tree from D1 at one version (retrying if a write lands in between). */
async function compileFromD1(
  deps: DataDeps,
  tenantId: string,
  userId: string,
): Promise<DecisionData> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { version, rows } = await loadUserRows(deps.db, tenantId, userId)
    const tree = await treeAt(deps, tenantId, version)
    if (tree.version !== version) continue
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
 * Everything needed to decide for `userId` at `version` (or newer, if D1 has moved on since the
 * version was resolved). Throws `storage_unavailable` (503) when D1 fails; KV failures fall
 * through to D1.
 */
export async function loadAt(
  deps: DataDeps,
  tenantId: string,
  userId: string,
  version: number,
): Promise<DecisionData> {
  const key = snapshotKey(tenantId, version, userId)
  let snapshot = snapshots.get(key)
  if (snapshot === undefined) {
    const stored = await kvGetJson<StoredSnapshot>(deps.kv, key)
    if (stored !== undefined) {
      snapshot = 'missing' in stored ? null : stored
      snapshots.set(key, snapshot)
    }
  }
  if (snapshot !== undefined) {
    const tree = await cachedTree(deps, tenantId, version)
    if (tree) return { version, tree, snapshot }
  }
  const data = await compileFromD1(deps, tenantId, userId)
  if (data.version !== version) publishVersion(deps, tenantId, data.version)
  return data
}

/**
 * Loads several users at one common version (a batch answers at a single version).
 */
export async function loadAllAt(
  deps: DataDeps,
  tenantId: string,
  userIds: readonly string[],
  version: number,
): Promise<Map<string, DecisionData>> {
  let target = version
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const loaded = await Promise.all(userIds.map((id) => loadAt(deps, tenantId, id, target)))
    const newest = Math.max(...loaded.map((d) => d.version))
    if (loaded.every((d) => d.version === newest)) {
      return new Map(userIds.map((id, i) => [id, loaded[i]!]))
    }
    target = newest
  }
  throw new AppError('storage_unavailable', 'the tenant changed during every read attempt')
}
