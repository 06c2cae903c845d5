/** @module Administration answers (zod): what the admin, webhook and operator endpoints return. */
import { z } from 'zod'
import { AddonSwitches, Addon, Level, Product, ReportKey, TenantVersion } from './responses'

const GrantScope = z.enum(['siblings', 'same_level_or_below'])
const NewVersion = TenantVersion.meta({
  description: 'The tenant version after the write (or now, for a read or a no-op write)',
})

export const Deleted = z
  .object({ deleted: z.string().meta({ description: 'The id deleted' }), version: NewVersion })
  .meta({ id: 'DeletedResponse' })

// Roles (admin/role-view.ts roleView)

const RoleEntryView = z.object({ level: Level, requires: Addon.optional() })
const RoleReportView = z.object({ key: ReportKey, requires: Addon.optional() })

export const Role = z
  .object({
    id: z.string(),
    name: z.string(),
    system: z.boolean(),
    comingSoon: z.boolean(),
    assignable: z.boolean(),
    permissions: z
      .record(z.string(), RoleEntryView)
      .meta({ description: 'permission -> entry, for enabled products only' }),
    reports: z.array(RoleReportView).meta({ description: 'Default reports' }),
    drift: z
      .object({
        permissions: z.array(
          z.object({ permission: z.string(), from: RoleEntryView, to: RoleEntryView }),
        ),
        reports: z.object({ added: z.array(RoleReportView), removed: z.array(RoleReportView) }),
      })
      .meta({ description: 'How the role differs from its defaults: what Reset would undo' }),
  })
  .meta({ id: 'Role' })

export const RoleList = z.object({ roles: z.array(Role), version: NewVersion }).meta({
  id: 'RoleListResponse',
})
export const RoleAnswer = z.object({ role: Role, version: NewVersion }).meta({
  id: 'RoleResponse',
})

// Groups (admin/group-view.ts)

const GroupFields = {
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable().meta({ description: 'null for the root group' }),
}
const GroupView = z.object({ ...GroupFields, depth: z.number().int().min(0) })

export interface GroupTreeNodeShape {
  id: string
  name: string
  children: GroupTreeNodeShape[]
}
export const GroupTreeNode: z.ZodType<GroupTreeNodeShape> = z
  .object({
    id: z.string(),
    name: z.string(),
    get children() {
      return z.array(GroupTreeNode)
    },
  })
  .meta({ id: 'GroupTreeNode' })

export const GroupList = z
  .object({
    groups: z.array(GroupView).meta({ description: "The groups in the caller's scope, flat" }),
    tree: z.array(GroupTreeNode).meta({
      description: 'The same groups nested under their nearest visible parent, in preorder',
    }),
    version: NewVersion,
  })
  .meta({ id: 'GroupListResponse' })

export const GroupDetail = z
  .object({
    group: GroupView.extend({
      path: z.array(z.string()).meta({ description: 'Ancestor ids, root first' }),
      children: z.array(z.string()).meta({ description: 'Child group ids' }),
    }),
    version: NewVersion,
  })
  .meta({ id: 'GroupDetailResponse' })

export const GroupAnswer = z
  .object({ group: z.object(GroupFields), version: NewVersion })
  .meta({ id: 'GroupResponse', description: 'The group as written' })

// Users (repos/users-repo.ts UserRecord)

const UserFields = {
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  roleId: z.string(),
  homeGroupId: z.string(),
  status: z.enum(['active', 'disabled']),
  addons: AddonSwitches,
}

export const UserSummary = z.object(UserFields).meta({ id: 'UserSummary' })

export const User = z
  .object({
    ...UserFields,
    groups: z
      .array(z.object({ groupId: z.string(), allow: z.boolean() }))
      .meta({ description: 'Explicit group entries' }),
    reports: z
      .object({ grant: z.array(ReportKey), revoke: z.array(ReportKey) })
      .meta({ description: 'Report overrides' }),
  })
  .meta({ id: 'User' })

export const UserPage = z
  .object({
    users: z.array(UserSummary),
    next: z
      .string()
      .nullable()
      .meta({ description: 'The cursor of the next page; null at the end' }),
    version: NewVersion,
  })
  .meta({ id: 'UserPageResponse' })

export const UserAnswer = z.object({ user: User, version: NewVersion }).meta({
  id: 'UserResponse',
})

// Tenant, audit, webhook, operator

export const ProductsAnswer = z
  .object({
    enabled: z.array(Product).meta({ description: 'Enabled products, core first' }),
    available: z.array(Product),
    version: NewVersion,
  })
  .meta({ id: 'ProductsResponse' })

export const SettingsAnswer = z
  .object({ grantScope: GrantScope, version: NewVersion })
  .meta({ id: 'SettingsResponse' })

export const AuditEntry = z
  .object({
    id: z.number().int().min(1).meta({ description: 'Also the cursor: pass it to read older' }),
    at: z.number().int().meta({ description: 'Unix milliseconds' }),
    actorId: z.string().meta({ description: 'A user id, or `webhook`' }),
    action: z.string().meta({ examples: ['role.update'] }),
    targetType: z.enum(['role', 'group', 'user', 'tenant']),
    targetId: z.string(),
    before: z.unknown().meta({ description: 'The target before the write (JSON), or null' }),
    after: z.unknown().meta({ description: 'The target after the write (JSON), or null' }),
    version: z.number().int().min(0).meta({ description: 'The tenant version it produced' }),
  })
  .meta({ id: 'AuditEntry' })

export const AuditPage = z
  .object({
    entries: z.array(AuditEntry).meta({ description: 'Newest first' }),
    next: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The cursor of the next (older) page; null at the end' }),
    version: NewVersion,
  })
  .meta({ id: 'AuditPageResponse' })

export const VersionAnswer = z
  .object({ version: NewVersion })
  .meta({ id: 'VersionResponse', description: 'The version after the invalidation' })

export const TenantProvisioned = z
  .object({
    tenant: z.object({
      id: z.string(),
      name: z.string(),
      products: z.array(Product).meta({ description: 'Enabled products, core first' }),
      grantScope: GrantScope,
    }),
    rootGroupId: z.string(),
    adminId: z.string(),
    version: z.literal(1),
  })
  .meta({ id: 'TenantProvisionedResponse' })
