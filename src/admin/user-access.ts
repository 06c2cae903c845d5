/** @module The guards and rules of a change to a user's access (SPEC §4, §6). */
import type { z } from 'zod'
import { groupEntryProblems, inRanges, type Resource } from '../engine'
import { AppError } from '../errors'
import { findRole } from '../repos/roles-repo'
import { grantScopeOf, type UserRecord } from '../repos/users-repo'
import type { AccessBody, UserPatchBody } from '../schemas'
import {
  callerLevel,
  groupAsResource,
  requireAllowed,
  requireWithinOwnLevels,
  type Caller,
} from './caller'
import type { AdminDeps } from './deps'

/** Role, home group, group entries, add-ons, reports and status, each optional. */
export type AccessChange = z.output<typeof AccessBody> &
  Pick<z.output<typeof UserPatchBody>, 'status'>

/** A user as the resource of an admin check: in their home group, owned by themselves. */
export const userAsResource = (user: UserRecord): Resource => ({
  type: 'user',
  id: user.id,
  groupId: user.homeGroupId,
  ownerId: user.id,
})

/** The caller can access the group (their own §4 groups, or every group at level all). */
export const callerSees = (caller: Caller, groupId: string) => {
  const at = caller.tree.indexOf.get(groupId)
  if (at === undefined) return false
  return callerLevel(caller, 'admin.users:write') === 'all' || inRanges(caller.snapshot.ranges, at)
}

/**
 * Applies an access change to `before` (for a new user, `isNew` and a blank record) after every
 * guard of SPEC §4/§6; returns the user as it will be stored. Throws 403 `forbidden` (reasons
 * `self_change`, `exceeds_own_level`, or the engine's), 404 for an unknown group or role, 400
 * `role_unavailable`, `invalid_group_access` or `invalid_request`.
 */
export async function applyAccess(
  deps: AdminDeps,
  caller: Caller,
  before: UserRecord,
  change: AccessChange,
  isNew: boolean,
): Promise<UserRecord> {
  const tenantId = caller.principal.tenantId
  const db = deps.db
  const touchesAccess = ['roleId', 'homeGroupId', 'groups', 'addons', 'reports', 'status'].some(
    (k) => change[k as keyof AccessChange] !== undefined,
  )
  if (before.id === caller.principal.userId && touchesAccess) {
    throw new AppError('forbidden', 'nobody changes their own role, add-ons, access or status', {
      reason: 'self_change',
    })
  }
  if (!isNew) requireAllowed(caller, 'admin.users:write', userAsResource(before))
  const homeGroupId = change.homeGroupId ?? before.homeGroupId
  if (isNew || homeGroupId !== before.homeGroupId) {
    if (!caller.tree.indexOf.has(homeGroupId))
      throw new AppError('not_found', `no group "${homeGroupId}"`)
    requireAllowed(caller, 'admin.users:write', groupAsResource(homeGroupId))
  }
  const roleId = change.roleId ?? before.roleId
  if (isNew || roleId !== before.roleId) {
    const role = await findRole(db, tenantId, roleId)
    if (!role) throw new AppError('not_found', `no role "${roleId}"`)
    if (role.comingSoon) throw new AppError('role_unavailable', `"${roleId}" is coming soon`)
    requireWithinOwnLevels(
      caller,
      Object.entries(role.permissions).map(([p, e]) => [p, e.level] as const),
    )
  }
  const groups = change.groups ?? before.groups
  const stored = new Map(before.groups.map((g) => [g.groupId, g.allow]))
  const problems = groupEntryProblems(
    caller.tree,
    homeGroupId,
    groups,
    await grantScopeOf(db, tenantId),
    // An entry kept as it was is not a new grant by this writer.
    (groupId) =>
      stored.get(groupId) === groups.find((g) => g.groupId === groupId)?.allow ||
      callerSees(caller, groupId),
  )
  if (problems.length > 0) {
    throw new AppError(
      'invalid_group_access',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      {
        errors: problems,
      },
    )
  }
  const reports = {
    grant: change.reports?.grant ?? before.reports.grant,
    revoke: change.reports?.revoke ?? before.reports.revoke,
  }
  const both = reports.grant.filter((k) => reports.revoke.includes(k))
  if (both.length > 0) {
    throw new AppError('invalid_request', `granted and revoked at once: ${both.join(', ')}`)
  }
  return {
    ...before,
    roleId,
    homeGroupId,
    status: change.status ?? before.status,
    groups: groups.map((g) => ({ groupId: g.groupId, allow: g.allow })),
    addons: { ...before.addons, ...change.addons },
    reports,
  }
}
