/** @module Request and response schemas (zod): they validate bodies and generate /openapi.json. */
import { z } from 'zod'
import { ADDONS, LEVELS, PRODUCTS, REPORT_KEYS } from '../catalog'

/** Ids this service stores (users, groups, roles, tenants). */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/, 'an id is 1–128 of A–Z a–z 0–9 . _ : @ -')

export const Permission = z
  .string()
  .min(1)
  .max(128)
  .meta({ description: '`module.submodule:action`', example: 'interactions.conversations:read' })

export const Resource = z
  .strictObject({
    type: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,63}$/, 'a type is lowercase: [a-z][a-z0-9_]*')
      .meta({ description: '`report` and `user` have special meaning', example: 'conversation' }),
    id: z.string().min(1).max(256),
    groupId: Id.optional(),
    ownerId: Id.optional(),
    assigneeIds: z.array(Id).max(100).optional(),
  })
  .meta({ id: 'Resource' })

export const CheckBody = z
  .strictObject({
    permission: Permission,
    resource: Resource.optional(),
    subject: Id.optional().meta({
      description: 'Check on behalf of this user of the same tenant (needs scope authz:check)',
    }),
  })
  .meta({ id: 'CheckRequest' })

export const MAX_BATCH = 100
export const BatchBody = z
  .strictObject({ checks: z.array(CheckBody).min(1).max(MAX_BATCH) })
  .meta({ id: 'BatchCheckRequest' })

export const ScopeBody = z
  .strictObject({ permission: Permission, subject: Id.optional() })
  .meta({ id: 'ScopeRequest' })

const Level = z.enum(LEVELS)

export const Decision = z
  .object({
    allowed: z.boolean(),
    reason: z.string().meta({ example: 'group_scope' }),
    level: Level,
  })
  .meta({ id: 'Decision' })

export const CheckResponse = Decision.extend({ version: z.number().int() }).meta({
  id: 'CheckResponse',
})

export const BatchResponse = z
  .object({ results: z.array(Decision), version: z.number().int() })
  .meta({ id: 'BatchCheckResponse' })

export const ScopeResponse = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('filter'), groupIds: z.array(z.string()), userId: z.string() }),
  ])
  .and(z.object({ version: z.number().int() }))
  .meta({ id: 'ScopeResponse' })

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' })

// ---- administration ----

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
