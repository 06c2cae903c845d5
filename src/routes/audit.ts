/** @module GET /v1/audit: the tenant's admin writes, newest first, with filters and a cursor. */
import { Hono } from 'hono'
import { listAuditEntries } from '../admin/audit'
import type { AppEnv } from '../env'
import { AuditQuery, validated } from '../schemas'
import { adminCaller } from './http-deps'

export const auditRoutes = new Hono<AppEnv>().get('/audit', async (c) => {
  const query = validated(c.req.query(), AuditQuery)
  const { deps, caller } = await adminCaller(c)
  return c.json(await listAuditEntries(deps, caller, query))
})
