/**
 * @module Reads for the console's user page and Change Permissions (SPEC §10): a user's effective
 * permissions with their sources (the engine's me() over the user's fresh data), and what the
 * access form shows. Guarded like showUser (admin.users:read over the user).
 */
import {
  PERMISSION_BY_KEY,
  REPORTS,
  REPORT_KEYS,
  maskHas,
  type Addon,
  type Level,
  type ReportKey,
  type RoleReport,
} from '../catalog'
import { loadFresh } from '../cache/authz-data'
import {
  compileSnapshot,
  me,
  permissionEntry,
  type MeView,
  type Snapshot,
  type TenantTree,
} from '../engine'
import { AppError } from '../errors'
import { loadUserRows } from '../repos/authz-rows-repo'
import { findGroupIds, groupNames } from '../repos/group-names-repo'
import { findRole, listRoles } from '../repos/roles-repo'
import { grantScopeOf, type UserRecord } from '../repos/users-repo'
import type { Caller } from './caller'
import type { AdminDeps } from './deps'
import { pathOf } from './group-view'
import {
  accessChildren,
  accessTree,
  childPage,
  listedGroups,
  type ChildPage,
  openedGroups,
  type Opened,
  type GroupAccessBasis,
} from './user-group-view'
import { showUser } from './users'

/** One cell of the effective-permissions matrix and where its level comes from. */
export interface PermissionCell {
  readonly key: string
  readonly action: string
  /** The level `/v1/me` reports for the user. */
  readonly level: Level
  /** The level the role's entry gives. */
  readonly roleLevel: Level
  /** The add-on the role's entry requires, if any. */
  readonly requires: Addon | undefined
  /** Set when that add-on is off, so the level is `none` (a check says `addon_required`). */
  readonly blockedBy: Addon | undefined
}

export interface PermissionRow {
  readonly module: string
  readonly submodule: string
  readonly cells: readonly PermissionCell[]
}

interface TargetData {
  readonly user: UserRecord
  readonly snapshot: Snapshot
  readonly tree: TenantTree
}

/**
 * The user (404 / 403 as showUser) and their compiled data as D1 holds it now: compiled against
 * the caller's tree when the structure has not changed since it was read (one small statement),
 * else read whole like any fresh load.
 */
async function target(deps: AdminDeps, caller: Caller, id: string): Promise<TargetData> {
  const tenantId = caller.principal.tenantId
  const { user } = await showUser(deps, caller, { id })
  const read = await loadUserRows(deps.db, tenantId, id, false)
  if (read.rows !== null && read.structureVersion === caller.tree.version) {
    return { user, snapshot: compileSnapshot(read.rows, caller.tree), tree: caller.tree }
  }
  const data = await loadFresh(deps, tenantId, id)
  if (data.snapshot === null) throw new AppError('not_found', `no user "${id}"`)
  return { user, snapshot: data.snapshot, tree: data.tree }
}

/** A group's path from the root, itself included. */
const pathIds = (tree: TenantTree, id: string) =>
  tree.indexOf.has(id) ? [...pathOf(tree, id), id] : [id]

const pathWithNames = (tree: TenantTree, names: ReadonlyMap<string, string>, id: string) =>
  pathIds(tree, id).map((g) => ({ id: g, name: names.get(g) ?? g }))

/** The `/v1/me` matrix of a user, each cell with its source. */
function permissionRows(view: MeView, snapshot: Snapshot): PermissionRow[] {
  const rows: PermissionRow[] = []
  for (const module of view.modules) {
    for (const [submodule, actions] of Object.entries(module.submodules)) {
      const cells = Object.entries(actions).map(([action, level]): PermissionCell => {
        const key = `${module.key}.${submodule}:${action}`
        const entry = permissionEntry(snapshot, PERMISSION_BY_KEY.get(key)!)
        return {
          key,
          action,
          level,
          roleLevel: entry.level,
          requires: entry.requires,
          blockedBy: view.addonRequired[key],
        }
      })
      rows.push({ module: module.key, submodule, cells })
    }
  }
  return rows
}

/**
 * The user page: the user, their role's name, home group path and the effective permissions
 * (`/v1/me` for that user) with sources. 404 for an unknown user, 403 without admin.users:read
 * over them.
 */
export async function showUserPermissions(
  deps: AdminDeps,
  caller: Caller,
  input: { readonly id: string },
) {
  const { user, snapshot, tree } = await target(deps, caller, input.id)
  const view = me(snapshot, tree)
  const names = await groupNames(
    deps.db,
    caller.principal.tenantId,
    pathIds(tree, user.homeGroupId),
  )
  return {
    user,
    role: snapshot.role,
    homePath: pathWithNames(tree, names, user.homeGroupId),
    reports: view.reports,
    groupCount: view.groups.length,
    permissions: permissionRows(view, snapshot),
    version: caller.version,
  }
}

export type UserPermissions = Awaited<ReturnType<typeof showUserPermissions>>

/** A report row of Reporting Access. */
export interface ReportRow {
  readonly key: ReportKey
  /** The user has the report now. */
  readonly checked: boolean
  readonly state: 'Role default' | 'Granted' | 'Revoked'
}

/** The role's default reports for a user with these add-ons. */
export const roleDefaultReports = (
  reports: readonly RoleReport[],
  addons: Readonly<Record<Addon, boolean>>,
): Set<string> =>
  new Set(reports.filter((r) => r.requires === undefined || addons[r.requires]).map((r) => r.key))

/**
 * The group nodes' basis for the user, with the names of `ids(tree)` (plus the home group's
 * path): only the groups a view lists are read, not the tenant's every group.
 */
async function accessBasis(
  deps: AdminDeps,
  caller: Caller,
  id: string,
  ids: (tree: TenantTree, user: UserRecord) => readonly string[],
) {
  const tenantId = caller.principal.tenantId
  const { user, snapshot, tree } = await target(deps, caller, id)
  const wanted = [...ids(tree, user), ...pathIds(tree, user.homeGroupId)]
  const [names, grantScope] = await Promise.all([
    groupNames(deps.db, tenantId, wanted),
    grantScopeOf(deps.db, tenantId),
  ])
  const basis: GroupAccessBasis = {
    caller,
    tree,
    homeGroupId: user.homeGroupId,
    entries: user.groups,
    grantScope,
    names,
  }
  return { user, snapshot, tree, names, basis }
}

/** Up to 20 groups whose name or id contains `text`, each with its path. */
async function foundGroups(deps: AdminDeps, caller: Caller, tree: TenantTree, text: string) {
  const tenantId = caller.principal.tenantId
  const ids = (await findGroupIds(deps.db, tenantId, text, 20)).filter((g) => tree.indexOf.has(g))
  const names = await groupNames(
    deps.db,
    tenantId,
    ids.flatMap((g) => pathIds(tree, g)),
  )
  return ids.map((g) => ({ id: g, path: pathWithNames(tree, names, g) }))
}

/**
 * The Change Permissions form: roles (coming-soon ones flagged), the home group's path, the group
 * tree (collapsed below the first level, `open` groups expanded), reports of enabled products and
 * add-ons; with `find`, the groups whose name or id contains it. 404 / 403 as showUser.
 */
export async function showUserAccess(
  deps: AdminDeps,
  caller: Caller,
  input: {
    readonly id: string
    readonly open?: readonly string[]
    readonly find?: string
    /** List this group's children from a later page (a Show more without script). */
    readonly page?: { readonly groupId: string; readonly from: number }
  },
) {
  let opened: Opened = { expanded: new Set(), pinned: new Set(), from: new Map() }
  const find = input.find?.trim()
  const [{ user, snapshot, tree, names, basis }, roles] = await Promise.all([
    accessBasis(deps, caller, input.id, (t, u) => {
      opened = openedGroups(t, u.homeGroupId, u.groups, input.open ?? [], input.page)
      return listedGroups(t, opened)
    }),
    listRoles(deps.db, caller.principal.tenantId),
  ])
  const found = find ? await foundGroups(deps, caller, tree, find) : undefined
  const role = roles.find((r) => r.id === user.roleId)
  const defaults = roleDefaultReports(role?.reports ?? [], user.addons)
  const reports: ReportRow[] = REPORT_KEYS.filter((k) =>
    maskHas(snapshot.products, REPORTS[k]),
  ).map((key) => ({
    key,
    checked: snapshot.reports.includes(key),
    state: user.reports.grant.includes(key)
      ? 'Granted'
      : user.reports.revoke.includes(key)
        ? 'Revoked'
        : 'Role default',
  }))
  return {
    user,
    roles: roles.map((r) => ({ id: r.id, name: r.name, comingSoon: r.comingSoon })),
    homePath: pathWithNames(tree, names, user.homeGroupId),
    groups: accessTree(basis, opened),
    defaults: [...defaults],
    reports,
    found,
    version: caller.version,
  }
}

export type UserAccessView = Awaited<ReturnType<typeof showUserAccess>>

/**
 * A page of one group's children in the Change Permissions tree (an expand: `from` 0; a Show
 * more: `from` and the `skip` it names). 404 for an unknown group, 404 / 403 as showUser.
 */
export async function showUserAccessChildren(
  deps: AdminDeps,
  caller: Caller,
  input: {
    readonly id: string
    readonly groupId: string
    readonly from: number
    readonly skip: readonly string[]
  },
) {
  let page: ChildPage = { children: [], more: undefined }
  const { basis } = await accessBasis(deps, caller, input.id, (tree, user) => {
    const at = tree.indexOf.get(input.groupId)
    if (at === undefined) return [input.groupId]
    const { pinned } = openedGroups(tree, user.homeGroupId, user.groups, [])
    page = childPage(
      tree,
      at,
      input.from,
      new Set(input.skip),
      input.from === 0 ? pinned : new Set(),
    )
    return [input.groupId, ...page.children.map((child) => tree.ids[child]!)]
  })
  if (!basis.tree.indexOf.has(input.groupId)) {
    throw new AppError('not_found', `no group "${input.groupId}"`)
  }
  return { ...accessChildren(basis, page), name: basis.names.get(input.groupId) ?? input.groupId }
}

/**
 * What a Save starts from: the stored user, the tree, and the default reports of a role for
 * given add-ons. 404 / 403 as showUser; 404 for an unknown role.
 */
export async function userAccessStart(
  deps: AdminDeps,
  caller: Caller,
  input: { readonly id: string },
) {
  const { user, tree } = await target(deps, caller, input.id)
  const defaultsOf = async (roleId: string, addons: Readonly<Record<Addon, boolean>>) => {
    const role = await findRole(deps.db, caller.principal.tenantId, roleId)
    return roleDefaultReports(role?.reports ?? [], addons)
  }
  return { user, tree, defaultsOf }
}
