/** @module The tenant tree layout as stored in `tenants.tree`. */
import { eq } from 'drizzle-orm'
import type { Db } from '../db/client'
import { tenants } from '../db/schema'
import { treeLayout, type GroupRow, type TreeLayout } from '../engine'

/** D1 caps a value at 2,000,000 bytes; a larger tree is read from the groups table instead. */
const MAX_STORED_TREE_BYTES = 1_500_000

/** The layout to store for these groups, or null when it is too large for one D1 value. */
export function storableLayout(
  groups: readonly GroupRow[],
): { ids: string[]; parents: number[] } | null {
  const layout: TreeLayout = treeLayout(groups)
  const size = layout.ids.reduce((n, id) => n + id.length + 4, 0) + layout.parents.length * 6
  return size > MAX_STORED_TREE_BYTES
    ? null
    : { ids: [...layout.ids], parents: [...layout.parents] }
}

/**
 * The statement every write to `groups` must put in its batch: the tenant's stored layout,
 * rebuilt from the groups as they are after the write.
 */
export const rewriteTreeStatement = (db: Db, tenantId: string, groupsAfter: readonly GroupRow[]) =>
  db
    .update(tenants)
    .set({ tree: storableLayout(groupsAfter) })
    .where(eq(tenants.id, tenantId))
