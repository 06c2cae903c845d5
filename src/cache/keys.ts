/**
 * @module Every KV key, with its TTL and how it is invalidated.
 *
 * Compiled data is immutable per tenant version: a key holds the version it was compiled at, so
 * invalidation is a version bump in D1 (the source of truth) plus a new version pointer in KV —
 * stale entries are never read again and expire by TTL.
 */
import { CATALOG_VERSION } from '../catalog'

/** KV rejects TTLs under 60 s. */
export const MIN_KV_TTL_SECONDS = 60

/**
 * `ver:{tenant}` -> the tenant's current version. Written on every admin write and on every D1
 * read of the version; the 60 s TTL bounds how long another location can serve an old version
 * (SPEC §6: "everywhere within 60 s").
 */
export const versionKey = (tenantId: string) => `ver:${tenantId}`
export const VERSION_TTL_SECONDS = MIN_KV_TTL_SECONDS

/** `snap:{catalog}:{tenant}:{version}:{user}` -> the user's Snapshot (or a "no such user" marker). */
export const snapshotKey = (tenantId: string, version: number, userId: string) =>
  `snap:${CATALOG_VERSION}:${tenantId}:${version}:${userId}`
export const SNAPSHOT_TTL_SECONDS = 3600

/** `tree:{tenant}:{version}` -> the tenant's group tree in preorder. */
export const treeKey = (tenantId: string, version: number) => `tree:${tenantId}:${version}`
export const TREE_TTL_SECONDS = 3600

/** `jwks:{url}` -> the last JWKS fetched from that URL (jose's exported cache). */
export const jwksKey = (url: string) => `jwks:${url}`
export const JWKS_TTL_SECONDS = 600
