/** @module check(): may this user do this action on this resource? (SPEC §5) */
import { PERMISSION_BY_KEY, REPORT_PERMISSION, type Level } from '../catalog'
import { inRanges } from './access'
import { hasProduct, permissionEntry } from './snapshot'
import type { TenantTree } from './tree'
import type { CheckRequest, Decision, EngineError, Snapshot } from './types'

/** A level that grants something. */
export type GrantedLevel = Exclude<Level, 'none'>

const deny = (reason: Decision['reason'], level: Level = 'none'): Decision => ({
  allowed: false,
  reason,
  level,
})
const allow = (reason: Decision['reason'], level: Level): Decision => ({
  allowed: true,
  reason,
  level,
})

/**
 * The effective level of a permission before any resource is looked at: a deny decision when a
 * rule of SPEC §5 rows 1–5 applies, else the level. Shared by check, scope and me.
 */
export function effectiveLevel(
  snapshot: Snapshot | null,
  permission: string,
): Decision | EngineError | GrantedLevel {
  if (snapshot === null) return deny('unknown_user')
  if (snapshot.user.status !== 'active') return deny('user_disabled')
  const def = PERMISSION_BY_KEY.get(permission)
  if (!def) return { error: 'unknown_permission', permission }
  if (!hasProduct(snapshot, def.product)) return deny('product_disabled')
  const { level, requires } = permissionEntry(snapshot, def)
  if (requires !== undefined && !snapshot.user.addons[requires]) return deny('addon_required')
  if (level === 'none') return deny('no_permission')
  return level
}

/**
 * Decides one request for the user in `snapshot` (null = unknown user) following SPEC §5 in
 * order, first match wins. A deny is a Decision; only an unknown permission is an EngineError.
 */
export function check(
  snapshot: Snapshot | null,
  tree: TenantTree,
  request: CheckRequest,
): Decision | EngineError {
  const level = effectiveLevel(snapshot, request.permission)
  if (typeof level !== 'string') return level
  const user = snapshot!.user.id
  const resource = request.resource
  if (request.permission === REPORT_PERMISSION && resource?.type === 'report') {
    return (snapshot!.reports as readonly string[]).includes(resource.id)
      ? allow('report_granted', level)
      : deny('report_not_granted', level)
  }
  if (resource === undefined) return allow(`level_${level}`, level)
  if (level === 'all') return allow('level_all', level)
  if (resource.ownerId === user || resource.assigneeIds?.includes(user)) return allow('own', level)
  if (level === 'group' && resource.groupId !== undefined) {
    const at = tree.indexOf.get(resource.groupId)
    if (at !== undefined && inRanges(snapshot!.ranges, at)) return allow('group_scope', level)
  }
  return deny('out_of_scope', level)
}

export const isEngineError = (value: unknown): value is EngineError =>
  typeof value === 'object' && value !== null && 'error' in value
