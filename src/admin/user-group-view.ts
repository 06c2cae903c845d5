/**
 * @module A user's Group Access as the Change Permissions tree shows it (SPEC §4, §10): per group,
 * whether the user sees it, whether it carries its own entry, and — from the engine's own
 * group-entry rules — why the box cannot be toggled.
 */
import {
  compileAccessRanges,
  groupEntryProblems,
  inRanges,
  isInSubtree,
  type GrantScope,
  type GroupEntry,
  type TenantTree,
} from '../engine'
import type { Caller } from './caller'
import { callerSees } from './user-access'

/** Why a box is disabled; the console shows exactly these words first (SPEC §10). */
export type GroupLock =
  'Home group' | 'Ancestor of the home group' | 'Outside your groups' | 'Outside the grant scope'

export interface AccessNode {
  readonly id: string
  readonly name: string
  readonly depth: number
  readonly hasChildren: boolean
  /** The user sees the group now. */
  readonly checked: boolean
  /** The group's own stored entry, if any. */
  readonly entry: boolean | undefined
  /** Visible without an own entry, through the home group or an entry above. */
  readonly inherited: 'home' | 'entry' | undefined
  /** Set when the engine would refuse the toggle (an allow when unchecked, else a deny). */
  readonly lock: GroupLock | undefined
  /** The engine's own words for the refusal. */
  readonly lockDetail: string | undefined
  /** Children, when they are loaded; undefined = collapsed. */
  readonly children: readonly AccessNode[] | undefined
  /** When the children listed are one page of more: where the next page starts. */
  readonly more: ChildPage['more']
}

/** What the group nodes of one user are computed from. */
export interface GroupAccessBasis {
  readonly caller: Caller
  readonly tree: TenantTree
  readonly homeGroupId: string
  readonly entries: readonly GroupEntry[]
  readonly grantScope: GrantScope
  readonly names: ReadonlyMap<string, string>
}

/** Preorder indexes of a group's children. */
export function childrenOf(tree: TenantTree, at: number): number[] {
  const out: number[] = []
  for (let child = at + 1; child <= tree.ends[at]!; child = tree.ends[child]! + 1) out.push(child)
  return out
}

/** The groups the writer may put an entry on (as the use case's guard counts them). */
const writerSees = (caller: Caller, tree: TenantTree, groupId: string): boolean =>
  tree.indexOf.has(groupId) && callerSees(caller, groupId)

/**
 * Visibility per preorder position under `entries`, and the refusal of one toggle: the engine's
 * groupEntryProblems decides, the tree only names which of the SPEC's reasons it was.
 */
export function groupNodeStates(basis: GroupAccessBasis) {
  const { tree, homeGroupId, entries, grantScope } = basis
  const ranges = compileAccessRanges(tree, homeGroupId, entries)
  const own = new Map(entries.map((e) => [e.groupId, e.allow]))
  const home = tree.indexOf.get(homeGroupId)
  const lockOf = (at: number, checked: boolean) => {
    const id = tree.ids[at]!
    const entry = own.get(id)
    // Unchecking an own allow (or checking an own deny) may just drop the entry.
    if (entry !== undefined && entry === checked) {
      const without = entries.filter((e) => e.groupId !== id)
      if (inRanges(compileAccessRanges(tree, homeGroupId, without), at) !== checked) {
        return undefined
      }
    }
    const probe = [{ groupId: id, allow: !checked }]
    const rules = groupEntryProblems(tree, homeGroupId, probe, grantScope, () => true)
    const writer = () => writerSees(basis.caller, tree, id)
    if (rules.length === 0) {
      const refused = groupEntryProblems(tree, homeGroupId, probe, grantScope, writer)
      if (refused.length === 0) return undefined
      return { lock: 'Outside your groups' as const, detail: refused[0]!.message }
    }
    const detail = rules[0]!.message
    if (at === home) return { lock: 'Home group' as const, detail }
    if (home !== undefined && isInSubtree(tree, at, home)) {
      return { lock: 'Ancestor of the home group' as const, detail }
    }
    if (!writer()) return { lock: 'Outside your groups' as const, detail }
    return { lock: 'Outside the grant scope' as const, detail }
  }
  const inheritedOf = (at: number, checked: boolean): AccessNode['inherited'] => {
    if (!checked || own.has(tree.ids[at]!)) return undefined
    return home !== undefined && isInSubtree(tree, home, at) ? 'home' : 'entry'
  }
  const node = (
    at: number,
    children: readonly AccessNode[] | undefined,
    more: AccessNode['more'],
  ): AccessNode => {
    const id = tree.ids[at]!
    const checked = inRanges(ranges, at)
    const lock = lockOf(at, checked)
    return {
      id,
      name: basis.names.get(id) ?? id,
      depth: tree.depths[at]!,
      hasChildren: tree.ends[at]! > at,
      checked,
      entry: own.get(id),
      inherited: inheritedOf(at, checked),
      lock: lock?.lock,
      lockDetail: lock?.detail,
      children,
      more,
    }
  }
  return { node }
}

/** How many children of one group a view lists before a "Show more". */
export const CHILD_PAGE = 100

/** What a view opens: groups whose children it lists, and groups it must list wherever they are. */
export interface Opened {
  readonly expanded: ReadonlySet<number>
  readonly pinned: ReadonlySet<number>
  /** Groups whose children are listed from a later page (a Show more without script). */
  readonly from: ReadonlyMap<number, number>
}

/**
 * The groups whose children the page first shows: the roots (so the first level below them is
 * listed), the home group and its path, the path to every group with an entry, and each of
 * `open` with its path. Those groups and the entries' are pinned: listed even past a page.
 */
export function openedGroups(
  tree: TenantTree,
  homeGroupId: string,
  entries: readonly GroupEntry[],
  open: readonly string[],
  from?: { readonly groupId: string; readonly from: number },
): Opened {
  const expanded = new Set<number>()
  const pinned = new Set<number>()
  const expandPath = (id: string, self: boolean) => {
    const at = tree.indexOf.get(id)
    if (at === undefined) return
    pinned.add(at)
    if (self) expanded.add(at)
    for (let p = tree.parents[at]!; p >= 0; p = tree.parents[p]!) expanded.add(p)
  }
  for (let at = 0; at < tree.ids.length; at = tree.ends[at]! + 1) expanded.add(at)
  expandPath(homeGroupId, true)
  for (const e of entries) expandPath(e.groupId, false)
  for (const id of open) expandPath(id, true)
  for (const at of expanded) pinned.add(at)
  const at = from && tree.indexOf.get(from.groupId)
  const pages = new Map(at === undefined || !from ? [] : [[at, from.from]])
  return { expanded, pinned, from: pages }
}

/** A page of a group's children: `from` on, without `skip`; the pinned ones on the first page. */
export interface ChildPage {
  readonly children: readonly number[]
  /** Where the next page starts and what it leaves out (listed already), if there is one. */
  readonly more: { readonly from: number; readonly skip: readonly string[] } | undefined
}

export function childPage(
  tree: TenantTree,
  at: number,
  from: number,
  skip: ReadonlySet<string>,
  pinned: ReadonlySet<number>,
): ChildPage {
  const all = childrenOf(tree, at)
  const end = from + CHILD_PAGE
  const inPage = (i: number) => i >= from && i < end
  const extra = from === 0 ? all.filter((c, i) => !inPage(i) && pinned.has(c)) : []
  const children = [...all.filter((c, i) => inPage(i) && !skip.has(tree.ids[c]!)), ...extra]
  const skipNext = [...skip, ...extra.map((c) => tree.ids[c]!)]
  return { children, more: end < all.length ? { from: end, skip: skipNext } : undefined }
}

/** The tree as the page first shows it, everything but `opened.expanded` collapsed. */
export function accessTree(basis: GroupAccessBasis, opened: Opened): AccessNode[] {
  const { tree } = basis
  const { node } = groupNodeStates(basis)
  const build = (at: number): AccessNode => {
    if (!opened.expanded.has(at)) return node(at, undefined, undefined)
    const page = childPage(tree, at, opened.from.get(at) ?? 0, new Set(), opened.pinned)
    return node(at, page.children.map(build), page.more)
  }
  const roots: AccessNode[] = []
  for (let at = 0; at < tree.ids.length; at = tree.ends[at]! + 1) roots.push(build(at))
  return roots
}

/** The ids `accessTree` lists (whose names it needs). */
export function listedGroups(tree: TenantTree, opened: Opened): string[] {
  const out: string[] = []
  for (let at = 0; at < tree.ids.length; at = tree.ends[at]! + 1) out.push(tree.ids[at]!)
  for (const at of opened.expanded) {
    const page = childPage(tree, at, opened.from.get(at) ?? 0, new Set(), opened.pinned)
    for (const child of page.children) {
      out.push(tree.ids[child]!)
    }
  }
  return out
}

/** A page of one group's children, collapsed (the fragment an expand or a Show more loads). */
export function accessChildren(
  basis: GroupAccessBasis,
  page: ChildPage,
): { nodes: AccessNode[]; more: ChildPage['more'] } {
  const { node } = groupNodeStates(basis)
  return { nodes: page.children.map((child) => node(child, undefined, undefined)), more: page.more }
}

/**
 * The entries a Save writes: the stored ones, changed only for the groups the form showed
 * (`shown`, in any order) to make each one's visibility what its box says (`checked`). A group
 * keeps its own entry while it agrees, loses it when inheriting gives the same, else gets one.
 */
export function entriesFromBoxes(
  tree: TenantTree,
  homeGroupId: string,
  stored: readonly GroupEntry[],
  shown: readonly string[],
  checked: ReadonlySet<string>,
): GroupEntry[] {
  const entries = new Map(stored.map((e) => [e.groupId, e.allow]))
  const list = () => [...entries].map(([groupId, allow]) => ({ groupId, allow }))
  // Unknown ids go last, as they are: the use case refuses them with its own message.
  const order = (id: string) => tree.indexOf.get(id) ?? Number.MAX_SAFE_INTEGER
  const ids = [...new Set(shown)].sort((a, b) => order(a) - order(b))
  for (const id of ids) {
    const want = checked.has(id)
    const at = tree.indexOf.get(id)
    if (at === undefined) {
      entries.set(id, want)
      continue
    }
    if (entries.get(id) === want) continue
    entries.delete(id)
    const inherited = inRanges(compileAccessRanges(tree, homeGroupId, list()), at)
    if (inherited !== want) entries.set(id, want)
  }
  return list()
}
