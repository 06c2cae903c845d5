/** @module Who is calling an admin use case, read fresh from D1, and the guards on them. */
import { PERMISSION_BY_KEY, levelRank, type Level } from '../catalog'
import { loadFresh, type DataDeps } from '../cache/authz-data'
import {
  check,
  coversTree,
  effectiveLevel,
  isEngineError,
  permissionEntry,
  type Resource,
  type Snapshot,
  type TenantTree,
} from '../engine'
import type { Principal } from '../env'
import { AppError } from '../errors'

/** The calling user as of `version`: compiled data, the tenant's tree, the token's principal. */
export interface Caller {
  readonly principal: Principal
  readonly snapshot: Snapshot
  readonly tree: TenantTree
  readonly version: number
  /** The caller's accessible groups are the whole tenant: `group` counts as `all` (SPEC §6). */
  readonly wholeTenant: boolean
}

/**
 * The caller as D1 holds them now: admin decisions never rest on cached data. Throws 403
 * `unknown_user` when the principal is not in its tenant, 403 `forbidden` (reason
 * `user_disabled`) when deactivated.
 */
export async function loadCaller(deps: DataDeps, principal: Principal): Promise<Caller> {
  const data = await loadFresh(deps, principal.tenantId, principal.userId)
  if (data.snapshot === null) throw new AppError('unknown_user')
  if (data.snapshot.user.status !== 'active') {
    throw new AppError('forbidden', 'the caller is deactivated', { reason: 'user_disabled' })
  }
  return {
    principal,
    snapshot: data.snapshot,
    tree: data.tree,
    version: data.version,
    wholeTenant: coversTree(data.tree, data.snapshot.ranges),
  }
}

/** A group as the resource of an admin check: it lies in itself. */
export const groupAsResource = (id: string): Resource => ({ type: 'group', id, groupId: id })

/** Throws 403 `forbidden` (with the engine's reason) unless the caller may do this. */
export function requireAllowed(caller: Caller, permission: string, resource?: Resource): void {
  const decision = check(caller.snapshot, caller.tree, { permission, resource })
  if (isEngineError(decision)) throw new AppError('unknown_permission', permission)
  if (!decision.allowed) {
    throw new AppError('forbidden', `${permission} is denied: ${decision.reason}`, {
      reason: decision.reason,
    })
  }
}

/** The caller's own level for a permission, `group` counting as `all` over the whole tenant. */
export function callerLevel(caller: Caller, permission: string): Level {
  const level = effectiveLevel(caller.snapshot, permission)
  if (typeof level !== 'string') return 'none'
  return level === 'group' && caller.wholeTenant ? 'all' : level
}

/**
 * The level the caller's role gives a permission, whatever the tenant's products or the caller's
 * add-ons (SPEC §6 compares levels: turning a product off must not stop an admin from assigning
 * roles that mention it), `group` counting as `all` over the whole tenant.
 */
export function ownLevel(caller: Caller, permission: string): Level {
  const def = PERMISSION_BY_KEY.get(permission)
  if (!def) return 'none'
  const { level } = permissionEntry(caller.snapshot, def)
  return level === 'group' && caller.wholeTenant ? 'all' : level
}

/** Throws 403 unless every (permission, level) granted stays within the caller's own levels. */
export function requireWithinOwnLevels(
  caller: Caller,
  granted: Iterable<readonly [permission: string, level: Level]>,
): void {
  const above = [...granted].filter(
    ([p, level]) => levelRank(level) > levelRank(ownLevel(caller, p)),
  )
  if (above.length > 0) {
    throw new AppError(
      'forbidden',
      `above the caller's own levels: ${above.map(([p, l]) => `${p}=${l}`).join(', ')}`,
      { reason: 'exceeds_own_level', permissions: above.map(([p]) => p) },
    )
  }
}
