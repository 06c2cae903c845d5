/** @module Reads what the engine needs from D1, each in one batch (one round trip, one snapshot). */
import { and, eq, inArray } from 'drizzle-orm'
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

const tenantVersion = (db: Db, tenantId: string) =>
  db
    .select({ version: tenants.version, products: tenants.products })
    .from(tenants)
    .where(eq(tenants.id, tenantId))

const tenantWithTree = (db: Db, tenantId: string) =>
  db
    .select({ version: tenants.version, products: tenants.products, tree: tenants.tree })
    .from(tenants)
    .where(eq(tenants.id, tenantId))

/** The tenant's groups and the version they were read at. */
export async function loadGroups(
  db: Db,
  tenantId: string,
): Promise<{ version: number; groups: GroupRow[] }> {
  const [tenant, rows] = await readD1(() =>
    db.batch([
      tenantVersion(db, tenantId),
      db
        .select({ id: groups.id, parentId: groups.parentId })
        .from(groups)
        .where(eq(groups.tenantId, tenantId)),
    ]),
  )
  return { version: tenant[0]?.version ?? 0, groups: rows }
}

/**
 * One user's rows and the version they were read at, in one batch. `rows` is null when the
 * tenant or the user does not exist (SPEC §6: a tenant with no data answers as "unknown user").
 * With `withTree`, the stored tree layout of that same version comes along (null if not stored).
 */
export async function loadUserRows(
  db: Db,
  tenantId: string,
  userId: string,
  withTree: boolean,
): Promise<{ version: number; rows: UserRows | null; layout: TreeLayout | null }> {
  const userRole = db
    .select({ roleId: users.roleId })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)))
  const [tenant, user, role, perms, reports, entries, overrides] = await readD1(() =>
    db.batch([
      withTree ? tenantWithTree(db, tenantId) : tenantVersion(db, tenantId),
      db
        .select()
        .from(users)
        .where(and(eq(users.tenantId, tenantId), eq(users.id, userId))),
      db
        .select({ id: roles.id, name: roles.name })
        .from(roles)
        .where(and(eq(roles.tenantId, tenantId), inArray(roles.id, userRole))),
      db
        .select()
        .from(rolePermissions)
        .where(and(eq(rolePermissions.tenantId, tenantId), inArray(rolePermissions.roleId, userRole))),
      db
        .select()
        .from(roleReports)
        .where(and(eq(roleReports.tenantId, tenantId), inArray(roleReports.roleId, userRole))),
      db
        .select({ groupId: userGroupAccess.groupId, allow: userGroupAccess.allow })
        .from(userGroupAccess)
        .where(and(eq(userGroupAccess.tenantId, tenantId), eq(userGroupAccess.userId, userId))),
      db
        .select({ key: userReports.reportKey, grant: userReports.grant })
        .from(userReports)
        .where(and(eq(userReports.tenantId, tenantId), eq(userReports.userId, userId))),
    ]),
  )
  const t = tenant[0]
  const u = user[0]
  const r = role[0]
  const version = t?.version ?? 0
  const layout = ((t && 'tree' in t ? t.tree : null) ?? null) as TreeLayout | null
  // A user whose role row is missing has no permissions: fail closed, but stay known.
  if (!t || !u) return { version, rows: null, layout }
  const permissions: Record<string, RoleEntry> = {}
  for (const p of perms) {
    permissions[p.permission] = p.requires
      ? { level: p.level as Level, requires: p.requires as Addon }
      : { level: p.level as Level }
  }
  const roleReportList: RoleReport[] = reports
    .filter((x) => isReportKey(x.reportKey))
    .map((x) =>
      x.requires
        ? { key: x.reportKey as RoleReport['key'], requires: x.requires as Addon }
        : { key: x.reportKey as RoleReport['key'] },
    )
  return {
    version,
    layout,
    rows: {
      tenant: { id: tenantId, version, products: t.products as Product[] },
      user: {
        id: u.id,
        name: u.name,
        email: u.email,
        status: u.status,
        homeGroupId: u.homeGroupId,
        addons: { audio: u.addonAudio, score: u.addonScore },
      },
      role: r
        ? { id: r.id, name: r.name, permissions, reports: roleReportList }
        : { id: u.roleId, name: u.roleId, permissions: {}, reports: [] },
      groupEntries: entries,
      reportOverrides: overrides,
    },
  }
}
