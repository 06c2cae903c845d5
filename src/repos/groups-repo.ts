/** @module Groups in D1: rows, and the statements that create, move and delete them. */
import { and, count, eq, inArray, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Db } from '../db/client'
import { groupClosure, groups, userGroupAccess, users } from '../db/schema'
import type { GroupRow } from '../engine'
import { readD1 } from './authz-rows-repo'
import { rewriteTreeStatement } from './tree-layout'

export interface GroupRecord {
  readonly id: string
  readonly name: string
  readonly parentId: string | null
}

export async function listGroups(db: Db, tenantId: string): Promise<GroupRecord[]> {
  return readD1(() =>
    db
      .select({ id: groups.id, name: groups.name, parentId: groups.parentId })
      .from(groups)
      .where(eq(groups.tenantId, tenantId)),
  )
}

export async function findGroup(
  db: Db,
  tenantId: string,
  id: string,
): Promise<GroupRecord | undefined> {
  const [row] = await readD1(() =>
    db
      .select({ id: groups.id, name: groups.name, parentId: groups.parentId })
      .from(groups)
      .where(and(eq(groups.tenantId, tenantId), eq(groups.id, id))),
  )
  return row
}

/** Child groups and users whose home the group is. */
export async function groupOccupancy(db: Db, tenantId: string, id: string) {
  const [children, homes] = await readD1(() =>
    db.batch([
      db
        .select({ n: count() })
        .from(groups)
        .where(and(eq(groups.tenantId, tenantId), eq(groups.parentId, id))),
      db
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), eq(users.homeGroupId, id))),
    ]),
  )
  return { children: children[0]?.n ?? 0, homeUsers: homes[0]?.n ?? 0 }
}

/** Creates a group below `parentId`: its row, its closure rows (from the parent's), the layout. */
export function createGroupStatements(
  db: Db,
  tenantId: string,
  group: GroupRecord & { parentId: string },
  groupsAfter: readonly GroupRow[],
): BatchItem<'sqlite'>[] {
  return [
    db.insert(groups).values({ tenantId, ...group }),
    db
      .insert(groupClosure)
      .values({ tenantId, ancestorId: group.id, descendantId: group.id, depth: 0 }),
    // Columns in table order: tenant_id, ancestor_id, descendant_id, depth.
    db.insert(groupClosure).select(sql`
      SELECT ${tenantId}, ancestor_id, ${group.id}, depth + 1 FROM ${groupClosure}
      WHERE tenant_id = ${tenantId} AND descendant_id = ${group.parentId}`),
    rewriteTreeStatement(db, tenantId, groupsAfter),
  ]
}

export function renameGroupStatement(db: Db, tenantId: string, id: string, name: string) {
  return db
    .update(groups)
    .set({ name })
    .where(and(eq(groups.tenantId, tenantId), eq(groups.id, id)))
}

/**
 * Moves a subtree below `newParentId`: the closure rows linking the subtree to its old
 * ancestors are replaced by rows to the new ones (depths recomputed), all in the write's batch.
 */
export function moveGroupStatements(
  db: Db,
  tenantId: string,
  id: string,
  newParentId: string,
  groupsAfter: readonly GroupRow[],
): BatchItem<'sqlite'>[] {
  const subtree = sql`(SELECT ${groupClosure.descendantId} FROM ${groupClosure} WHERE ${groupClosure.tenantId} = ${tenantId} AND ${groupClosure.ancestorId} = ${id})`
  return [
    db
      .delete(groupClosure)
      .where(
        and(
          eq(groupClosure.tenantId, tenantId),
          sql`${groupClosure.descendantId} IN ${subtree}`,
          sql`${groupClosure.ancestorId} NOT IN ${subtree}`,
        ),
      ),
    db.insert(groupClosure).select(sql`
      SELECT ${tenantId}, a.ancestor_id, d.descendant_id, a.depth + d.depth + 1
      FROM ${groupClosure} a, ${groupClosure} d
      WHERE a.tenant_id = ${tenantId} AND a.descendant_id = ${newParentId}
        AND d.tenant_id = ${tenantId} AND d.ancestor_id = ${id}`),
    db
      .update(groups)
      .set({ parentId: newParentId })
      .where(and(eq(groups.tenantId, tenantId), eq(groups.id, id))),
    rewriteTreeStatement(db, tenantId, groupsAfter),
  ]
}

/** Deletes an empty group, its closure rows and every access entry that names it. */
export function deleteGroupStatements(
  db: Db,
  tenantId: string,
  id: string,
  groupsAfter: readonly GroupRow[],
): BatchItem<'sqlite'>[] {
  return [
    db
      .delete(userGroupAccess)
      .where(and(eq(userGroupAccess.tenantId, tenantId), eq(userGroupAccess.groupId, id))),
    db
      .delete(groupClosure)
      .where(and(eq(groupClosure.tenantId, tenantId), inArray(groupClosure.descendantId, [id]))),
    db.delete(groups).where(and(eq(groups.tenantId, tenantId), eq(groups.id, id))),
    rewriteTreeStatement(db, tenantId, groupsAfter),
  ]
}
