/**
 * A deliberately naive reference of SPEC §4–§5: walks the tree with parent pointers, keeps
 * nothing compiled, reads the role table directly. The engine must agree with it everywhere.
 */
import { PERMISSION_BY_KEY, REPORTS, isReportKey } from '../../src/catalog'
import type { Resource, UserRows } from '../../src/engine'

export interface NaiveGroup {
  id: string
  parentId: string | null
}

function pathToRoot(groups: readonly NaiveGroup[], id: string): string[] {
  const byId = new Map(groups.map((g) => [g.id, g]))
  const path: string[] = []
  let at = byId.get(id)
  while (at && !path.includes(at.id)) {
    path.push(at.id)
    at = at.parentId === null ? undefined : byId.get(at.parentId)
  }
  // A group not connected to a root is not in the tree.
  return at === undefined ? path : []
}

export function naiveAccessible(rows: UserRows, groups: readonly NaiveGroup[], groupId: string) {
  const path = pathToRoot(groups, groupId)
  if (path.length === 0) return false
  const homePath = pathToRoot(groups, rows.user.homeGroupId)
  for (const g of path) {
    const explicit = rows.groupEntries.filter((e) => e.groupId === g).at(-1)
    const isStrictAncestorOfHome = homePath.includes(g) && g !== rows.user.homeGroupId
    if (explicit && !isStrictAncestorOfHome) return explicit.allow
    if (g === rows.user.homeGroupId) return true
  }
  return false
}

export function naiveReports(rows: UserRows): string[] {
  const products = new Set(['core', ...rows.tenant.products])
  return Object.keys(REPORTS)
    .filter((key) => {
      if (!isReportKey(key) || !products.has(REPORTS[key])) return false
      const revoked = rows.reportOverrides.some((o) => o.key === key && !o.grant)
      const granted = rows.reportOverrides.some((o) => o.key === key && o.grant)
      const byRole = rows.role.reports.some(
        (r) => r.key === key && (r.requires === undefined || rows.user.addons[r.requires]),
      )
      return !revoked && (granted || byRole)
    })
    .sort()
}

export function naiveCheck(
  rows: UserRows | null,
  groups: readonly NaiveGroup[],
  permission: string,
  resource?: Resource,
): { allowed: boolean; reason: string } | 'unknown_permission' {
  if (!rows) return { allowed: false, reason: 'unknown_user' }
  if (rows.user.status !== 'active') return { allowed: false, reason: 'user_disabled' }
  const def = PERMISSION_BY_KEY.get(permission)
  if (!def) return 'unknown_permission'
  if (def.product !== 'core' && !rows.tenant.products.includes(def.product)) {
    return { allowed: false, reason: 'product_disabled' }
  }
  const entry = rows.role.permissions[permission]
  const level = entry && def.levels.includes(entry.level) ? entry.level : 'none'
  if (entry?.requires && level !== 'none' && !rows.user.addons[entry.requires]) {
    return { allowed: false, reason: 'addon_required' }
  }
  if (level === 'none') return { allowed: false, reason: 'no_permission' }
  if (permission === 'analytics.reports:read' && resource?.type === 'report') {
    return naiveReports(rows).includes(resource.id)
      ? { allowed: true, reason: 'report_granted' }
      : { allowed: false, reason: 'report_not_granted' }
  }
  if (!resource) return { allowed: true, reason: `level_${level}` }
  if (level === 'all') return { allowed: true, reason: 'level_all' }
  const me = rows.user.id
  if (resource.ownerId === me || (resource.assigneeIds ?? []).includes(me)) {
    return { allowed: true, reason: 'own' }
  }
  if (level === 'group' && resource.groupId && naiveAccessible(rows, groups, resource.groupId)) {
    return { allowed: true, reason: 'group_scope' }
  }
  return { allowed: false, reason: 'out_of_scope' }
}
