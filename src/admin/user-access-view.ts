/**
 * @module Reads for Change Permissions (SPEC §10, seed 004): the form's roles, group tree (pages
 * of children, locks from the engine's group-entry rules), reports and add-ons, and what a Save
 * starts from. Guarded like showUser (admin.users:read over the user).
 */
import {
  REPORTS,
  REPORT_KEYS,
  maskHas,
  type Addon,
  type ReportKey,
  type RoleReport,
} from '../catalog'
import type { TenantTree } from '../engine'
import { AppError } from '../errors'
import { findGroupIds, groupNames } from '../repos/group-names-repo'
import { findRole, listRoles } from '../repos/roles-repo'
import { grantScopeOf, type UserRecord } from '../repos/users-repo'
import type { Caller } from './caller'
import type { AdminDeps } from './deps'
import {
  accessChildren,
  accessTree,
  childPage,
  listedGroups,
  openedGroups,
  type ChildPage,
  type GroupAccessBasis,
  type Opened,
} from './user-group-view'
import { pathIds, pathWithNames, target } from './user-view'

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
