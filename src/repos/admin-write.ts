/** @module Every admin write as one D1 batch: version guard, changes, version bump, audit rows. */
import { eq, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Db } from '../db/client'
import { auditLog, tenants } from '../db/schema'
import { AppError } from '../errors'

export interface AuditEntry {
  readonly action: string
  readonly targetType: string
  readonly targetId: string
  readonly before: unknown
  readonly after: unknown
}

export interface AdminWrite {
  readonly tenantId: string
  readonly actorId: string
  /** The version the write was validated against; another write since then aborts this one. */
  readonly expectedVersion: number
  readonly changes: readonly BatchItem<'sqlite'>[]
  readonly audit: readonly AuditEntry[]
  readonly now: number
  /**
   * `user`: only the audited users' own rows change (their compiled data alone goes stale).
   * `structure`: groups, roles, products or settings change (everyone's compiled data does).
   */
  readonly reach: 'user' | 'structure'
}

// json('version_conflict') is malformed JSON: the statement fails and D1 rolls the batch back.
const CONFLICT_MARKER = 'malformed JSON'

/**
 * Runs the write atomically and returns the new tenant version. Throws `version_conflict` (409)
 * when the tenant changed after validation, `storage_unavailable` (503) when D1 fails; in both
 * cases nothing is written.
 */
export async function commitAdminWrite(db: Db, write: AdminWrite): Promise<number> {
  const { tenantId } = write
  const currentVersion = sql`(SELECT ${tenants.version} FROM ${tenants} WHERE ${tenants.id} = ${tenantId})`
  const statements: BatchItem<'sqlite'>[] = [
    db
      .select({
        guard: sql`json(CASE WHEN ${tenants.version} = ${write.expectedVersion} THEN '1' ELSE 'version_conflict' END)`,
      })
      .from(tenants)
      .where(eq(tenants.id, tenantId)),
    ...write.changes,
    db
      .update(tenants)
      .set(
        write.reach === 'structure'
          ? {
              version: sql`${tenants.version} + 1`,
              structureVersion: sql`${tenants.version} + 1`,
              versionAt: write.now,
            }
          : { version: sql`${tenants.version} + 1`, versionAt: write.now },
      )
      .where(eq(tenants.id, tenantId)),
    ...write.audit.map((entry) =>
      db.insert(auditLog).values({
        tenantId,
        at: write.now,
        actorId: write.actorId,
        ...entry,
        before: entry.before ?? null,
        after: entry.after ?? null,
        version: sql`${currentVersion}`,
      }),
    ),
  ]
  try {
    await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
  } catch (error) {
    const message = String((error as { cause?: unknown }).cause ?? error)
    if (message.includes(CONFLICT_MARKER)) throw new AppError('version_conflict')
    throw new AppError(
      'storage_unavailable',
      'the write failed; nothing was written',
      {},
      { cause: error },
    )
  }
  return write.expectedVersion + 1
}
