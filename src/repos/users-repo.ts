/** @module Users in D1: records with their entries and report overrides, and their writes. */
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { DEFAULT_ADDONS, type Addon } from '../catalog'
import type { Db } from '../db/client'
import { tenants, userGroupAccess, userReports, users } from '../db/schema'
import type { GrantScope, UserStatus } from '../engine'
import { readD1 } from './authz-rows-repo'
import { insertRows } from './insert-rows'

export interface UserRecord {
  readonly id: string
  readonly name: string
  readonly email: string | null
  readonly roleId: string
  readonly homeGroupId: string
  readonly status: UserStatus
  readonly addons: Record<Addon, boolean>
  readonly groups: readonly { readonly groupId: string; readonly allow: boolean }[]
  readonly reports: { readonly grant: readonly string[]; readonly revoke: readonly string[] }
}

type UserRow = typeof users.$inferSelect

const baseOf = (u: UserRow) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  roleId: u.roleId,
  homeGroupId: u.homeGroupId,
  status: u.status,
  addons: { audio: u.addonAudio, score: u.addonScore },
})

/** One user with entries and overrides; undefined when the tenant has no such user. */
export async function findUser(
  db: Db,
  tenantId: string,
  id: string,
): Promise<UserRecord | undefined> {
  const [rows, entries, overrides] = await readD1(() =>
    db.batch([
      db
        .select()
        .from(users)
        .where(and(eq(users.tenantId, tenantId), eq(users.id, id))),
      db
        .select({ groupId: userGroupAccess.groupId, allow: userGroupAccess.allow })
        .from(userGroupAccess)
        .where(and(eq(userGroupAccess.tenantId, tenantId), eq(userGroupAccess.userId, id))),
      db
        .select({ key: userReports.reportKey, grant: userReports.grant })
        .from(userReports)
        .where(and(eq(userReports.tenantId, tenantId), eq(userReports.userId, id))),
    ]),
  )
  const row = rows[0]
  if (!row) return undefined
  return {
    ...baseOf(row),
    groups: entries,
    reports: {
      grant: overrides.filter((o) => o.grant).map((o) => o.key),
      revoke: overrides.filter((o) => !o.grant).map((o) => o.key),
    },
  }
}

/** Above every string that starts with the prefix (UTF-8 byte order, SQLite's BINARY collation). */
const PREFIX_END = '\u{10FFFF}'

/**
 * Rows whose id, email or name starts with `q`, case-insensitively for email and name: range
 * comparisons (not LIKE), so the primary key serves the id and an index on `lower(email)` /
 * `lower(name)` serves the others.
 */
function startsWith(q: string) {
  const lower = q.toLowerCase()
  const range = (column: SQL, prefix: string) =>
    sql`(${column} >= ${prefix} AND ${column} < ${prefix + PREFIX_END})`
  return sql`(${range(sql`${users.id}`, q)} OR ${range(sql`${users.id}`, lower)} OR ${range(
    sql`lower(${users.email})`,
    lower,
  )} OR ${range(sql`lower(${users.name})`, lower)})`
}

/**
 * A page of users ordered by id, after `cursor`, optionally only those homed in `homeGroupIds`
 * and only those whose id, email or name starts with `q`.
 */
export async function listUsers(
  db: Db,
  tenantId: string,
  options: { cursor?: string; limit: number; homeGroupIds?: readonly string[]; q?: string },
) {
  const rows = await readD1(() =>
    db
      .select()
      .from(users)
      .where(
        and(
          eq(users.tenantId, tenantId),
          options.cursor === undefined ? undefined : gt(users.id, options.cursor),
          // One bound JSON array, not one parameter per group (D1 binds at most 100).
          options.homeGroupIds === undefined
            ? undefined
            : sql`${users.homeGroupId} IN (SELECT value FROM json_each(${JSON.stringify(options.homeGroupIds)}))`,
          options.q === undefined ? undefined : startsWith(options.q),
        ),
      )
      .orderBy(asc(users.id))
      .limit(options.limit + 1),
  )
  const page = rows.slice(0, options.limit).map(baseOf)
  return { users: page, next: rows.length > options.limit ? page[page.length - 1]!.id : null }
}

export async function grantScopeOf(db: Db, tenantId: string): Promise<GrantScope> {
  const [row] = await readD1(() =>
    db.select({ grantScope: tenants.grantScope }).from(tenants).where(eq(tenants.id, tenantId)),
  )
  return row?.grantScope ?? 'siblings'
}

/** Statements writing `user` whole: the row (insert or update), entries and overrides replaced. */
export function writeUserStatements(
  db: Db,
  tenantId: string,
  user: UserRecord,
): BatchItem<'sqlite'>[] {
  const row = {
    name: user.name,
    email: user.email,
    roleId: user.roleId,
    homeGroupId: user.homeGroupId,
    status: user.status,
    addonAudio: user.addons.audio,
    addonScore: user.addons.score,
  }
  const out: BatchItem<'sqlite'>[] = [
    db
      .insert(users)
      .values({ tenantId, id: user.id, ...row })
      .onConflictDoUpdate({ target: [users.tenantId, users.id], set: row }),
    ...deleteDetailStatements(db, tenantId, user.id),
  ]
  const entryRows = user.groups.map((g) => ({
    tenantId,
    userId: user.id,
    groupId: g.groupId,
    allow: g.allow,
  }))
  const reportRows = [
    ...user.reports.grant.map((reportKey) => ({
      tenantId,
      userId: user.id,
      reportKey,
      grant: true,
    })),
    ...user.reports.revoke.map((reportKey) => ({
      tenantId,
      userId: user.id,
      reportKey,
      grant: false,
    })),
  ]
  out.push(
    ...insertRows(db, userGroupAccess, entryRows),
    ...insertRows(db, userReports, reportRows),
  )
  return out
}

function deleteDetailStatements(db: Db, tenantId: string, userId: string): BatchItem<'sqlite'>[] {
  return [
    db
      .delete(userGroupAccess)
      .where(and(eq(userGroupAccess.tenantId, tenantId), eq(userGroupAccess.userId, userId))),
    db
      .delete(userReports)
      .where(and(eq(userReports.tenantId, tenantId), eq(userReports.userId, userId))),
  ]
}

export function deleteUserStatements(
  db: Db,
  tenantId: string,
  userId: string,
): BatchItem<'sqlite'>[] {
  return [
    ...deleteDetailStatements(db, tenantId, userId),
    db.delete(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId))),
  ]
}

export const newUserAddons = (): Record<Addon, boolean> => ({ ...DEFAULT_ADDONS })
