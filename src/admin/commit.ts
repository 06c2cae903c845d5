/** @module Committing an admin write: one D1 batch, the new version published, pushed, signed. */
import { publishAfterWrite } from '../cache/authz-data'
import { commitAdminWrite, type AdminWrite } from '../repos/admin-write'
import type { Caller } from './caller'
import type { AdminDeps } from './deps'

/** An admin answer and the consistency token of the write behind it (SPEC §8). */
export interface Written<T> {
  readonly value: T
  /** The token later reads send to see the write; undefined when nothing was written. */
  readonly consistency: string | undefined
}

/** What a delete answers: the id it deleted and the new tenant version. */
export interface Deleted {
  readonly deleted: string
  readonly version: number
}

/** The new tenant version and its signed consistency token. */
export interface Committed {
  readonly version: number
  readonly consistency: string
}

/** Who writes to which tenant, and the version the write was validated against. */
export type Writer = Pick<AdminWrite, 'tenantId' | 'actorId' | 'expectedVersion'>

/** What a write changes and audits, and how far the change reaches. */
export type Change = Pick<AdminWrite, 'changes' | 'audit' | 'reach'>

/**
 * Commits a write on the D1 primary and publishes the new version before answering, so the
 * writer's next check sees it. Throws 409 `version_conflict` when the tenant changed since
 * `expectedVersion`, 503 `storage_unavailable` when D1 fails; nothing is written then.
 */
export async function commitWrite(
  deps: AdminDeps,
  writer: Writer,
  change: Change,
): Promise<Committed> {
  const primary = deps.primary()
  const version = await commitAdminWrite(primary.db, { ...writer, now: deps.now(), ...change })
  await publishAfterWrite(deps, writer.tenantId)
  // SPEC §8 push: after the commit, off the answer's path.
  deps.waitUntil(deps.notify(writer.tenantId, version))
  // SPEC §8: a write answers the token later reads send to see it.
  const bookmark = primary.bookmark()
  const consistency = await deps.tokens.sign({ tenant: writer.tenantId, version, bookmark })
  return { version, consistency }
}

/** Commits a write by the caller at the version the caller was read at (see commitWrite). */
export function commit(deps: AdminDeps, caller: Caller, change: Change): Promise<Committed> {
  const { tenantId, userId } = caller.principal
  return commitWrite(deps, { tenantId, actorId: userId, expectedVersion: caller.version }, change)
}
