/** @module User administration use cases (SPEC §4, §6): list, show, create, edit, delete. */
import type { z } from 'zod'
import { expandRanges } from '../engine'
import { AppError } from '../errors'
import * as repo from '../repos/users-repo'
import type { UserRecord } from '../repos/users-repo'
import type { AccessBody, UserCreateBody, UserListQuery, UserPatchBody } from '../schemas'
import { callerLevel, groupAsResource, requireAllowed, type Caller } from './caller'
import { commit, type Deleted, type Written } from './commit'
import type { AdminDeps } from './deps'
import { applyAccess, userAsResource } from './user-access'

export type UserListInput = z.output<typeof UserListQuery>
export type UserCreateInput = z.output<typeof UserCreateBody>
export type UserPatchInput = z.output<typeof UserPatchBody> & { readonly id: string }
export type UserAccessInput = z.output<typeof AccessBody> & { readonly id: string }

export interface UserAnswer {
  readonly user: UserRecord
  readonly version: number
}

export type UserPage = Awaited<ReturnType<typeof repo.listUsers>> & { readonly version: number }

async function userOr404(deps: AdminDeps, caller: Caller, id: string): Promise<UserRecord> {
  const user = await repo.findUser(deps.db, caller.principal.tenantId, id)
  if (!user) throw new AppError('not_found', `no user "${id}"`)
  return user
}

async function saveUser(
  deps: AdminDeps,
  caller: Caller,
  action: string,
  before: UserRecord | null,
  after: UserRecord,
): Promise<Written<UserAnswer>> {
  const { version, consistency } = await commit(deps, caller, {
    reach: 'user',
    changes: repo.writeUserStatements(deps.db, caller.principal.tenantId, after),
    audit: [{ action, targetType: 'user', targetId: after.id, before, after }],
  })
  return { value: { user: after, version }, consistency }
}

/**
 * A page of the users the caller may read: all at level `all`, else those homed in the caller's
 * groups; only `groupId`'s when given; only those whose id, email or name starts with `q` when
 * given. 403 without admin.users:read (on that group).
 */
export async function listUsers(
  deps: AdminDeps,
  caller: Caller,
  input: UserListInput,
): Promise<UserPage> {
  requireAllowed(caller, 'admin.users:read')
  const { cursor, limit = 50, groupId, q } = input
  if (groupId !== undefined) requireAllowed(caller, 'admin.users:read', groupAsResource(groupId))
  const everyone = callerLevel(caller, 'admin.users:read') === 'all'
  const homeGroupIds =
    groupId !== undefined
      ? [groupId]
      : everyone
        ? undefined
        : expandRanges(caller.tree, caller.snapshot.ranges)
  const page = await repo.listUsers(deps.db, caller.principal.tenantId, {
    ...(cursor === undefined ? {} : { cursor }),
    limit,
    ...(homeGroupIds === undefined ? {} : { homeGroupIds }),
    ...(q === undefined ? {} : { q }),
  })
  return { ...page, version: caller.version }
}

/** One user; 404 when the tenant has none, 403 without admin.users:read over them. */
export async function showUser(
  deps: AdminDeps,
  caller: Caller,
  input: { readonly id: string },
): Promise<UserAnswer> {
  const user = await userOr404(deps, caller, input.id)
  requireAllowed(caller, 'admin.users:read', userAsResource(user))
  return { user, version: caller.version }
}

/**
 * A new active user with the default add-ons (audited `user.create`). 409 `id_taken`; the
 * role, home group and guards as applyAccess.
 */
export async function createUser(
  deps: AdminDeps,
  caller: Caller,
  input: UserCreateInput,
): Promise<Written<UserAnswer>> {
  requireAllowed(caller, 'admin.users:write')
  if (await repo.findUser(deps.db, caller.principal.tenantId, input.id)) {
    throw new AppError('id_taken', `a user "${input.id}" exists`)
  }
  const blank: UserRecord = {
    id: input.id,
    name: input.name ?? input.id,
    email: input.email ?? null,
    roleId: input.roleId,
    homeGroupId: input.homeGroupId,
    status: 'active',
    addons: repo.newUserAddons(),
    groups: [],
    reports: { grant: [], revoke: [] },
  }
  const user = await applyAccess(deps, caller, blank, {}, true)
  return saveUser(deps, caller, 'user.create', null, user)
}

/**
 * Edits a user's name, email and access (audited `user.update`). 404 for an unknown user; the
 * access guards as applyAccess (anyone may edit their own name and email).
 */
export async function updateUser(
  deps: AdminDeps,
  caller: Caller,
  input: UserPatchInput,
): Promise<Written<UserAnswer>> {
  const { id, name, email, ...access } = input
  const before = await userOr404(deps, caller, id)
  const changed = await applyAccess(deps, caller, before, access, false)
  const after = {
    ...changed,
    name: name ?? before.name,
    email: email === undefined ? before.email : email,
  }
  return saveUser(deps, caller, 'user.update', before, after)
}

/** Changes a user's access (audited `user.access`); errors as updateUser. */
export async function setUserAccess(
  deps: AdminDeps,
  caller: Caller,
  input: UserAccessInput,
): Promise<Written<UserAnswer>> {
  const { id, ...access } = input
  const before = await userOr404(deps, caller, id)
  const after = await applyAccess(deps, caller, before, access, false)
  return saveUser(deps, caller, 'user.access', before, after)
}

/**
 * Deletes a user (audited `user.delete`). 404 for an unknown user, 403 without
 * admin.users:delete over them or (reason `self_change`) for the caller themselves.
 */
export async function deleteUser(
  deps: AdminDeps,
  caller: Caller,
  input: { readonly id: string },
): Promise<Written<Deleted>> {
  const user = await userOr404(deps, caller, input.id)
  requireAllowed(caller, 'admin.users:delete', userAsResource(user))
  if (user.id === caller.principal.userId) {
    throw new AppError('forbidden', 'nobody deletes themselves', { reason: 'self_change' })
  }
  const { version, consistency } = await commit(deps, caller, {
    reach: 'user',
    changes: repo.deleteUserStatements(deps.db, caller.principal.tenantId, user.id),
    audit: [
      { action: 'user.delete', targetType: 'user', targetId: user.id, before: user, after: null },
    ],
  })
  return { value: { deleted: user.id, version }, consistency }
}
