/** @module SPEC §4 rules for a user's explicit group entries, checked on write. Pure. */
import type { GroupEntry } from './access'
import { isInSubtree, type TenantTree } from './tree'
import type { GrantScope } from './types'

export interface EntryProblem {
  readonly path: string
  readonly message: string
}

/**
 * Problems with `entries` for a user whose home is `homeGroupId` (empty when they are valid):
 * known groups, no duplicates, never on an ancestor of home, denies strictly inside the home
 * subtree, allows inside it or within the tenant's grant scope, and only on groups the writer
 * can access.
 */
export function groupEntryProblems(
  tree: TenantTree,
  homeGroupId: string,
  entries: readonly GroupEntry[],
  grantScope: GrantScope,
  writerCanAccess: (groupId: string) => boolean,
): EntryProblem[] {
  const problems: EntryProblem[] = []
  const home = tree.indexOf.get(homeGroupId)
  const seen = new Set<string>()
  entries.forEach((entry, i) => {
    const path = `/groups/${i}`
    const problem = (message: string) => problems.push({ path, message })
    const at = tree.indexOf.get(entry.groupId)
    if (seen.has(entry.groupId)) return problem(`"${entry.groupId}" is listed twice`)
    seen.add(entry.groupId)
    if (at === undefined) return problem(`no group "${entry.groupId}"`)
    if (home === undefined) return problem(`the home group "${homeGroupId}" does not exist`)
    if (at === home) {
      return entry.allow ? undefined : problem('the home group cannot be denied')
    }
    if (isInSubtree(tree, at, home))
      return problem('an entry cannot be on an ancestor of the home group')
    const insideHome = isInSubtree(tree, home, at)
    if (!entry.allow && !insideHome)
      return problem('a deny must be inside the home group’s subtree')
    if (entry.allow && !insideHome && !inGrantScope(tree, home, at, grantScope)) {
      return problem(
        grantScope === 'siblings'
          ? 'an allow outside the home subtree must be a sister group of the home group or below one'
          : 'an allow outside the home subtree must be at the home group’s depth or deeper',
      )
    }
    if (!writerCanAccess(entry.groupId))
      return problem(`the writer cannot access "${entry.groupId}"`)
    return undefined
  })
  return problems
}

/** Is `at` (outside the home subtree) grantable under the tenant's grant scope? */
function inGrantScope(tree: TenantTree, home: number, at: number, scope: GrantScope): boolean {
  if (scope === 'same_level_or_below') return tree.depths[at]! >= tree.depths[home]!
  // siblings: a sister of home (same parent, not home) or any group below one.
  const parent = tree.parents[home]!
  if (parent < 0) return false
  for (let node = at; node >= 0; node = tree.parents[node]!) {
    if (tree.parents[node] === parent && node !== home) return true
  }
  return false
}
