/** @module Group names for the groups a console page shows, and a text search over them. */
import { and, eq, or, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { groups } from '../db/schema'
import { readD1 } from './authz-rows-repo'

/** id -> name of the tenant's groups among `ids` (one bound JSON array, not one per id). */
export async function groupNames(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await readD1(() =>
    db
      .select({ id: groups.id, name: groups.name })
      .from(groups)
      .where(
        and(
          eq(groups.tenantId, tenantId),
          sql`${groups.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
        ),
      ),
  )
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Up to `limit` ids of groups whose name or id contains `text` (case-insensitive), by id. */
export async function findGroupIds(
  db: Db,
  tenantId: string,
  text: string,
  limit: number,
): Promise<string[]> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const rows = await readD1(() =>
    db
      .select({ id: groups.id })
      .from(groups)
      .where(
        and(
          eq(groups.tenantId, tenantId),
          or(
            sql`lower(${groups.name}) LIKE ${pattern} ESCAPE '\\'`,
            sql`lower(${groups.id}) LIKE ${pattern} ESCAPE '\\'`,
          ),
        ),
      )
      .orderBy(groups.id)
      .limit(limit),
  )
  return rows.map((r) => r.id)
}
