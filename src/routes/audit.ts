/** @module GET /v1/audit: the tenant's admin writes, newest first, with filters and a cursor. */
import { and, desc, eq, gte, lt } from 'drizzle-orm'
import { Hono } from 'hono'
import { auditLog } from '../db/schema'
import type { AppEnv } from '../env'
import { readD1 } from '../repos/authz-rows-repo'
import { loadCaller, requireAllowed } from './admin-context'
import { dataDeps } from './http-deps'
import { AuditQuery, validated } from '../schemas'

export const auditRoutes = new Hono<AppEnv>().get('/audit', async (c) => {
  const q = validated(c.req.query(), AuditQuery)
  const caller = await loadCaller(c)
  requireAllowed(caller, 'admin.settings:read')
  const limit = q.limit ?? 50
  const tenantId = caller.principal.tenantId
  const rows = await readD1(() =>
    dataDeps(c)
      .db.select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.tenantId, tenantId),
          q.targetType === undefined ? undefined : eq(auditLog.targetType, q.targetType),
          q.targetId === undefined ? undefined : eq(auditLog.targetId, q.targetId),
          q.actorId === undefined ? undefined : eq(auditLog.actorId, q.actorId),
          q.since === undefined ? undefined : gte(auditLog.at, q.since),
          q.until === undefined ? undefined : lt(auditLog.at, q.until),
          q.cursor === undefined ? undefined : lt(auditLog.id, q.cursor),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(limit + 1),
  )
  const entries = rows.slice(0, limit).map(({ tenantId: _t, ...entry }) => entry)
  const next = rows.length > limit ? entries[entries.length - 1]!.id : null
  return c.json({ entries, next, version: caller.version })
})
