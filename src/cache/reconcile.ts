/**
 * @module The reconcile job (Cron Trigger, every minute): republishes the version pointer of
 * every tenant whose KV pointer may be behind D1, found with one D1 query (no KV read per tenant).
 *
 * A tenant qualifies while its version is ahead of `published_version` (the last version this job
 * published) or it changed within the last two minutes (a reader racing a writer can land an
 * older pointer after the writer's; republishing recent changes undoes that within a minute).
 */
import { and, eq, gt, lt, or } from 'drizzle-orm'
import type { Db } from '../db/client'
import { tenants } from '../db/schema'
import { loadPointer } from '../repos/authz-rows-repo'
import { putPointer } from './pointer-publisher'

/** Changes this recent are republished even when already recorded as published. */
export const RECENT_CHANGE_MS = 2 * 60_000
/** Tenants one run republishes at most (the rest wait a minute). */
export const RECONCILE_BATCH = 500

export interface ReconcileDeps {
  readonly db: Db
  readonly kv: KVNamespace
  readonly now: () => number
}

export interface ReconcileResult {
  readonly candidates: number
  /** The tenants whose pointer this run wrote, with the version written. */
  readonly published: readonly { readonly tenant: string; readonly version: number }[]
  readonly failed: number
}

/** Republishes the pointers that may be behind; a failed tenant is tried again next run. */
export async function reconcilePointers(deps: ReconcileDeps): Promise<ReconcileResult> {
  const due = await deps.db
    .select({ id: tenants.id })
    .from(tenants)
    .where(
      or(
        gt(tenants.version, tenants.publishedVersion),
        gt(tenants.versionAt, deps.now() - RECENT_CHANGE_MS),
      ),
    )
    .limit(RECONCILE_BATCH)
  const published: { tenant: string; version: number }[] = []
  for (const { id } of due) {
    const pointer = await loadPointer(deps.db, id)
    if (!(await putPointer(deps.kv, id, pointer))) continue
    await deps.db
      .update(tenants)
      .set({ publishedVersion: pointer.v })
      .where(and(eq(tenants.id, id), lt(tenants.publishedVersion, pointer.v)))
    published.push({ tenant: id, version: pointer.v })
  }
  const result = { candidates: due.length, published, failed: due.length - published.length }
  if (due.length > 0) {
    const { candidates, failed } = result
    console.log(
      JSON.stringify({
        event: 'pointers_reconciled',
        candidates,
        published: published.length,
        failed,
      }),
    )
  }
  return result
}
