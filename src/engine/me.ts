/** @module me(): everything a frontend needs to decide what to show, in one projection. */
import {
  ADDONS,
  MODULES,
  MODULE_KEYS,
  PERMISSIONS,
  type Addon,
  type Level,
  type ModuleKey,
  type Product,
} from '../catalog'
import { expandRanges } from './access'
import { effectiveLevel } from './check'
import { hasProduct, permissionEntry } from './snapshot'
import type { TenantTree } from './tree'
import type { Snapshot } from './types'

export interface VisibleModule {
  readonly key: ModuleKey
  readonly product: Product
  /** submodule -> action -> effective level (`none` where a required add-on is off). */
  readonly submodules: Readonly<Record<string, Readonly<Record<string, Level>>>>
}

export interface MeView {
  readonly user: Snapshot['user']
  readonly role: Snapshot['role']
  readonly addons: Snapshot['user']['addons']
  readonly groups: readonly string[]
  readonly reports: Snapshot['reports']
  readonly modules: readonly VisibleModule[]
  /**
   * Permissions the role grants only with an add-on the user has off (their level above is
   * `none`): what a check would deny with `addon_required`, and which switch would change it.
   */
  readonly addonRequired: Readonly<Record<string, Addon>>
  readonly version: number
}

/** Projects a snapshot for the frontend: only modules of enabled products are listed. */
export function me(snapshot: Snapshot, tree: TenantTree): MeView {
  const modules: VisibleModule[] = []
  const addonRequired: Record<string, Addon> = {}
  for (const key of MODULE_KEYS) {
    const product = MODULES[key].product
    if (!hasProduct(snapshot, product)) continue
    const submodules: Record<string, Record<string, Level>> = {}
    for (const p of PERMISSIONS) {
      if (p.module !== key) continue
      const level = effectiveLevel(snapshot, p.key)
      const actions = (submodules[p.submodule] ??= {})
      actions[p.action] = typeof level === 'string' ? level : 'none'
      if (typeof level !== 'string' && 'reason' in level && level.reason === 'addon_required') {
        addonRequired[p.key] = permissionEntry(snapshot, p).requires!
      }
    }
    modules.push({ key, product, submodules })
  }
  return {
    user: snapshot.user,
    role: snapshot.role,
    addons: Object.fromEntries(ADDONS.map((a) => [a, snapshot.user.addons[a]])) as MeView['addons'],
    groups: expandRanges(tree, snapshot.ranges),
    reports: snapshot.reports,
    modules,
    addonRequired,
    version: snapshot.version,
  }
}
