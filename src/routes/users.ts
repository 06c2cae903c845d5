/** @module User administration: /v1/users and /v1/users/:id/access (SPEC §4, §6). */
import { Hono, type Context } from 'hono'
import { expandRanges, groupEntryProblems, inRanges, type Resource } from '../engine'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { readJson } from '../middleware/read-json'
import { findRole } from '../repos/roles-repo'
import {
  deleteUserStatements,
  findUser,
  grantScopeOf,
  listUsers,
  newUserAddons,
  writeUserStatements,
  type UserRecord,
} from '../repos/users-repo'
import {
  callerLevel,
  commit,
  groupAsResource,
  loadCaller,
  requireAllowed,
  requireWithinOwnLevels,
  type Caller,
} from './admin-context'
import { dataDeps } from './http-deps'
import { pathId } from './path-id'
import { AccessBody, UserCreateBody, UserListQuery, UserPatchBody, validated } from '../schemas'
import type { z } from 'zod'

const asResource = (user: UserRecord): Resource => ({
  type: 'user',
  id: user.id,
  groupId: user.homeGroupId,
  ownerId: user.id,
})

type AccessChange = z.output<typeof AccessBody> & Pick<z.output<typeof UserPatchBody>, 'status'>

async function userOr404(c: Context<AppEnv>, caller: Caller, id: string): Promise<UserRecord> {
  const user = await findUser(dataDeps(c).db, caller.principal.tenantId, id)
  if (!user) throw new AppError('not_found', `no user "${id}"`)
  return user
}

/** The caller can access the group (their own §4 groups, or every group at level all). */
const callerSees = (caller: Caller, groupId: string) => {
  const at = caller.tree.indexOf.get(groupId)
  if (at === undefined) return false
  return callerLevel(caller, 'admin.users:write') === 'all' || inRanges(caller.snapshot.ranges, at)
}

/**
 * Applies an access change to `before` (for a new user, `isNew` and a blank record) after every
 * guard of SPEC §4/§6; returns the user as it will be stored.
 */
async function applyAccess(
  c: Context<AppEnv>,
  caller: Caller,
  before: UserRecord,
  change: AccessChange,
  isNew: boolean,
): Promise<UserRecord> {
  const tenantId = caller.principal.tenantId
  const db = dataDeps(c).db
  const touchesAccess = ['roleId', 'homeGroupId', 'groups', 'addons', 'reports', 'status'].some(
    (k) => change[k as keyof AccessChange] !== undefined,
  )
  if (before.id === caller.principal.userId && touchesAccess) {
    throw new AppError('forbidden', 'nobody changes their own role, add-ons, access or status', {
      reason: 'self_change',
    })
  }
  if (!isNew) requireAllowed(caller, 'admin.users:write', asResource(before))
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

async function saveUser(
  c: Context<AppEnv>,
  caller: Caller,
  action: string,
  before: UserRecord | null,
  after: UserRecord,
) {
  const db = dataDeps(c).db
  const version = await commit(c, caller, {
    reach: 'user',
    changes: writeUserStatements(db, caller.principal.tenantId, after),
    audit: [{ action, targetType: 'user', targetId: after.id, before, after }],
  })
  return { user: after, version }
}

export const userRoutes = new Hono<AppEnv>()
  .get('/users', async (c) => {
    const query = validated(c.req.query(), UserListQuery)
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.users:read')
    const { cursor, limit = 50, groupId } = query
    if (groupId !== undefined) requireAllowed(caller, 'admin.users:read', groupAsResource(groupId))
    const everyone = callerLevel(caller, 'admin.users:read') === 'all'
    const homeGroupIds =
      groupId !== undefined
        ? [groupId]
        : everyone
          ? undefined
          : expandRanges(caller.tree, caller.snapshot.ranges)
    const page = await listUsers(dataDeps(c).db, caller.principal.tenantId, {
      ...(cursor === undefined ? {} : { cursor }),
      limit,
      ...(homeGroupIds === undefined ? {} : { homeGroupIds }),
    })
    return c.json({ ...page, version: caller.version })
  })
  .get('/users/:id', async (c) => {
    const caller = await loadCaller(c)
    const user = await userOr404(c, caller, pathId(c, 'id'))
    requireAllowed(caller, 'admin.users:read', asResource(user))
    return c.json({ user, version: caller.version })
  })
  .post('/users', async (c) => {
    const body = await readJson(c, UserCreateBody)
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.users:write')
    if (await findUser(dataDeps(c).db, caller.principal.tenantId, body.id)) {
      throw new AppError('id_taken', `a user "${body.id}" exists`)
    }
    const blank: UserRecord = {
      id: body.id,
      name: body.name ?? body.id,
      email: body.email ?? null,
      roleId: body.roleId,
      homeGroupId: body.homeGroupId,
      status: 'active',
      addons: newUserAddons(),
      groups: [],
      reports: { grant: [], revoke: [] },
    }
    const user = await applyAccess(c, caller, blank, {}, true)
    c.header('Location', `/v1/users/${user.id}`)
    return c.json(await saveUser(c, caller, 'user.create', null, user), 201)
  })
  .patch('/users/:id', async (c) => {
    const body = await readJson(c, UserPatchBody)
    const caller = await loadCaller(c)
    const before = await userOr404(c, caller, pathId(c, 'id'))
    const { name, email, ...access } = body
    const changed = await applyAccess(c, caller, before, access, false)
    const after = {
      ...changed,
      name: name ?? before.name,
      email: email === undefined ? before.email : email,
    }
    return c.json(await saveUser(c, caller, 'user.update', before, after))
  })
  .put('/users/:id/access', async (c) => {
    const body = await readJson(c, AccessBody)
    const caller = await loadCaller(c)
    const before = await userOr404(c, caller, pathId(c, 'id'))
    const after = await applyAccess(c, caller, before, body, false)
    return c.json(await saveUser(c, caller, 'user.access', before, after))
  })
  .delete('/users/:id', async (c) => {
    const caller = await loadCaller(c)
    const user = await userOr404(c, caller, pathId(c, 'id'))
    requireAllowed(caller, 'admin.users:delete', asResource(user))
    if (user.id === caller.principal.userId) {
      throw new AppError('forbidden', 'nobody deletes themselves', { reason: 'self_change' })
    }
    const version = await commit(c, caller, {
      reach: 'user',
      changes: deleteUserStatements(dataDeps(c).db, caller.principal.tenantId, user.id),
      audit: [
        { action: 'user.delete', targetType: 'user', targetId: user.id, before: user, after: null },
      ],
    })
    return c.json({ deleted: user.id, version })
  })
