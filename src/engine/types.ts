/** @module Plain-data types the decision engine takes and returns. */
import type { Addon, Level, Product, ReportKey, RolePermissions, RoleReport } from '../catalog'

export type GrantScope = 'siblings' | 'same_level_or_below'
export type UserStatus = 'active' | 'disabled'

/** Everything storage holds about one user, as the engine needs it (no I/O types). */
export interface UserRows {
  readonly tenant: {
    readonly id: string
    readonly version: number
    readonly products: readonly Product[]
  }
  readonly user: {
    readonly id: string
    readonly name: string
    readonly email: string | null
    readonly status: UserStatus
    readonly homeGroupId: string
    readonly addons: Readonly<Record<Addon, boolean>>
  }
  readonly role: {
    readonly id: string
    readonly name: string
    readonly permissions: RolePermissions
    readonly reports: readonly RoleReport[]
  }
  /** Explicit group entries (the home group's implicit allow is not listed). */
  readonly groupEntries: readonly { readonly groupId: string; readonly allow: boolean }[]
  readonly reportOverrides: readonly { readonly key: string; readonly grant: boolean }[]
}

/**
 * A user's compiled authorization data: small, JSON-serializable, valid for one tenant version
 * (its access ranges are positions in that version's tree).
 */
export interface Snapshot {
  readonly format: number
  readonly tenantId: string
  readonly version: number
  readonly user: UserRows['user']
  readonly role: { readonly id: string; readonly name: string }
  /** Bit i set = PRODUCTS[i] enabled. */
  readonly products: number
  /** Per PERMISSIONS index: level rank + 4 × required add-on (0 none, 1 audio, 2 score). */
  readonly perms: readonly number[]
  readonly reports: readonly ReportKey[]
  /** Accessible groups as sorted, disjoint, inclusive preorder ranges: [lo0, hi0, lo1, hi1, …]. */
  readonly ranges: readonly number[]
}

export interface Resource {
  readonly type: string
  readonly id: string
  readonly groupId?: string | undefined
  readonly ownerId?: string | undefined
  readonly assigneeIds?: readonly string[] | undefined
}

export interface CheckRequest {
  readonly permission: string
  readonly resource?: Resource | undefined
}

export type DenyReason =
  | 'unknown_user'
  | 'user_disabled'
  | 'product_disabled'
  | 'addon_required'
  | 'no_permission'
  | 'report_not_granted'
  | 'out_of_scope'

export type AllowReason =
  'report_granted' | 'level_own' | 'level_group' | 'level_all' | 'own' | 'group_scope'

export interface Decision {
  readonly allowed: boolean
  readonly reason: AllowReason | DenyReason
  /** The effective level the user holds for the permission (`none` when it does not apply). */
  readonly level: Level
}

/** Malformed engine input is a value too: the caller maps it to a 400. */
export interface EngineError {
  readonly error: 'unknown_permission'
  readonly permission: string
}

export type ScopeResult =
  | { readonly kind: 'all' }
  | { readonly kind: 'none' }
  | { readonly kind: 'filter'; readonly groupIds: readonly string[]; readonly userId: string }
