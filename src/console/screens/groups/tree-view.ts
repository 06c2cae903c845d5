/**
 * @module The group tree as the console shows it (SPEC §10, issue 9): the groups an admin may
 * read, indexed once, opened only along the path to one group, and searched by name or id.
 */
import type { GroupView } from '../../../admin/group-view'

/** The readable groups indexed by id and by parent (the nearest readable one). */
export interface GroupIndex {
  readonly byId: ReadonlyMap<string, GroupView>
  /** Child ids of each readable group in tree order; `''` holds the top groups. */
  readonly children: ReadonlyMap<string, readonly string[]>
}

/** At most this many search results are shown; the search says when there are more. */
export const SEARCH_LIMIT = 50

/**
 * Indexes `groups` (tree order, as listGroups answers). A group whose parent the admin cannot read
 * is a top group, the way listGroups nests them.
 */
export function indexGroups(groups: readonly GroupView[]): GroupIndex {
  const byId = new Map(groups.map((g) => [g.id, g]))
  const children = new Map<string, string[]>()
  for (const g of groups) {
    const parent = g.parentId !== null && byId.has(g.parentId) ? g.parentId : ''
    const list = children.get(parent)
    if (list) list.push(g.id)
    else children.set(parent, [g.id])
  }
  return { byId, children }
}

export const childrenOf = (index: GroupIndex, id: string): readonly string[] =>
  index.children.get(id) ?? []

export const topGroups = (index: GroupIndex) => childrenOf(index, '')

/** The readable groups from the top down to `id` (itself included); empty when unknown. */
export function pathTo(index: GroupIndex, id: string): GroupView[] {
  const path: GroupView[] = []
  for (let g = index.byId.get(id); g; g = g.parentId ? index.byId.get(g.parentId) : undefined) {
    path.unshift(g)
  }
  return path
}

/**
 * The groups whose children are shown: the top groups (so the first level below them is
 * visible) and every group on the path to `open`, `open` included.
 */
export function expandedFor(index: GroupIndex, open: string | undefined): ReadonlySet<string> {
  const expanded = new Set(topGroups(index))
  if (open !== undefined) for (const g of pathTo(index, open)) expanded.add(g.id)
  return expanded
}

/**
 * Where a page of `size` children of `id` starts so that it holds the first child for which
 * `wanted` is true (the way down to the open group); 0 when none is.
 */
export function pageStart(
  index: GroupIndex,
  id: string,
  wanted: (child: string) => boolean,
  size: number,
): number {
  const at = childrenOf(index, id).findIndex(wanted)
  return at < 0 ? 0 : at - (at % size)
}

export interface SearchHit {
  readonly group: GroupView
  readonly path: readonly GroupView[]
}

/** Groups whose name or id contains `query` (case-insensitive), up to SEARCH_LIMIT, with paths. */
export function searchGroups(
  index: GroupIndex,
  query: string,
): { hits: SearchHit[]; more: boolean } {
  const needle = query.trim().toLowerCase()
  const hits: SearchHit[] = []
  if (needle === '') return { hits, more: false }
  for (const g of index.byId.values()) {
    if (!g.name.toLowerCase().includes(needle) && !g.id.toLowerCase().includes(needle)) continue
    if (hits.length === SEARCH_LIMIT) return { hits, more: true }
    hits.push({ group: g, path: pathTo(index, g.id) })
  }
  return { hits, more: false }
}
