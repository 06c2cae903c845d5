/**
 * @module The data a decision is made on (SPEC §8): several users of a tenant at one version, as
 * fresh as the caller asked. Warm, it is all in the isolate's memory and costs no I/O; else the
 * pointer comes from KV or D1 and the users through authz-data.ts (memory -> KV -> D1).
 */
import type { Db } from '../db/client'
import { AppError } from '../errors'
import type { VersionPointer } from '../repos/authz-rows-repo'
import {
  inMemoryAt,
  loadAt,
  loadFresh,
  MAX_ATTEMPTS,
  type DataDeps,
  type DecisionData,
  type Freshness,
} from './authz-data'
import { heldPointer, knownPointer, pointerFromD1 } from './version-pointer'

export interface LoadedDecisionData {
  /** Per requested user, all at one version. */
  readonly data: Map<string, DecisionData>
  /** Loads one more user on the same basis (e.g. the target of a `user` resource). */
  readonly loadOther: (userId: string) => Promise<DecisionData>
}

/** Every user's data at the pointer's version, when this isolate holds all of it. */
function allInMemory(
  tenantId: string,
  userIds: readonly string[],
  pointer: VersionPointer,
): Map<string, DecisionData> | undefined {
  const data = new Map<string, DecisionData>()
  for (const id of userIds) {
    const one = inMemoryAt(tenantId, id, pointer)
    if (!one) return undefined
    data.set(id, one)
  }
  return data
}

/** Every user read straight from D1 (fresh needs no proof), retried until they agree. */
async function allFresh(deps: DataDeps, tenantId: string, userIds: readonly string[]) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const data = new Map<string, DecisionData>()
    for (const id of userIds) data.set(id, await loadFresh(deps, tenantId, id))
    const versions = new Set([...data.values()].map((d) => d.version))
    if (versions.size === 1) return data
  }
  throw new AppError('storage_unavailable', 'the tenant changed during every read attempt')
}

/**
 * The deps with `db` reading through a D1 session, opened only if D1 is read at all: at least as
 * new as the token's bookmark, on the primary for `full`, else wherever is nearest.
 */
function withReadSession(deps: DataDeps, freshness: Freshness): DataDeps {
  const open = deps.session
  if (!open) return deps
  const constraint = freshness.full
    ? 'first-primary'
    : (freshness.bookmark ?? 'first-unconstrained')
  let db: Db | undefined
  return {
    ...deps,
    get db() {
      return (db ??= open(constraint))
    },
  }
}

/**
 * Loads several users of a tenant at one common version, at least `freshness.minVersion` (D1
 * itself with `freshness.full`). Throws `version_not_reached` (409) when D1 is older than the
 * minimum, `storage_unavailable` (503) when D1 fails; KV failures fall through to D1.
 */
export async function loadDecisionData(
  deps: DataDeps,
  tenantId: string,
  userIds: readonly string[],
  freshness: Freshness = {},
): Promise<LoadedDecisionData> {
  const { minVersion, full } = freshness
  // Warm: a pointer read within FRESHNESS_MS and every user compiled in memory; no I/O at all.
  const held = full ? undefined : heldPointer(deps, tenantId, minVersion ?? 0)
  const warm = held && allInMemory(tenantId, userIds, held)
  if (warm) {
    let reads: DataDeps | undefined // one read session for the request, opened when needed
    return {
      data: warm,
      loadOther: (id) => loadAt((reads ??= withReadSession(deps, freshness)), tenantId, id, held),
    }
  }
  deps = withReadSession(deps, freshness)
  const pointer = full ? undefined : await knownPointer(deps, tenantId, minVersion ?? 0)
  if (pointer) {
    const data = new Map<string, DecisionData>()
    for (const id of userIds) data.set(id, await loadAt(deps, tenantId, id, pointer))
    if ([...data.values()].every((d) => d.version === pointer.v)) {
      return { data, loadOther: (id) => loadAt(deps, tenantId, id, pointer) }
    }
    // D1 has moved past the pointer: answer from what D1 holds now.
  }
  const data = await allFresh(deps, tenantId, userIds)
  const version = data.values().next().value!.version
  if (minVersion !== undefined && version < minVersion) {
    throw new AppError('version_not_reached', `the tenant is at version ${version}`, { version })
  }
  // Later decisions reuse compiled data through the pointer: publish it, off the answer's path.
  deps.waitUntil(pointerFromD1(deps, tenantId).catch(() => undefined))
  return { data, loadOther: (id) => loadFresh(deps, tenantId, id) }
}
