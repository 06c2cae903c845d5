/** @module Reads what the engine needs from D1, each in one batch (one round trip, one snapshot). */
import { and, desc, eq, sql } from 'drizzle-orm'
import {
  isReportKey,
  type Addon,
  type Level,
  type Product,
  type RoleEntry,
  type RoleReport,
} from '../catalog'
import type { Db } from '../db/client'
import {
  auditLog,
  groups,
  rolePermissions,
  roleReports,
  roles,
  tenants,
  userGroupAccess,
  userReports,
  users,
} from '../db/schema'
import type { GroupRow, TreeLayout, UserRows } from '../engine'
import { AppError } from '../errors'

/** Runs a D1 read; a D1 failure becomes a 503, never an allow. */
export async function readD1<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    throw new AppError('storage_unavailable', 'D1 is unavailable', {}, { cause: error })
  }
}

const tenantStructure = (db: Db, tenantId: string) =>
  db
    .select({ structureVersion: tenants.structureVersion })
    .from(tenants)
    .where(eq(tenants.id, tenantId))

/**
 * What a decision needs to know whether compiled data is still valid: the tenant version `v`,
 * the structure version `s`, and the users whose own rows changed after `f` (with the version of
 * their last change), complete for every version above `f` (`f ≥ s`).
 */
export interface VersionPointer {
  readonly v: number
  readonly s: number
  readonly f: number
  readonly u: readonly (readonly [userId: string, version: number])[]
}

/** Most user changes listed in a pointer; older ones raise `f` instead. */
export const POINTER_USER_CHANGES = 100

/** The tenant's pointer as D1 holds it now; v = 0 when the tenant does not exist. */
export async function loadPointer(db: Db, tenantId: string): Promise<VersionPointer> {
  const structure = sql`(SELECT ${tenants.structureVersion} FROM ${tenants} WHERE ${tenants.id} = ${tenantId})`
  const [tenant, changes] = await readD1(() =>
    db.batch([
      db
        .select({ v: tenants.version, s: tenants.structureVersion })
        .from(tenants)
        .where(eq(tenants.id, tenantId)),
      db
        .select({ userId: auditLog.targetId, version: auditLog.version })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.tenantId, tenantId),
            eq(auditLog.targetType, 'user'),
            sql`${auditLog.version} > ${structure}`,
          ),
        )
        .orderBy(desc(auditLog.version))
        .limit(POINTER_USER_CHANGES + 1),
    ]),
  )
  const t = tenant[0]
  if (!t) return { v: 0, s: 0, f: 0, u: [] }
  const kept = changes.slice(0, POINTER_USER_CHANGES)
  const f = changes.length > POINTER_USER_CHANGES ? changes[POINTER_USER_CHANGES]!.version : t.s
  return { v: t.v, s: t.s, f, u: kept.map((c) => [c.userId, c.version] as const) }
}

/** The tenant's groups and the structure version they were read at. */
export async function loadGroups(
  db: Db,
  tenantId: string,
): Promise<{ structureVersion: number; groups: GroupRow[] }> {
  const [tenant, rows] = await readD1(() =>
    db.batch([
      tenantStructure(db, tenantId),
      db
        .select({ id: groups.id, parentId: groups.parentId })
        .from(groups)
        .where(eq(groups.tenantId, tenantId)),
    ]),
  )
  return { structureVersion: tenant[0]?.structureVersion ?? 0, groups: rows }
}

/** The single row the cold path reads: scalars, and JSON text for every list. */
interface UserRowsRecord {
  version: number
  structureVersion: number
  products: string
  tree: string | null
  user: string | null
  role: string | null
  perms: string
  reports: string
  entries: string
  overrides: string
}

/**
 * One user's rows and the version they were read at, in one statement (one snapshot of the
 * database, one round trip; D1 charges per statement). `rows` is null when the tenant or the
 * user does not exist (SPEC §6: a tenant with no data answers as "unknown user"). With
 * `withTree`, the stored tree layout of that same version comes along (null if not stored).
 */
export async function loadUserRows(
  db: Db,
  tenantId: string,
  userId: string,
  withTree: boolean,
): Promise<{
  version: number
  structureVersion: number
  rows: UserRows | null
  layout: TreeLayout | null
}> {
  const roleOfUser = sql`(SELECT ${users.roleId} FROM ${users} WHERE ${users.tenantId} = ${tenants.id} AND ${users.id} = ${userId})`
  const record = await readD1(() =>
    db.get<UserRowsRecord | undefined>(sql`
      SELECT
        ${tenants.version} AS version,
        ${tenants.structureVersion} AS structureVersion,
        ${tenants.products} AS products,
        ${withTree ? sql`${tenants.tree}` : sql`NULL`} AS tree,
        (SELECT json_object('id', ${users.id}, 'name', ${users.name}, 'email', ${users.email},
            'roleId', ${users.roleId}, 'homeGroupId', ${users.homeGroupId}, 'status', ${users.status},
            'audio', ${users.addonAudio}, 'score', ${users.addonScore})
          FROM ${users} WHERE ${users.tenantId} = ${tenants.id} AND ${users.id} = ${userId}) AS user,
        (SELECT json_object('id', ${roles.id}, 'name', ${roles.name})
          FROM ${roles} WHERE ${roles.tenantId} = ${tenants.id} AND ${roles.id} = ${roleOfUser}) AS role,
        (SELECT json_group_array(json_array(${rolePermissions.permission}, ${rolePermissions.level}, ${rolePermissions.requires}))
          FROM ${rolePermissions}
          WHERE ${rolePermissions.tenantId} = ${tenants.id} AND ${rolePermissions.roleId} = ${roleOfUser}) AS perms,
        (SELECT json_group_array(json_array(${roleReports.reportKey}, ${roleReports.requires}))
          FROM ${roleReports}
          WHERE ${roleReports.tenantId} = ${tenants.id} AND ${roleReports.roleId} = ${roleOfUser}) AS reports,
        (SELECT json_group_array(json_array(${userGroupAccess.groupId}, ${userGroupAccess.allow}))
          FROM ${userGroupAccess}
          WHERE ${userGroupAccess.tenantId} = ${tenants.id} AND ${userGroupAccess.userId} = ${userId}) AS entries,
        (SELECT json_group_array(json_array(${userReports.reportKey}, ${userReports.grant}))
          FROM ${userReports}
          WHERE ${userReports.tenantId} = ${tenants.id} AND ${userReports.userId} = ${userId}) AS overrides
      FROM ${tenants} WHERE ${tenants.id} = ${tenantId}`),
  )
  if (!record) return { version: 0, structureVersion: 0, rows: null, layout: null }
  const { version, structureVersion } = record
  const layout = record.tree === null ? null : (JSON.parse(record.tree) as TreeLayout)
  if (record.user === null) return { version, structureVersion, rows: null, layout }
  const u = JSON.parse(record.user) as {
    id: string
    name: string
    email: string | null
    roleId: string
    homeGroupId: string
    status: 'active' | 'disabled'
    audio: number
    score: number
  }
  const permissions: Record<string, RoleEntry> = {}
  for (const [permission, level, requires] of JSON.parse(record.perms) as [
    string,
    Level,
    Addon | null,
  ][]) {
    permissions[permission] = requires ? { level, requires } : { level }
  }
  const roleReportList: RoleReport[] = []
  for (const [key, requires] of JSON.parse(record.reports) as [string, Addon | null][]) {
    if (isReportKey(key)) roleReportList.push(requires ? { key, requires } : { key })
  }
  const role =
    record.role === null ? null : (JSON.parse(record.role) as { id: string; name: string })
  return {
    version,
    structureVersion,
    layout,
    rows: {
      tenant: { id: tenantId, version, products: JSON.parse(record.products) as Product[] },
      user: {
        id: u.id,
        name: u.name,
        email: u.email,
        status: u.status,
        homeGroupId: u.homeGroupId,
        addons: { audio: u.audio === 1, score: u.score === 1 },
      },
      // A user whose role row is missing has no permissions: fail closed, but stay known.
      role: role
        ? { ...role, permissions, reports: roleReportList }
        : { id: u.roleId, name: u.roleId, permissions: {}, reports: [] },
      groupEntries: (JSON.parse(record.entries) as [string, number][]).map(([groupId, allow]) => ({
        groupId,
        allow: allow === 1,
      })),
      reportOverrides: (JSON.parse(record.overrides) as [string, number][]).map(([key, grant]) => ({
        key,
        grant: grant === 1,
      })),
    },
  }
}
