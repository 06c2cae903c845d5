/** @module Administration schemas (zod): request bodies and queries of the admin API. */
import { z } from 'zod'
import { ADDONS, LEVELS, PRODUCTS, REPORT_KEYS } from '../catalog'
import { Id } from './decision'

export const RoleEntry = z.strictObject({
  level: z.enum(LEVELS),
  requires: z.enum(ADDONS).optional(),
})

const RoleReport = z.strictObject({ key: z.enum(REPORT_KEYS), requires: z.enum(ADDONS).optional() })

const RoleName = z.string().trim().min(1).max(80)

const RolePermissions = z
  .record(z.string().max(128), RoleEntry)
  .refine((p) => Object.keys(p).length <= 500, 'at most 500 permissions')
  .meta({ description: 'permission -> entry; `none` removes an entry' })

export const RoleCreateBody = z
  .strictObject({
    name: RoleName,
    permissions: RolePermissions.optional(),
    reports: z.array(RoleReport).max(50).optional().meta({ description: 'default reports' }),
  })
  .meta({ id: 'RoleCreateRequest' })

export const RolePatchBody = z
  .strictObject({
    name: RoleName.optional(),
    permissions: RolePermissions.optional().meta({
      description: 'merged into the stored permissions: a given key replaces that entry',
    }),
    reports: z.array(RoleReport).max(50).optional().meta({ description: 'replaces the list' }),
  })
  .meta({ id: 'RolePatchRequest' })

export const RoleCloneBody = z.strictObject({ name: RoleName }).meta({ id: 'RoleCloneRequest' })

const GroupName = z.string().trim().min(1).max(120)

export const GroupCreateBody = z
  .strictObject({ id: Id.optional(), name: GroupName, parentId: Id })
  .meta({ id: 'GroupCreateRequest' })

export const GroupPatchBody = z
  .strictObject({ name: GroupName.optional(), parentId: Id.optional() })
  .meta({ id: 'GroupPatchRequest', description: 'rename and/or move below another group' })

const UserName = z.string().trim().min(1).max(120)
const Email = z.email().max(254)
const GroupEntries = z.array(z.strictObject({ groupId: Id, allow: z.boolean() })).max(1000)
const Addons = z.strictObject({ audio: z.boolean().optional(), score: z.boolean().optional() })
const ReportOverrides = z.strictObject({
  grant: z.array(z.enum(REPORT_KEYS)).max(50).optional(),
  revoke: z.array(z.enum(REPORT_KEYS)).max(50).optional(),
})

export const UserCreateBody = z
  .strictObject({
    id: Id,
    name: UserName.optional(),
    email: Email.optional(),
    roleId: Id,
    homeGroupId: Id,
  })
  .meta({ id: 'UserCreateRequest' })

export const UserPatchBody = z
  .strictObject({
    name: UserName.optional(),
    email: Email.nullable().optional(),
    status: z.enum(['active', 'disabled']).optional(),
    roleId: Id.optional(),
    homeGroupId: Id.optional(),
  })
  .meta({ id: 'UserPatchRequest' })

export const AccessBody = z
  .strictObject({
    roleId: Id.optional(),
    homeGroupId: Id.optional(),
    groups: GroupEntries.optional().meta({ description: 'replaces the stored entries' }),
    addons: Addons.optional(),
    reports: ReportOverrides.optional().meta({
      description: 'each given list replaces the stored one',
    }),
  })
  .meta({ id: 'UserAccessRequest' })

export const UserListQuery = z.strictObject({
  cursor: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  groupId: Id.optional(),
  q: z.string().trim().min(1).max(120).optional().meta({
    description: 'only users whose id, email or name starts with this (case-insensitive)',
  }),
})

export const ProductsBody = z
  .strictObject({
    products: z
      .array(z.enum(PRODUCTS.filter((p) => p !== 'core') as [string, ...string[]]))
      .max(PRODUCTS.length)
      .meta({ description: 'the enabled products (core is always on)' }),
  })
  .meta({ id: 'ProductsRequest' })

export const SettingsBody = z
  .strictObject({ grantScope: z.enum(['siblings', 'same_level_or_below']) })
  .meta({ id: 'SettingsRequest' })

export const AuditQuery = z.strictObject({
  targetType: z.enum(['role', 'group', 'user', 'tenant']).optional(),
  targetId: Id.optional(),
  actorId: Id.optional(),
  since: z.coerce.number().int().min(0).optional().meta({ description: 'unix ms, inclusive' }),
  until: z.coerce.number().int().min(0).optional().meta({ description: 'unix ms, exclusive' }),
  cursor: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
})

export const InvalidateBody = z
  .strictObject({
    tenant: Id,
    scope: z.enum(['tenant', 'user', 'role', 'group']),
    id: Id.optional(),
  })
  .refine((b) => b.scope === 'tenant' || b.id !== undefined, {
    message: 'id is required unless scope is tenant',
    path: ['id'],
  })
  .meta({ id: 'InvalidateRequest' })

export const TenantCreateBody = z
  .strictObject({
    id: Id,
    name: z.string().trim().min(1).max(120),
    products: z
      .array(z.enum(PRODUCTS.filter((p) => p !== 'core') as [string, ...string[]]))
      .max(PRODUCTS.length),
    grantScope: z.enum(['siblings', 'same_level_or_below']).optional(),
    rootGroup: z.strictObject({ id: Id, name: z.string().trim().min(1).max(120) }),
    admin: z.strictObject({
      id: Id,
      name: z.string().trim().min(1).max(120).optional(),
      email: z.email().max(254).optional(),
    }),
  })
  .meta({ id: 'TenantCreateRequest' })
