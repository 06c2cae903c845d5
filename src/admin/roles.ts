/** @module Role administration use cases (SPEC §3, §6): list, show, create, edit, delete. */
import type { z } from 'zod'
import { changedPermissions, type RoleEntry } from '../catalog'
import { AppError } from '../errors'
import * as repo from '../repos/roles-repo'
import type { RoleContent, RoleRecord } from '../repos/roles-repo'
import type { RoleCloneBody, RoleCreateBody, RolePatchBody } from '../schemas'
import { requireAllowed, requireWithinOwnLevels, type Caller } from './caller'
import { commit, type Deleted, type Written } from './commit'
import type { AdminDeps } from './deps'
import { requireFingerprint } from './role-fingerprint'
import { checkedPermissions, editorFilter, roleView, type RoleView } from './role-view'
import { slugId } from './slug-id'

export type RoleCreateInput = z.output<typeof RoleCreateBody>
/**
 * An editor's save passes `expected`: the fingerprint of the role as it loaded it (role-fingerprint).
 * The API leaves it out.
 */
export interface RoleExpectation {
  readonly expected?: string
}
export type RolePatchInput = z.output<typeof RolePatchBody> & {
  readonly id: string
} & RoleExpectation
export type RoleCloneInput = z.output<typeof RoleCloneBody> & { readonly id: string }

export interface RoleAnswer {
  readonly role: RoleView
  readonly version: number
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

async function roleOr404(deps: AdminDeps, caller: Caller, id: string): Promise<RoleRecord> {
  const role = await repo.findRole(deps.db, caller.principal.tenantId, id)
  if (!role) throw new AppError('not_found', `no role "${id}"`)
  return role
}

async function requireFreeName(deps: AdminDeps, caller: Caller, name: string, exceptId?: string) {
  if (await repo.nameTaken(deps.db, caller.principal.tenantId, name, exceptId)) {
    throw new AppError('name_taken', `a role is already named "${name}"`)
  }
}

async function saveRole(
  deps: AdminDeps,
  caller: Caller,
  action: string,
  before: RoleRecord | null,
  after: RoleRecord,
): Promise<Written<RoleAnswer>> {
  const { version, consistency } = await commit(deps, caller, {
    reach: 'structure',
    changes: repo.writeRoleStatements(deps.db, caller.principal.tenantId, after),
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
  return { value: { role: roleView(after, editorFilter(caller)), version }, consistency }
}

/** A new custom role whose content is also the copy Reset restores (SPEC §3). */
function createCustomRole(
  deps: AdminDeps,
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
  return saveRole(deps, caller, action, null, role)
}

/** The tenant's roles as the editor shows them; 403 without admin.roles:read. */
export async function listRoles(
  deps: AdminDeps,
  caller: Caller,
): Promise<{ roles: RoleView[]; version: number }> {
  requireAllowed(caller, 'admin.roles:read')
  const roles = await repo.listRoles(deps.db, caller.principal.tenantId)
  const view = (role: RoleRecord) => roleView(role, editorFilter(caller))
  return { roles: roles.map(view), version: caller.version }
}

/** One role; 403 without admin.roles:read, 404 when the tenant has no such role. */
export async function showRole(
  deps: AdminDeps,
  caller: Caller,
  input: { readonly id: string },
): Promise<RoleAnswer> {
  requireAllowed(caller, 'admin.roles:read')
  const role = await roleOr404(deps, caller, input.id)
  return { role: roleView(role, editorFilter(caller)), version: caller.version }
}

/**
 * A new custom role (audited `role.create`). 403 without admin.roles:write or above the caller's
 * own levels, 400 for catalog problems, 409 `name_taken`.
 */
export async function createRole(
  deps: AdminDeps,
  caller: Caller,
  input: RoleCreateInput,
): Promise<Written<RoleAnswer>> {
  requireAllowed(caller, 'admin.roles:write')
  const permissions = checkedPermissions(input.permissions ?? {})
  requireChangesWithinOwnLevels(caller, {}, permissions)
  await requireFreeName(deps, caller, input.name)
  return createCustomRole(deps, caller, 'role.create', input.name, {
    permissions,
    reports: input.reports ?? [],
  })
}

/**
 * Merges a patch into a role (audited `role.update`): a `none` entry removes the permission,
 * `reports` replaces the list. Errors as createRole, 404 for an unknown role, and 409
 * `version_conflict` when `expected` no longer matches the role.
 */
export async function updateRole(
  deps: AdminDeps,
  caller: Caller,
  input: RolePatchInput,
): Promise<Written<RoleAnswer>> {
  requireAllowed(caller, 'admin.roles:write')
  const role = await roleOr404(deps, caller, input.id)
  await requireFingerprint(roleView(role, editorFilter(caller)), input.expected)
  const permissions: Record<string, RoleEntry> = {
    ...role.permissions,
    ...(input.permissions ? checkedPermissions(input.permissions) : {}),
  }
  // A `none` in the patch removes the entry.
  for (const [key, entry] of Object.entries(input.permissions ?? {})) {
    if (entry.level === 'none') delete permissions[key]
  }
  requireChangesWithinOwnLevels(caller, role.permissions, permissions)
  if (input.name !== undefined) await requireFreeName(deps, caller, input.name, role.id)
  const updated = {
    ...role,
    name: input.name ?? role.name,
    permissions,
    reports: input.reports ?? role.reports,
  }
  return saveRole(deps, caller, 'role.update', role, updated)
}

/**
 * Deletes a custom role nobody holds (audited `role.delete`). 403 without admin.roles:delete,
 * 404 for an unknown role, 409 `system_role` or `role_in_use`.
 */
export async function deleteRole(
  deps: AdminDeps,
  caller: Caller,
  input: { readonly id: string },
): Promise<Written<Deleted>> {
  requireAllowed(caller, 'admin.roles:delete')
  const role = await roleOr404(deps, caller, input.id)
  if (role.system) throw new AppError('system_role', `"${role.id}" is a system role`)
  const tenantId = caller.principal.tenantId
  const holders = await repo.countHolders(deps.db, tenantId, role.id)
  if (holders > 0)
    throw new AppError('role_in_use', `${holders} user(s) hold "${role.id}"`, { holders })
  const { version, consistency } = await commit(deps, caller, {
    reach: 'structure',
    changes: repo.deleteRoleStatements(deps.db, tenantId, role.id),
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
  return { value: { deleted: role.id, version }, consistency }
}

/** A new custom role with another role's content (audited `role.clone`); errors as createRole. */
export async function cloneRole(
  deps: AdminDeps,
  caller: Caller,
  input: RoleCloneInput,
): Promise<Written<RoleAnswer>> {
  requireAllowed(caller, 'admin.roles:write')
  const source = await roleOr404(deps, caller, input.id)
  requireChangesWithinOwnLevels(caller, {}, source.permissions)
  await requireFreeName(deps, caller, input.name)
  return createCustomRole(deps, caller, 'role.clone', input.name, {
    permissions: source.permissions,
    reports: source.reports,
  })
}

/** Restores a role's default content (audited `role.reset`); errors as updateRole. */
export async function resetRole(
  deps: AdminDeps,
  caller: Caller,
  input: { readonly id: string } & RoleExpectation,
): Promise<Written<RoleAnswer>> {
  requireAllowed(caller, 'admin.roles:write')
  const role = await roleOr404(deps, caller, input.id)
  await requireFingerprint(roleView(role, editorFilter(caller)), input.expected)
  requireChangesWithinOwnLevels(caller, role.permissions, role.defaults.permissions)
  const reset = {
    ...role,
    permissions: role.defaults.permissions,
    reports: role.defaults.reports,
  }
  return saveRole(deps, caller, 'role.reset', role, reset)
}
