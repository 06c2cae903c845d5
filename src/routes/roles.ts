/** @module Role administration: /v1/roles (SPEC §3, §6). */
import { Hono, type Context } from 'hono'
import {
  PERMISSION_BY_KEY,
  REPORTS,
  changedPermissions,
  maskHas,
  roleDrift,
  validatePermissions,
  type EntryInput,
  type Product,
  type RoleEntry,
} from '../catalog'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { readJson } from '../middleware/read-json'
import {
  countHolders,
  deleteRoleStatements,
  findRole,
  listRoles,
  nameTaken,
  writeRoleStatements,
  type RoleContent,
  type RoleRecord,
} from '../repos/roles-repo'
import {
  commit,
  loadCaller,
  requireAllowed,
  requireWithinOwnLevels,
  type Caller,
} from './admin-context'
import { dataDeps } from './http-deps'
import { pathId } from './path-id'
import { slugId } from './slug-id'
import { RoleCloneBody, RoleCreateBody, RolePatchBody } from '../schemas'

type ProductFilter = (product: Product) => boolean

/** The content a product filter lets through: permissions and reports of enabled products. */
function visibleContent(content: RoleContent, enabled: ProductFilter): RoleContent {
  return {
    permissions: Object.fromEntries(
      Object.entries(content.permissions).filter(([key]) => {
        const def = PERMISSION_BY_KEY.get(key)
        return def !== undefined && enabled(def.product)
      }),
    ),
    reports: content.reports.filter((r) => enabled(REPORTS[r.key])),
  }
}

/**
 * A role as the editor shows it: only modules of enabled products (SPEC §2). Entries of a
 * disabled product stay stored and show again when it is turned on. Without a filter (the audit
 * log), everything.
 */
function roleView(role: RoleRecord, enabled: ProductFilter = () => true) {
  const current = visibleContent(role, enabled)
  return {
    id: role.id,
    name: role.name,
    system: role.system,
    comingSoon: role.comingSoon,
    assignable: !role.comingSoon,
    ...current,
    drift: roleDrift(visibleContent(role.defaults, enabled), current),
  }
}

/** The caller's tenant's enabled products. */
const editorFilter =
  (caller: Caller): ProductFilter =>
  (product) =>
    maskHas(caller.snapshot.products, product)

/** Catalog-checked permissions; 400 `unknown_permission` / `invalid_request` otherwise. */
function checkedPermissions(
  input: Readonly<Record<string, EntryInput>>,
): Record<string, RoleEntry> {
  const { permissions, unknown, problems } = validatePermissions(input)
  if (unknown.length > 0) {
    throw new AppError('unknown_permission', `not in the catalog: ${unknown.join(', ')}`)
  }
  if (problems.length > 0) {
    throw new AppError(
      'invalid_request',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      {
        errors: problems,
      },
    )
  }
  return permissions
}

/** Nobody creates or edits a role above their own levels: every changed entry is checked. */
function requireChangesWithinOwnLevels(
  caller: Caller,
  before: Readonly<Record<string, RoleEntry>>,
  after: Readonly<Record<string, RoleEntry>>,
) {
  requireWithinOwnLevels(
    caller,
    changedPermissions(before, after).map((c) => [c.permission, c.to.level] as const),
  )
}

async function roleOr404(c: Context<AppEnv>, caller: Caller): Promise<RoleRecord> {
  const id = pathId(c, 'id')
  const role = await findRole(dataDeps(c).db, caller.principal.tenantId, id)
  if (!role) throw new AppError('not_found', `no role "${id}"`)
  return role
}

async function requireFreeName(
  c: Context<AppEnv>,
  caller: Caller,
  name: string,
  exceptId?: string,
) {
  if (await nameTaken(dataDeps(c).db, caller.principal.tenantId, name, exceptId)) {
    throw new AppError('name_taken', `a role is already named "${name}"`)
  }
}

async function saveRole(
  c: Context<AppEnv>,
  caller: Caller,
  action: string,
  before: RoleRecord | null,
  after: RoleRecord,
  status: 200 | 201 = 200,
) {
  const db = dataDeps(c).db
  const version = await commit(c, caller, {
    reach: 'structure',
    changes: writeRoleStatements(db, caller.principal.tenantId, after),
    audit: [
      {
        action,
        targetType: 'role',
        targetId: after.id,
        before: before && roleView(before),
        after: roleView(after),
      },
    ],
  })
  return c.json({ role: roleView(after, editorFilter(caller)), version }, status)
}

/** A new custom role whose content is also the copy Reset restores (SPEC §3). */
function createCustomRole(
  c: Context<AppEnv>,
  caller: Caller,
  action: string,
  name: string,
  content: RoleContent,
) {
  const role: RoleRecord = {
    id: slugId(name, 'role'),
    name,
    system: false,
    comingSoon: false,
    ...content,
    defaults: content,
  }
  c.header('Location', `/v1/roles/${role.id}`)
  return saveRole(c, caller, action, null, role, 201)
}

export const roleRoutes = new Hono<AppEnv>()
  .get('/roles', async (c) => {
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.roles:read')
    const roles = await listRoles(dataDeps(c).db, caller.principal.tenantId)
    const view = (role: RoleRecord) => roleView(role, editorFilter(caller))
    return c.json({ roles: roles.map(view), version: caller.version })
  })
  .get('/roles/:id', async (c) => {
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.roles:read')
    const role = await roleOr404(c, caller)
    return c.json({ role: roleView(role, editorFilter(caller)), version: caller.version })
  })
  .post('/roles', async (c) => {
    const body = await readJson(c, RoleCreateBody)
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.roles:write')
    const permissions = checkedPermissions(body.permissions ?? {})
    requireChangesWithinOwnLevels(caller, {}, permissions)
    await requireFreeName(c, caller, body.name)
    return createCustomRole(c, caller, 'role.create', body.name, {
      permissions,
      reports: body.reports ?? [],
    })
  })
  .patch('/roles/:id', async (c) => {
    const body = await readJson(c, RolePatchBody)
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.roles:write')
    const role = await roleOr404(c, caller)
    const permissions: Record<string, RoleEntry> = {
      ...role.permissions,
      ...(body.permissions ? checkedPermissions(body.permissions) : {}),
    }
    // A `none` in the patch removes the entry.
    for (const [key, entry] of Object.entries(body.permissions ?? {})) {
      if (entry.level === 'none') delete permissions[key]
    }
    requireChangesWithinOwnLevels(caller, role.permissions, permissions)
    if (body.name !== undefined) await requireFreeName(c, caller, body.name, role.id)
    const updated = {
      ...role,
      name: body.name ?? role.name,
      permissions,
      reports: body.reports ?? role.reports,
    }
    return saveRole(c, caller, 'role.update', role, updated)
  })
  .delete('/roles/:id', async (c) => {
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.roles:delete')
    const role = await roleOr404(c, caller)
    if (role.system) throw new AppError('system_role', `"${role.id}" is a system role`)
    const db = dataDeps(c).db
    const holders = await countHolders(db, caller.principal.tenantId, role.id)
    if (holders > 0)
      throw new AppError('role_in_use', `${holders} user(s) hold "${role.id}"`, { holders })
    const version = await commit(c, caller, {
      reach: 'structure',
      changes: deleteRoleStatements(db, caller.principal.tenantId, role.id),
      audit: [
        {
          action: 'role.delete',
          targetType: 'role',
          targetId: role.id,
          before: roleView(role),
          after: null,
        },
      ],
    })
    return c.json({ deleted: role.id, version })
  })
  .post('/roles/:id/clone', async (c) => {
    const body = await readJson(c, RoleCloneBody)
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.roles:write')
    const source = await roleOr404(c, caller)
    requireChangesWithinOwnLevels(caller, {}, source.permissions)
    await requireFreeName(c, caller, body.name)
    return createCustomRole(c, caller, 'role.clone', body.name, {
      permissions: source.permissions,
      reports: source.reports,
    })
  })
  .post('/roles/:id/reset', async (c) => {
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.roles:write')
    const role = await roleOr404(c, caller)
    requireChangesWithinOwnLevels(caller, role.permissions, role.defaults.permissions)
    const reset = {
      ...role,
      permissions: role.defaults.permissions,
      reports: role.defaults.reports,
    }
    return saveRole(c, caller, 'role.reset', role, reset)
  })
