/** @module Counterfactual changes for explain(): each one a plain edit of a check's inputs. Pure. */
import {
  PRODUCTS,
  PERMISSION_BY_KEY,
  productMask,
  type Addon,
  type Level,
  type PermissionDef,
  type Product,
  type ReportKey,
} from '../catalog'
import { compileAccessRanges, inRanges, type GroupEntry } from './access'
import { groupEntryProblems } from './group-entry-rules'
import { encodeEntry, hasProduct, permissionEntry } from './snapshot'
import { isInSubtree, type TenantTree } from './tree'
import type { CheckRequest, GrantScope, Snapshot } from './types'

/** The user's stored group entries and the tenant's grant scope (group hints follow SPEC §4). */
export interface ExplainAccess {
  readonly entries: readonly GroupEntry[]
  readonly grantScope: GrantScope
  /** The user's report grants and revocations, to tell an override from a role default. */
  readonly reportOverrides?: readonly { readonly key: string; readonly grant: boolean }[]
}

/** Everything a check reads, as one value a change can be applied to. */
export interface Situation {
  readonly snapshot: Snapshot
  readonly tree: TenantTree
  readonly request: CheckRequest
  readonly access?: ExplainAccess | undefined
}

/** One edit of the inputs of a check; `description` says it for people. */
export type Change = { readonly description: string } & (
  | { readonly kind: 'activate_user' }
  | { readonly kind: 'enable_product' | 'disable_product'; readonly product: Product }
  | { readonly kind: 'turn_on_addon' | 'turn_off_addon'; readonly addon: Addon }
  | { readonly kind: 'drop_requirement'; readonly permission: string; readonly addon: Addon }
  | { readonly kind: 'set_level'; readonly permission: string; readonly level: Level }
  | { readonly kind: 'allow_group' | 'deny_group'; readonly groupId: string }
  | { readonly kind: 'own_resource'; readonly userId: string }
  | { readonly kind: 'grant_report' | 'revoke_report'; readonly report: ReportKey }
  | { readonly kind: 'together'; readonly steps: readonly Change[] }
)

/** The add-on switches as the Change Permissions screen labels them (SPEC §10). */
export const ADDON_LABELS: Readonly<Record<Addon, string>> = {
  audio: 'Audio access',
  score: 'Score conversations',
}

/** The levels as the role editor names them. */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  none: 'Disabled',
  own: 'Own',
  group: 'Group',
  all: 'All',
}

const withPerm = (snapshot: Snapshot, def: PermissionDef, code: number): Snapshot => {
  const perms = [...snapshot.perms]
  perms[def.index] = code
  return { ...snapshot, perms }
}

const enabledProducts = (snapshot: Snapshot): Product[] =>
  PRODUCTS.filter((p) => hasProduct(snapshot, p))

/** The group entries after setting `groupId` to `allow` (replacing its entry, if any). */
const entriesWith = (entries: readonly GroupEntry[], groupId: string, allow: boolean) => [
  ...entries.filter((e) => e.groupId !== groupId),
  { groupId, allow },
]

/** Adds the subtree of `at` to sorted disjoint ranges (when the user's entries are not known). */
function withSubtree(ranges: readonly number[], lo: number, hi: number): number[] {
  const pairs: [number, number][] = [[lo, hi]]
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i]!, ranges[i + 1]!])
  pairs.sort((a, b) => a[0] - b[0])
  const out: number[] = []
  for (const [a, b] of pairs) {
    if (out.length > 0 && a <= out[out.length - 1]! + 1) {
      out[out.length - 1] = Math.max(out[out.length - 1]!, b)
    } else out.push(a, b)
  }
  return out
}

function withGroupEntry(situation: Situation, groupId: string, allow: boolean): Situation {
  const { snapshot, tree, access } = situation
  if (access) {
    const entries = entriesWith(access.entries, groupId, allow)
    const ranges = compileAccessRanges(tree, snapshot.user.homeGroupId, entries)
    return { ...situation, snapshot: { ...snapshot, ranges }, access: { ...access, entries } }
  }
  const at = tree.indexOf.get(groupId)
  if (at === undefined || !allow) return situation
  return {
    ...situation,
    snapshot: { ...snapshot, ranges: withSubtree(snapshot.ranges, at, tree.ends[at]!) },
  }
}

/** The situation after `change`: the snapshot, the access entries or the resource edited. */
export function applyChange(situation: Situation, change: Change): Situation {
  const { snapshot, request } = situation
  // Changes name catalog permissions: explain() only builds them from a known definition.
  const def = (key: string) => PERMISSION_BY_KEY.get(key)!
  switch (change.kind) {
    case 'activate_user':
      return {
        ...situation,
        snapshot: { ...snapshot, user: { ...snapshot.user, status: 'active' } },
      }
    case 'enable_product':
    case 'disable_product': {
      const on = enabledProducts(snapshot).filter((p) => p !== change.product)
      if (change.kind === 'enable_product') on.push(change.product)
      return { ...situation, snapshot: { ...snapshot, products: productMask(on) } }
    }
    case 'turn_on_addon':
    case 'turn_off_addon': {
      const addons = { ...snapshot.user.addons, [change.addon]: change.kind === 'turn_on_addon' }
      return { ...situation, snapshot: { ...snapshot, user: { ...snapshot.user, addons } } }
    }
    case 'drop_requirement': {
      const d = def(change.permission)
      const { level } = permissionEntry(snapshot, d)
      return { ...situation, snapshot: withPerm(snapshot, d, encodeEntry(level, undefined)) }
    }
    case 'set_level': {
      const d = def(change.permission)
      const { requires } = permissionEntry(snapshot, d)
      return { ...situation, snapshot: withPerm(snapshot, d, encodeEntry(change.level, requires)) }
    }
    case 'allow_group':
    case 'deny_group':
      return withGroupEntry(situation, change.groupId, change.kind === 'allow_group')
    case 'own_resource': {
      const resource = request.resource
      if (resource === undefined) return situation
      const assigneeIds = [...(resource.assigneeIds ?? []), change.userId]
      return { ...situation, request: { ...request, resource: { ...resource, assigneeIds } } }
    }
    case 'grant_report':
    case 'revoke_report': {
      const kept = snapshot.reports.filter((r) => r !== change.report)
      const reports = change.kind === 'grant_report' ? [...kept, change.report].sort() : kept
      return { ...situation, snapshot: { ...snapshot, reports } }
    }
    case 'together':
      return change.steps.reduce(applyChange, situation)
  }
}

/** Would the user, as the situation stands, reach the group of the resource? */
export const groupAccessible = (situation: Situation, groupId: string): boolean => {
  const at = situation.tree.indexOf.get(groupId)
  return at !== undefined && inRanges(situation.snapshot.ranges, at)
}

/** May an entry on `groupId` with `allow` be written for this user (SPEC §4)? */
export function entryWritable(situation: Situation, groupId: string, allow: boolean): boolean {
  const { tree, snapshot, access } = situation
  if (!tree.indexOf.has(groupId)) return false
  if (!access) {
    // Without the stored entries only an allow can be modelled, and never above the home group.
    const home = tree.indexOf.get(snapshot.user.homeGroupId)
    return allow && (home === undefined || !isInSubtree(tree, tree.indexOf.get(groupId)!, home))
  }
  const entries = entriesWith(access.entries, groupId, allow)
  const problems = groupEntryProblems(
    tree,
    snapshot.user.homeGroupId,
    entries,
    access.grantScope,
    () => true,
  )
  return !problems.some((p) => p.path === `/groups/${entries.length - 1}`)
}
