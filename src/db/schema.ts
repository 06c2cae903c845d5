/** @module D1 schema (drizzle). Every table is keyed by tenant first: no query crosses tenants. */
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

const createdAt = () =>
  integer({ mode: 'number' })
    .notNull()
    .default(sql`(unixepoch())`)

export const tenants = sqliteTable('tenants', {
  id: text().primaryKey(),
  name: text().notNull(),
  /** JSON array of enabled product keys (`core` is implicit). */
  products: text({ mode: 'json' }).$type<string[]>().notNull(),
  grantScope: text({ enum: ['siblings', 'same_level_or_below'] })
    .notNull()
    .default('siblings'),
  /** Incremented by every admin write; every answer carries the version it was decided at. */
  version: integer().notNull().default(1),
  /**
   * The version of the last write to what every user's decisions depend on (groups, roles,
   * products, settings). A write to one user leaves it, so other users' compiled data stays valid.
   */
  structureVersion: integer().notNull().default(1),
  /**
   * The group tree in preorder (`{ids, parents}`), rewritten in the same batch as every change
   * to `groups`, so a cold decision reads it with the user's rows in one round trip. Null when
   * absent or too large for one D1 value: readers then fall back to the groups table.
   */
  tree: text({ mode: 'json' }).$type<{ ids: string[]; parents: number[] }>(),
  /** When the version last changed (unix ms): the reconcile job republishes recent changes. */
  versionAt: integer(),
  /**
   * The highest version the reconcile job has published to KV. A tenant whose `version` is
   * ahead of it has a pointer to (re)publish; writers publish at once and leave this to the job.
   */
  publishedVersion: integer().notNull().default(0),
  createdAt: createdAt(),
})

export const groups = sqliteTable(
  'groups',
  {
    tenantId: text()
      .notNull()
      .references(() => tenants.id),
    id: text().notNull(),
    name: text().notNull(),
    parentId: text(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('groups_parent_idx').on(t.tenantId, t.parentId),
  ],
)

/** Closure table: one row per (ancestor, descendant) pair, including (g, g) at depth 0. */
export const groupClosure = sqliteTable(
  'group_closure',
  {
    tenantId: text().notNull(),
    ancestorId: text().notNull(),
    descendantId: text().notNull(),
    depth: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.ancestorId, t.descendantId] }),
    index('group_closure_descendant_idx').on(t.tenantId, t.descendantId),
  ],
)

export const roles = sqliteTable(
  'roles',
  {
    tenantId: text()
      .notNull()
      .references(() => tenants.id),
    id: text().notNull(),
    name: text().notNull(),
    /** Lower-cased name: role names are unique per tenant, case-insensitively. */
    nameKey: text().notNull(),
    isSystem: integer({ mode: 'boolean' }).notNull().default(false),
    comingSoon: integer({ mode: 'boolean' }).notNull().default(false),
    /**
     * What Reset restores, for custom roles: JSON `{permissions, reports}` as the role started.
     * Null for system roles, whose preset lives in code (src/catalog/presets.ts).
     */
    defaults: text({ mode: 'json' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('roles_name_key_idx').on(t.tenantId, t.nameKey),
  ],
)

export const rolePermissions = sqliteTable(
  'role_permissions',
  {
    tenantId: text().notNull(),
    roleId: text().notNull(),
    permission: text().notNull(),
    level: text({ enum: ['none', 'own', 'group', 'all'] }).notNull(),
    requires: text({ enum: ['audio', 'score'] }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.roleId, t.permission] })],
)

export const roleReports = sqliteTable(
  'role_reports',
  {
    tenantId: text().notNull(),
    roleId: text().notNull(),
    reportKey: text().notNull(),
    requires: text({ enum: ['audio', 'score'] }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.roleId, t.reportKey] })],
)

export const users = sqliteTable(
  'users',
  {
    tenantId: text()
      .notNull()
      .references(() => tenants.id),
    id: text().notNull(),
    name: text().notNull(),
    email: text(),
    roleId: text().notNull(),
    homeGroupId: text().notNull(),
    status: text({ enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    addonAudio: integer({ mode: 'boolean' }).notNull().default(true),
    addonScore: integer({ mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('users_role_idx').on(t.tenantId, t.roleId),
    index('users_home_group_idx').on(t.tenantId, t.homeGroupId),
  ],
)

/** Explicit group entries of a user (SPEC §4); the home group's allow is implicit. */
export const userGroupAccess = sqliteTable(
  'user_group_access',
  {
    tenantId: text().notNull(),
    userId: text().notNull(),
    groupId: text().notNull(),
    allow: integer({ mode: 'boolean' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId, t.groupId] }),
    index('user_group_access_group_idx').on(t.tenantId, t.groupId),
  ],
)

/** Reports granted to (grant = true) or revoked from (grant = false) one user. */
export const userReports = sqliteTable(
  'user_reports',
  {
    tenantId: text().notNull(),
    userId: text().notNull(),
    reportKey: text().notNull(),
    grant: integer({ mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId, t.reportKey] })],
)

/** Every admin write: who, when, what, before -> after, and the tenant version it produced. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    tenantId: text().notNull(),
    /** Unix milliseconds. */
    at: integer().notNull(),
    actorId: text().notNull(),
    /** `role.create`, `role.update`, `group.move`, … */
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text().notNull(),
    before: text({ mode: 'json' }),
    after: text({ mode: 'json' }),
    version: integer().notNull(),
  },
  (t) => [
    index('audit_log_tenant_idx').on(t.tenantId, t.id),
    index('audit_log_target_idx').on(t.tenantId, t.targetType, t.targetId, t.id),
    index('audit_log_actor_idx').on(t.tenantId, t.actorId, t.id),
  ],
)
