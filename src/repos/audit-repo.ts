/** @module The audit log in D1: a tenant's entries, newest first, filtered. */
import { and, desc, eq, gte, lt } from 'drizzle-orm'
import type { Db } from '../db/client'
import { auditLog } from '../db/schema'
import { readD1 } from './authz-rows-repo'

export interface AuditFilter {
  readonly targetType?: string | undefined
  readonly targetId?: string | undefined
  readonly actorId?: string | undefined
  /** Unix ms, inclusive. */
  readonly since?: number | undefined
  /** Unix ms, exclusive. */
  readonly until?: number | undefined
  /** Entries with a smaller id only (the previous page's last). */
  readonly cursor?: number | undefined
}

/** Up to `limit` of the tenant's audit rows matching `filter`, newest (highest id) first. */
export async function findAuditEntries(
  db: Db,
  tenantId: string,
  filter: AuditFilter,
  limit: number,
) {
  return readD1(() =>
    db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.tenantId, tenantId),
          filter.targetType === undefined ? undefined : eq(auditLog.targetType, filter.targetType),
          filter.targetId === undefined ? undefined : eq(auditLog.targetId, filter.targetId),
          filter.actorId === undefined ? undefined : eq(auditLog.actorId, filter.actorId),
          filter.since === undefined ? undefined : gte(auditLog.at, filter.since),
          filter.until === undefined ? undefined : lt(auditLog.at, filter.until),
          filter.cursor === undefined ? undefined : lt(auditLog.id, filter.cursor),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(limit),
  )
}
