/** @module Roles in D1: rows <-> RoleRecord, and the statements that write them. */
import { and, count, eq } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import {
  ROLE_PRESETS,
  isReportKey,
  isSystemRoleId,
  type Addon,
  type Level,
  type RolePermissions,
  type RoleReport,
} from '../catalog'
import type { Db } from '../db/client'
import { rolePermissions, roleReports, roles, users } from '../db/schema'
import { readD1 } from './authz-rows-repo'
import { insertRows } from './insert-rows'

export interface RoleContent {
  readonly permissions: RolePermissions
  readonly reports: readonly RoleReport[]
}

export interface RoleRecord extends RoleContent {
  readonly id: string
  readonly name: string
  readonly system: boolean
  readonly comingSoon: boolean
  /** What Reset restores: the preset (system roles) or the copy the role started with. */
  readonly defaults: RoleContent
}

type RoleRow = typeof roles.$inferSelect
type PermissionRow = typeof rolePermissions.$inferSelect
type ReportRow = typeof roleReports.$inferSelect

function toRecord(row: RoleRow, perms: PermissionRow[], reports: ReportRow[]): RoleRecord {
  const permissions: Record<string, { level: Level; requires?: Addon }> = {}
  for (const p of perms) {
    permissions[p.permission] = p.requires
      ? { level: p.level, requires: p.requires }
      : { level: p.level }
  }
  const reportList: RoleReport[] = reports
    .filter((r) => isReportKey(r.reportKey))
    .map((r) =>
      r.requires
        ? { key: r.reportKey as RoleReport['key'], requires: r.requires }
        : { key: r.reportKey as RoleReport['key'] },
    )
  const defaults: RoleContent =
    row.isSystem && isSystemRoleId(row.id)
      ? { permissions: ROLE_PRESETS[row.id].permissions, reports: ROLE_PRESETS[row.id].reports }
      : ((row.defaults as RoleContent | null) ?? { permissions: {}, reports: [] })
  return {
    id: row.id,
    name: row.name,
    system: row.isSystem,
    comingSoon: row.comingSoon,
    permissions,
    reports: reportList,
    defaults,
  }
}

/** Every role of the tenant (one batch), ordered system roles first, then by name. */
export async function listRoles(db: Db, tenantId: string): Promise<RoleRecord[]> {
  const [rows, perms, reports] = await readD1(() =>
    db.batch([
      db.select().from(roles).where(eq(roles.tenantId, tenantId)),
      db.select().from(rolePermissions).where(eq(rolePermissions.tenantId, tenantId)),
      db.select().from(roleReports).where(eq(roleReports.tenantId, tenantId)),
    ]),
  )
  return rows
    .map((row) =>
      toRecord(
        row,
        perms.filter((p) => p.roleId === row.id),
        reports.filter((r) => r.roleId === row.id),
      ),
    )
    .sort((a, b) => Number(b.system) - Number(a.system) || a.name.localeCompare(b.name))
}

/** One role of the tenant; undefined when it has no such role. */
export async function findRole(
  db: Db,
  tenantId: string,
  id: string,
): Promise<RoleRecord | undefined> {
  const [rows, perms, reports] = await readD1(() =>
    db.batch([
      db
        .select()
        .from(roles)
        .where(and(eq(roles.tenantId, tenantId), eq(roles.id, id))),
      db
        .select()
        .from(rolePermissions)
        .where(and(eq(rolePermissions.tenantId, tenantId), eq(rolePermissions.roleId, id))),
      db
        .select()
        .from(roleReports)
        .where(and(eq(roleReports.tenantId, tenantId), eq(roleReports.roleId, id))),
    ]),
  )
  return rows[0] && toRecord(rows[0], perms, reports)
}

/** How many users hold the role. */
export async function countHolders(db: Db, tenantId: string, roleId: string): Promise<number> {
  const [row] = await readD1(() =>
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.roleId, roleId))),
  )
  return row?.n ?? 0
}

/** True when another role of the tenant already has this name (case-insensitively). */
export async function nameTaken(db: Db, tenantId: string, name: string, exceptId?: string) {
  const rows = await readD1(() =>
    db
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.tenantId, tenantId), eq(roles.nameKey, name.toLowerCase()))),
  )
  return rows.some((r) => r.id !== exceptId)
}

/** Statements replacing a role's row, permissions and reports with `role`. */
export function writeRoleStatements(
  db: Db,
  tenantId: string,
  role: RoleRecord,
): BatchItem<'sqlite'>[] {
  const row = {
    tenantId,
    id: role.id,
    name: role.name,
    nameKey: role.name.toLowerCase(),
    isSystem: role.system,
    comingSoon: role.comingSoon,
    defaults: role.system ? null : role.defaults,
  }
  const out: BatchItem<'sqlite'>[] = [
    db
      .insert(roles)
      .values(row)
      .onConflictDoUpdate({
        target: [roles.tenantId, roles.id],
        set: { name: row.name, nameKey: row.nameKey, defaults: row.defaults },
      }),
    ...deleteContentStatements(db, tenantId, role.id),
  ]
  const permissionRows = Object.entries(role.permissions)
    .filter(([, e]) => e.level !== 'none')
    .map(([permission, e]) => ({
      tenantId,
      roleId: role.id,
      permission,
      level: e.level,
      requires: e.requires ?? null,
    }))
  const reportRows = role.reports.map((r) => ({
    tenantId,
    roleId: role.id,
    reportKey: r.key,
    requires: r.requires ?? null,
  }))
  out.push(
    ...insertRows(db, rolePermissions, permissionRows),
    ...insertRows(db, roleReports, reportRows),
  )
  return out
}

function deleteContentStatements(db: Db, tenantId: string, roleId: string): BatchItem<'sqlite'>[] {
  return [
    db
      .delete(rolePermissions)
      .where(and(eq(rolePermissions.tenantId, tenantId), eq(rolePermissions.roleId, roleId))),
    db
      .delete(roleReports)
      .where(and(eq(roleReports.tenantId, tenantId), eq(roleReports.roleId, roleId))),
  ]
}

/** Statements deleting a role and everything it holds. */
export function deleteRoleStatements(
  db: Db,
  tenantId: string,
  roleId: string,
): BatchItem<'sqlite'>[] {
  return [
    ...deleteContentStatements(db, tenantId, roleId),
    db.delete(roles).where(and(eq(roles.tenantId, tenantId), eq(roles.id, roleId))),
  ]
}
