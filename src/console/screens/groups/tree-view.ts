/**
 * @module The group tree as the console shows it (SPEC §10, issue 9): the groups an admin may
 * read (structure from the compiled tree), opened only along the path to one group, child lists
 * in pages, and the ids a page shows — the only groups whose names are read.
 */
import type { ReadableTree } from '../../../admin/group-tree-read'

/** At most this many children of one group are rendered at once; "Show more" loads the next. */
export const CHILD_PAGE = 100

/** The readable tree with the names of the groups a page shows. */
export interface GroupIndex extends ReadableTree {
  readonly names: ReadonlyMap<string, string>
  /** Readable children per preorder index, computed when first asked. */
  readonly memo: Map<number, readonly string[]>
}

/** A group as a row shows it. */
export interface ShownGroup {
  readonly id: string
  readonly name: string
  readonly parentId: string | null
}

export const indexOf = (view: ReadableTree, names: ReadonlyMap<string, string> = new Map()) => ({
  ...view,
  names,
  memo: new Map<number, readonly string[]>(),
})

/** Whether the admin may read `id`. */
export function readableId(index: GroupIndex, id: string): boolean {
  const at = index.tree.indexOf.get(id)
  return at !== undefined && index.readable(at)
}

export function groupOf(index: GroupIndex, id: string): ShownGroup {
  const at = index.tree.indexOf.get(id)!
  const parent = index.tree.parents[at]!
  return {
    id,
    name: index.names.get(id) ?? id,
    parentId: parent < 0 ? null : index.tree.ids[parent]!,
  }
}

/** The readable children of `id` in tree order. */
export function childrenOf(index: GroupIndex, id: string): readonly string[] {
  const at = index.tree.indexOf.get(id)
  if (at === undefined) return []
  const known = index.memo.get(at)
  if (known) return known
  const { tree } = index
  const out: string[] = []
  for (let child = at + 1; child <= tree.ends[at]!; child = tree.ends[child]! + 1) {
    if (index.readable(child)) out.push(tree.ids[child]!)
  }
  index.memo.set(at, out)
  return out
}

/** Readable groups whose parent is not readable (the root, for a tenant-wide admin). */
export function topGroups(index: GroupIndex): readonly string[] {
  const { tree } = index
  const out: string[] = []
  for (let at = 0; at < tree.ids.length; at++) {
    const parent = tree.parents[at]!
    if (index.readable(at) && (parent < 0 || !index.readable(parent))) out.push(tree.ids[at]!)
  }
  return out
}

/** The readable groups from the top down to `id` (itself included); empty when unreadable. */
export function pathTo(index: GroupIndex, id: string): string[] {
  const path: string[] = []
  const { tree } = index
  for (let at = tree.indexOf.get(id) ?? -1; at >= 0 && index.readable(at); at = tree.parents[at]!) {
    path.unshift(tree.ids[at]!)
  }
  return path
}

/**
 * The groups whose children are shown: the top groups (so the first level below them is
 * visible) and every group on the path to `open`, `open` included.
 */
export function expandedFor(index: GroupIndex, open: string | undefined): ReadonlySet<string> {
  const expanded = new Set(topGroups(index))
  if (open !== undefined) for (const id of pathTo(index, open)) expanded.add(id)
  return expanded
}

/** What a page is opened at: the expanded groups, the current one, its list's start. */
export interface Opening {
  readonly expanded: ReadonlySet<string>
  readonly current?: string | undefined
  readonly from?: number | undefined
}

/**
 * Where the shown page of `id`'s children starts: `from` for the current group, else the page
 * that holds the way down to the current group (0 when none does).
 */
export function childStart(index: GroupIndex, id: string, opening: Opening): number {
  if (id === opening.current && opening.from !== undefined) return opening.from
  const at = childrenOf(index, id).findIndex((child) => opening.expanded.has(child))
  return at < 0 ? 0 : at - (at % CHILD_PAGE)
}

/** The groups a page opened so shows: the top groups and the shown pages of expanded lists. */
export function shownIds(index: GroupIndex, opening: Opening): string[] {
  const shown = new Set(topGroups(index))
  for (const id of opening.expanded) {
    const start = childStart(index, id, opening)
    for (const child of childrenOf(index, id).slice(start, start + CHILD_PAGE)) shown.add(child)
  }
  return [...shown]
}
