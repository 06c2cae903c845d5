/** @module Group access (SPEC §4) as sorted preorder ranges: size grows with entries, not groups. */
import { isInSubtree, type TenantTree } from './tree'

export interface GroupEntry {
  readonly groupId: string
  readonly allow: boolean
}

/**
 * Compiles a user's group access into disjoint inclusive preorder ranges. A group is accessible
 * iff the nearest group on its path to the root carrying an entry says allow; the home group is an
 * implicit allow. Entries on ancestors of the home group are ignored (SPEC §4: a user never sees
 * above their home group), as are entries on groups the tree does not have.
 */
export function compileAccessRanges(
  tree: TenantTree,
  homeGroupId: string,
  entries: readonly GroupEntry[],
): number[] {
  const home = tree.indexOf.get(homeGroupId)
  const byIndex = new Map<number, boolean>()
  if (home !== undefined) byIndex.set(home, true)
  for (const e of entries) {
    const at = tree.indexOf.get(e.groupId)
    if (at === undefined) continue
    if (home !== undefined && at !== home && isInSubtree(tree, at, home)) continue
    byIndex.set(at, e.allow)
  }
  const sorted = [...byIndex].sort((a, b) => a[0] - b[0])

  const out: number[] = []
  const emit = (lo: number, hi: number, allow: boolean) => {
    if (!allow || lo > hi) return
    if (out.length > 0 && out[out.length - 1]! + 1 === lo) out[out.length - 1] = hi
    else out.push(lo, hi)
  }
  // Subtree intervals are laminar, so a stack of open entries gives the nearest one.
  const open: { end: number; allow: boolean }[] = []
  let cursor = 0
  const closeUntil = (position: number) => {
    while (open.length > 0 && open[open.length - 1]!.end < position) {
      const top = open.pop()!
      emit(cursor, top.end, top.allow)
      cursor = top.end + 1
    }
  }
  for (const [at, allow] of sorted) {
    closeUntil(at)
    emit(cursor, at - 1, open[open.length - 1]?.allow ?? false)
    cursor = at
    open.push({ end: tree.ends[at]!, allow })
  }
  closeUntil(Number.POSITIVE_INFINITY)
  return out
}

/** Binary search: is preorder position `at` inside one of the ranges? */
export function inRanges(ranges: readonly number[], at: number): boolean {
  let lo = 0
  let hi = (ranges.length >> 1) - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (at < ranges[2 * mid]!) hi = mid - 1
    else if (at > ranges[2 * mid + 1]!) lo = mid + 1
    else return true
  }
  return false
}

/** The group ids the ranges cover, in preorder. Cost grows with the answer, by necessity. */
export function expandRanges(tree: TenantTree, ranges: readonly number[]): string[] {
  const out: string[] = []
  for (let i = 0; i < ranges.length; i += 2) {
    for (let at = ranges[i]!; at <= ranges[i + 1]!; at++) out.push(tree.ids[at]!)
  }
  return out
}

/** True when the ranges cover every group of the tree (the user sees the whole tenant). */
export const coversTree = (tree: TenantTree, ranges: readonly number[]): boolean =>
  tree.ids.length > 0 && ranges.length === 2 && ranges[0] === 0 && ranges[1] === tree.ids.length - 1
