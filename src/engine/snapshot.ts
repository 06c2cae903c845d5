/** @module Compiles a user's stored rows into a Snapshot, and reads entries back out of one. */
import {
  ADDONS,
  LEVELS,
  PERMISSIONS,
  maskHas,
  productMask,
  REPORTS,
  isReportKey,
  type Addon,
  type Level,
  type PermissionDef,
  type Product,
  type ReportKey,
} from '../catalog'
import { compileAccessRanges } from './access'
import type { TenantTree } from './tree'
import type { Snapshot, UserRows } from './types'

export const SNAPSHOT_FORMAT = 1

export const hasProduct = (snapshot: Snapshot, product: Product): boolean =>
  maskHas(snapshot.products, product)

/** The stored entry of a permission: level and required add-on (if any). */
export function permissionEntry(
  snapshot: Snapshot,
  permission: PermissionDef,
): { level: Level; requires: Addon | undefined } {
  const code = snapshot.perms[permission.index] ?? 0
  return {
    level: LEVELS[code & 3]!,
    requires: code >> 2 === 0 ? undefined : ADDONS[(code >> 2) - 1],
  }
}

/** A `none` entry grants nothing with or without its add-on, so its requirement is dropped. */
export const encodeEntry = (level: Level, requires: Addon | undefined): number =>
  level === 'none'
    ? 0
    : LEVELS.indexOf(level) + 4 * (requires === undefined ? 0 : ADDONS.indexOf(requires) + 1)

/**
 * A user's reports: the role's defaults (those requiring an add-on only while it is on), plus
 * grants, minus revokes; a report of a disabled product is never granted (SPEC §2).
 */
function resolveReports(rows: UserRows, enabled: ReadonlySet<Product>): ReportKey[] {
  const keys = new Set<string>()
  for (const r of rows.role.reports) {
    if (r.requires === undefined || rows.user.addons[r.requires]) keys.add(r.key)
  }
  for (const o of rows.reportOverrides) if (o.grant) keys.add(o.key)
  for (const o of rows.reportOverrides) if (!o.grant) keys.delete(o.key)
  return [...keys]
    .filter(isReportKey)
    .filter((k) => enabled.has(REPORTS[k]))
    .sort()
}

/** Compiles rows read at `rows.tenant.version` against the tree of that same version. */
export function compileSnapshot(rows: UserRows, tree: TenantTree): Snapshot {
  const enabled = new Set<Product>(['core', ...rows.tenant.products])
  const products = productMask(enabled)
  const perms = PERMISSIONS.map((p) => {
    const entry = rows.role.permissions[p.key]
    // A level the permission does not support is treated as none: fail closed.
    if (!entry || !p.levels.includes(entry.level)) return 0
    return encodeEntry(entry.level, entry.requires)
  })
  return {
    format: SNAPSHOT_FORMAT,
    tenantId: rows.tenant.id,
    version: rows.tenant.version,
    user: rows.user,
    role: { id: rows.role.id, name: rows.role.name },
    products,
    perms,
    reports: resolveReports(rows, enabled),
    ranges: compileAccessRanges(tree, rows.user.homeGroupId, rows.groupEntries),
  }
}
