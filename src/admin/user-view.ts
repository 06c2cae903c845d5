/**
 * @module Reads for the console's user page (SPEC §10): a user's effective permissions with their
 * sources (the engine's me() over the user's fresh data), home group path and reports. Guarded
 * like showUser (admin.users:read over the user).
 */
import { PERMISSION_BY_KEY, type Addon, type Level } from '../catalog'
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
import { groupNames } from '../repos/group-names-repo'
import type { UserRecord } from '../repos/users-repo'
import type { Caller } from './caller'
import type { AdminDeps } from './deps'
import { pathOf } from './group-view'
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

export interface TargetData {
  readonly user: UserRecord
  readonly snapshot: Snapshot
  readonly tree: TenantTree
}

/**
 * The user (404 / 403 as showUser) and their compiled data as D1 holds it now: compiled against
 * the caller's tree when the structure has not changed since it was read (one small statement),
 * else read whole like any fresh load.
 */
export async function target(deps: AdminDeps, caller: Caller, id: string): Promise<TargetData> {
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
export const pathIds = (tree: TenantTree, id: string) =>
  tree.indexOf.has(id) ? [...pathOf(tree, id), id] : [id]

export const pathWithNames = (tree: TenantTree, names: ReadonlyMap<string, string>, id: string) =>
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
