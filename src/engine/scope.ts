/** @module scope(): which rows may this user see? Agrees with check() on every resource. */
import { expandRanges } from './access'
import { effectiveLevel } from './check'
import type { TenantTree } from './tree'
import type { EngineError, ScopeResult, Snapshot } from './types'

/**
 * The rows a user may act on with `permission`, as a filter: `all`, `none`, or rows whose group is
 * in `groupIds` or that the user owns / is assigned to (`userId`). An unknown permission is an
 * EngineError.
 */
export function scope(
  snapshot: Snapshot | null,
  tree: TenantTree,
  permission: string,
): ScopeResult | EngineError {
  const level = effectiveLevel(snapshot, permission)
  if (typeof level !== 'string') return 'error' in level ? level : { kind: 'none' }
  const userId = snapshot!.user.id
  switch (level) {
    case 'all':
      return { kind: 'all' }
    case 'group':
      return { kind: 'filter', groupIds: expandRanges(tree, snapshot!.ranges), userId }
    case 'own':
      return { kind: 'filter', groupIds: [], userId }
  }
}
