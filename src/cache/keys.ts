/**
 * @module Every KV key, with its TTL and how it is invalidated.
 *
 * Invalidation is by version, and the versions live in D1 (the source of truth): a compiled
 * snapshot records the version its rows were read at and is used only while the version pointer
 * proves nothing it depends on changed since; a tree is keyed by its structure version. Stale
 * entries are never used again and expire by TTL.
 */
import { CATALOG_VERSION } from '../catalog'

/** KV rejects TTLs under 60 s. */
export const MIN_KV_TTL_SECONDS = 60

/**
 * `ver:{tenant}` -> the tenant's version pointer `{v, s, f, u}` (repos/authz-rows-repo.ts). Never
 * expires: written after every admin write, by a decision that had to read it from D1, and by the
 * reconcile job (pointer-publisher.ts, reconcile.ts); always the newest D1 held when written.
 */
export const versionKey = (tenantId: string) => `ver:${tenantId}`

/**
 * `snap:{catalog}:{tenant}:{user}` -> `{at, snapshot}`: the user's Snapshot (null: no such user)
 * compiled from rows read at version `at`; valid while the pointer lists no change to the
 * structure or to this user after `at`.
 */
export const snapshotKey = (tenantId: string, userId: string) =>
  `snap:${CATALOG_VERSION}:${tenantId}:${userId}`
export const SNAPSHOT_TTL_SECONDS = 3600

/** `tree:{tenant}:{structure version}` -> the tenant's group tree in preorder. */
export const treeKey = (tenantId: string, structureVersion: number) =>
  `tree:${tenantId}:${structureVersion}`
export const TREE_TTL_SECONDS = 3600

/** `jwks:{url}` -> the last JWKS fetched from that URL (jose's exported cache). */
export const jwksKey = (url: string) => `jwks:${url}`
export const JWKS_TTL_SECONDS = 600
