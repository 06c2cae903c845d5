/**
 * @module The group tree as a console page reads it at 10,000 groups (SPEC §10, issue 9): the
 * structure and what the admin may read come from the caller's compiled tree (no row is read),
 * names only for the groups a page shows, and a name / id search in D1. The same groups
 * listGroups answers.
 */
import { inRanges, type TenantTree } from '../engine'
import { findGroupIds, groupNames } from '../repos/group-names-repo'
import { callerLevel, requireAllowed, type Caller } from './caller'
import type { AdminDeps } from './deps'

export interface ReadableTree {
  readonly tree: TenantTree
  /** Whether the caller may read the group at this preorder index. */
  readonly readable: (at: number) => boolean
  /** How many groups the caller may read. */
  readonly count: number
  readonly version: number
}

/** Most rows a search reads before keeping the readable ones. */
const SEARCH_SCAN = 2000

/**
 * The groups the caller may read, as listGroups filters them (all at level `all`, else the
 * caller's own); 403 without admin.groups:read.
 */
export function readableTree(caller: Caller): ReadableTree {
  requireAllowed(caller, 'admin.groups:read')
  const tree = caller.tree
  if (callerLevel(caller, 'admin.groups:read') === 'all') {
    return { tree, readable: () => true, count: tree.ids.length, version: caller.version }
  }
  const ranges = caller.snapshot.ranges
  let count = 0
  for (let i = 0; i < ranges.length; i += 2) count += ranges[i + 1]! - ranges[i]! + 1
  return { tree, readable: (at) => inRanges(ranges, at), count, version: caller.version }
}

/** id -> name of the given groups (those a page shows). */
export const groupNamesOf = (deps: AdminDeps, caller: Caller, ids: readonly string[]) =>
  groupNames(deps.db, caller.principal.tenantId, ids)

/**
 * Up to `limit` ids of readable groups whose name or id contains `text` (case-insensitive), by
 * id, and whether more match.
 */
export async function searchReadableGroups(
  deps: AdminDeps,
  caller: Caller,
  view: ReadableTree,
  text: string,
  limit: number,
): Promise<{ ids: string[]; more: boolean }> {
  const found = await findGroupIds(deps.db, caller.principal.tenantId, text, SEARCH_SCAN)
  const ids = found.filter((id) => {
    const at = view.tree.indexOf.get(id)
    return at !== undefined && view.readable(at)
  })
  return { ids: ids.slice(0, limit), more: ids.length > limit }
}
