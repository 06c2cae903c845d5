/** @module Writes a whole tenant (system roles, groups + closure, users) as D1 statements. */
import type { BatchItem } from 'drizzle-orm/batch'
import { eq } from 'drizzle-orm'
import {
  DEFAULT_ADDONS,
  ROLE_PRESETS,
  SYSTEM_ROLE_IDS,
  type Addon,
  type Product,
  type ReportKey,
} from '../catalog'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from '../db/client'
import { AppError } from '../errors'
import { insertRows } from './insert-rows'
import {
  groupClosure,
  groups,
  rolePermissions,
  roleReports,
  roles,
  tenants,
  userGroupAccess,
  userReports,
  users,
} from '../db/schema'
import { storableLayout } from './tree-layout'
import type { GrantScope } from '../engine'

export interface GroupSeed {
  readonly id: string
  readonly name: string
  readonly parentId: string | null
}

export interface UserSeed {
  readonly id: string
  readonly name: string
  readonly email?: string
  readonly roleId: string
  readonly homeGroupId: string
  readonly status?: 'active' | 'disabled'
  readonly addons?: Partial<Record<Addon, boolean>>
  readonly groups?: readonly { readonly groupId: string; readonly allow: boolean }[]
  readonly reports?: {
    readonly grant?: readonly ReportKey[]
    readonly revoke?: readonly ReportKey[]
  }
}

export interface TenantSeed {
  readonly id: string
  readonly name: string
  readonly products: readonly Product[]
  readonly grantScope?: GrantScope
  /** Parents before children; exactly one root. */
  readonly groups: readonly GroupSeed[]
  readonly users: readonly UserSeed[]
}

/** (ancestor, descendant, depth) rows of every group, including itself at depth 0. */
export function closureRows(seedGroups: readonly GroupSeed[]) {
  const parentOf = new Map(seedGroups.map((g) => [g.id, g.parentId]))
  const rows: { ancestorId: string; descendantId: string; depth: number }[] = []
  for (const g of seedGroups) {
    let depth = 0
    for (let at: string | null | undefined = g.id; at; at = parentOf.get(at)) {
      rows.push({ ancestorId: at, descendantId: g.id, depth: depth++ })
      if (depth > seedGroups.length) throw new Error(`group cycle through ${g.id}`)
    }
  }
  return rows
}

/** The statements that create the tenant; all are no-ops for rows that already exist. */
export function tenantStatements(db: Db, seed: TenantSeed): BatchItem<'sqlite'>[] {
  const t = seed.id
  const out: BatchItem<'sqlite'>[] = [
    db
      .insert(tenants)
      .values({
        id: t,
        name: seed.name,
        products: [...seed.products],
        grantScope: seed.grantScope ?? 'siblings',
        tree: storableLayout(seed.groups),
      })
      .onConflictDoNothing(),
  ]
  const insertAll = <T extends SQLiteTable>(table: T, rows: readonly T['$inferInsert'][]) =>
    out.push(...insertRows(db, table, rows, { ignoreExisting: true }))
  insertAll(
    roles,
    SYSTEM_ROLE_IDS.map((id) => ({
      tenantId: t,
      id,
      name: ROLE_PRESETS[id].name,
      nameKey: ROLE_PRESETS[id].name.toLowerCase(),
      isSystem: true,
      comingSoon: ROLE_PRESETS[id].comingSoon,
    })),
  )
  insertAll(
    rolePermissions,
    SYSTEM_ROLE_IDS.flatMap((roleId) =>
      Object.entries(ROLE_PRESETS[roleId].permissions).map(([permission, e]) => ({
        tenantId: t,
        roleId,
        permission,
        level: e.level,
        requires: e.requires ?? null,
      })),
    ),
  )
  insertAll(
    roleReports,
    SYSTEM_ROLE_IDS.flatMap((roleId) =>
      ROLE_PRESETS[roleId].reports.map((r) => ({
        tenantId: t,
        roleId,
        reportKey: r.key,
        requires: r.requires ?? null,
      })),
    ),
  )
  insertAll(
    groups,
    seed.groups.map((g) => ({ tenantId: t, id: g.id, name: g.name, parentId: g.parentId })),
  )
  insertAll(
    groupClosure,
    closureRows(seed.groups).map((r) => ({ tenantId: t, ...r })),
  )
  insertAll(
    users,
    seed.users.map((u) => ({
      tenantId: t,
      id: u.id,
      name: u.name,
      email: u.email ?? null,
      roleId: u.roleId,
      homeGroupId: u.homeGroupId,
      status: u.status ?? 'active',
      addonAudio: u.addons?.audio ?? DEFAULT_ADDONS.audio,
      addonScore: u.addons?.score ?? DEFAULT_ADDONS.score,
    })),
  )
  insertAll(
    userGroupAccess,
    seed.users.flatMap((u) =>
      (u.groups ?? []).map((g) => ({
        tenantId: t,
        userId: u.id,
        groupId: g.groupId,
        allow: g.allow,
      })),
    ),
  )
  insertAll(
    userReports,
    seed.users.flatMap((u) => [
      ...(u.reports?.grant ?? []).map((k) => ({
        tenantId: t,
        userId: u.id,
        reportKey: k,
        grant: true,
      })),
      ...(u.reports?.revoke ?? []).map((k) => ({
        tenantId: t,
        userId: u.id,
        reportKey: k,
        grant: false,
      })),
    ]),
  )
  return out
}

/**
 * Writes a new tenant in one batch: it exists whole or not at all. Throws 503
 * `storage_unavailable` when D1 refuses it (nothing was written then).
 */
export async function insertTenant(db: Db, seed: TenantSeed): Promise<void> {
  const statements = tenantStatements(db, seed)
  try {
    await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
  } catch (error) {
    throw new AppError(
      'storage_unavailable',
      'provisioning failed; nothing was written',
      {},
      { cause: error },
    )
  }
}

const BATCH_STATEMENTS = 200

/**
 * Creates the tenant unless it already exists (a second run changes nothing). Returns whether it
 * wrote anything. Large tenants are written in several batches.
 */
export async function seedTenant(db: Db, seed: TenantSeed): Promise<boolean> {
  const existing = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, seed.id))
  if (existing.length > 0) return false
  const statements = tenantStatements(db, seed)
  for (let i = 0; i < statements.length; i += BATCH_STATEMENTS) {
    const part = statements.slice(i, i + BATCH_STATEMENTS)
    await db.batch(part as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
  }
  return true
}
