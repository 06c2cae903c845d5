/** @module Group administration use cases (SPEC §4, §6): the tree, create, rename, move, delete. */
import type { z } from 'zod'
import { isInSubtree } from '../engine'
import { AppError } from '../errors'
import * as repo from '../repos/groups-repo'
import type { GroupRecord } from '../repos/groups-repo'
import type { GroupCreateBody, GroupPatchBody } from '../schemas'
import { groupAsResource, requireAllowed, type Caller } from './caller'
import { commit, type Deleted, type Written } from './commit'
import { readableTree } from './group-tree-read'
import type { AdminDeps } from './deps'
import { groupView, nest, pathOf, rowsOf, type GroupView, type TreeNode } from './group-view'
import { slugId } from './slug-id'

export type GroupCreateInput = z.output<typeof GroupCreateBody>
export type GroupPatchInput = z.output<typeof GroupPatchBody> & { readonly id: string }

export interface GroupTree {
  readonly groups: GroupView[]
  readonly tree: TreeNode[]
  readonly version: number
}

export interface GroupDetail {
  readonly group: GroupView & { readonly path: string[]; readonly children: string[] }
  readonly version: number
}

export interface GroupAnswer {
  readonly group: GroupRecord
  readonly version: number
}

async function groupOr404(deps: AdminDeps, caller: Caller, id: string): Promise<GroupRecord> {
  const group = await repo.findGroup(deps.db, caller.principal.tenantId, id)
  if (!group) throw new AppError('not_found', `no group "${id}"`)
  return group
}

/**
 * The groups the caller may read, flat and nested (all at level `all`, else the caller's own);
 * 403 without admin.groups:read.
 */
export async function listGroups(deps: AdminDeps, caller: Caller): Promise<GroupTree> {
  const view = readableTree(caller)
  const all = await repo.listGroups(deps.db, caller.principal.tenantId)
  const known = all.filter((g) => {
    const at = caller.tree.indexOf.get(g.id)
    return at !== undefined && view.readable(at)
  })
  return {
    groups: known.map((g) => groupView(caller.tree, g)),
    tree: nest(caller.tree, known),
    version: caller.version,
  }
}

/** One group with its path and children; 404 when unknown, 403 without admin.groups:read on it. */
export async function showGroup(
  deps: AdminDeps,
  caller: Caller,
  input: { readonly id: string },
): Promise<GroupDetail> {
  const group = await groupOr404(deps, caller, input.id)
  requireAllowed(caller, 'admin.groups:read', groupAsResource(group.id))
  const at = caller.tree.indexOf.get(group.id)!
  const children = caller.tree.ids.filter((_, i) => caller.tree.parents[i] === at)
  return {
    group: { ...groupView(caller.tree, group), path: pathOf(caller.tree, group.id), children },
    version: caller.version,
  }
}

/**
 * A new group below `parentId` (audited `group.create`). 404 for an unknown parent, 403 without
 * admin.groups:write on it, 409 `id_taken`.
 */
export async function createGroup(
  deps: AdminDeps,
  caller: Caller,
  input: GroupCreateInput,
): Promise<Written<GroupAnswer>> {
  await groupOr404(deps, caller, input.parentId)
  requireAllowed(caller, 'admin.groups:write', groupAsResource(input.parentId))
  const id = input.id ?? slugId(input.name, 'group')
  if (caller.tree.indexOf.has(id)) throw new AppError('id_taken', `a group "${id}" exists`)
  const group = { id, name: input.name, parentId: input.parentId }
  const { version, consistency } = await commit(deps, caller, {
    reach: 'structure',
    changes: repo.createGroupStatements(deps.db, caller.principal.tenantId, group, [
      ...rowsOf(caller.tree),
      group,
    ]),
    audit: [
      { action: 'group.create', targetType: 'group', targetId: id, before: null, after: group },
    ],
  })
  return { value: { group, version }, consistency }
}

/**
 * Renames and/or moves a group (audited `group.rename` / `group.move`); a patch that changes
 * nothing writes nothing and has no consistency token. 404 for an unknown group or parent, 403
 * without admin.groups:write on the group (and the new parent), 400 `group_cycle`.
 */
export async function updateGroup(
  deps: AdminDeps,
  caller: Caller,
  input: GroupPatchInput,
): Promise<Written<GroupAnswer>> {
  const group = await groupOr404(deps, caller, input.id)
  requireAllowed(caller, 'admin.groups:write', groupAsResource(group.id))
  const tenantId = caller.principal.tenantId
  const changes = []
  if (input.name !== undefined && input.name !== group.name) {
    changes.push(repo.renameGroupStatement(deps.db, tenantId, group.id, input.name))
  }
  const moving = input.parentId !== undefined && input.parentId !== group.parentId
  if (moving) {
    const parentId = input.parentId!
    if (group.parentId === null) throw new AppError('group_cycle', 'the root group cannot move')
    await groupOr404(deps, caller, parentId)
    requireAllowed(caller, 'admin.groups:write', groupAsResource(parentId))
    const tree = caller.tree
    if (isInSubtree(tree, tree.indexOf.get(group.id)!, tree.indexOf.get(parentId)!)) {
      throw new AppError('group_cycle', `"${parentId}" is inside "${group.id}"`)
    }
    const after = rowsOf(tree).map((g) => (g.id === group.id ? { ...g, parentId } : g))
    changes.push(...repo.moveGroupStatements(deps.db, tenantId, group.id, parentId, after))
  }
  const updated = {
    ...group,
    name: input.name ?? group.name,
    parentId: input.parentId ?? group.parentId,
  }
  if (changes.length === 0) {
    return { value: { group: updated, version: caller.version }, consistency: undefined }
  }
  const { version, consistency } = await commit(deps, caller, {
    reach: 'structure',
    changes,
    audit: [
      {
        action: moving ? 'group.move' : 'group.rename',
        targetType: 'group',
        targetId: group.id,
        before: group,
        after: updated,
      },
    ],
  })
  return { value: { group: updated, version }, consistency }
}

/**
 * Deletes an empty group (audited `group.delete`). 404 when unknown, 403 without
 * admin.groups:delete on it, 409 `group_not_empty` for the root or a group with children or home
 * users.
 */
export async function deleteGroup(
  deps: AdminDeps,
  caller: Caller,
  input: { readonly id: string },
): Promise<Written<Deleted>> {
  const group = await groupOr404(deps, caller, input.id)
  requireAllowed(caller, 'admin.groups:delete', groupAsResource(group.id))
  const tenantId = caller.principal.tenantId
  const occupancy = await repo.groupOccupancy(deps.db, tenantId, group.id)
  if (group.parentId === null || occupancy.children > 0 || occupancy.homeUsers > 0) {
    const what =
      group.parentId === null
        ? 'it is the root group'
        : `${occupancy.children} child group(s), ${occupancy.homeUsers} home user(s)`
    throw new AppError('group_not_empty', what, occupancy)
  }
  const after = rowsOf(caller.tree).filter((g) => g.id !== group.id)
  const { version, consistency } = await commit(deps, caller, {
    reach: 'structure',
    changes: repo.deleteGroupStatements(deps.db, tenantId, group.id, after),
    audit: [
      {
        action: 'group.delete',
        targetType: 'group',
        targetId: group.id,
        before: group,
        after: null,
      },
    ],
  })
  return { value: { deleted: group.id, version }, consistency }
}
