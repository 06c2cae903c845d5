/**
 * @module explain(): a check with what decided it and the changes that would flip it, each found
 * by running check() again on the changed inputs (counterfactuals), never by reading reasons. Pure.
 */
import {
  PERMISSION_BY_KEY,
  REPORTS,
  isReportKey,
  levelRank,
  type Addon,
  type Level,
  type PermissionDef,
} from '../catalog'
import { check, isEngineError } from './check'
import {
  ADDON_LABELS,
  LEVEL_LABELS,
  applyChange,
  entryWritable,
  groupAccessible,
  type Change,
  type ExplainAccess,
  type Situation,
} from './explain-changes'
import { REASON_WORDS, type ReasonCode } from './reasons'
import { hasProduct, permissionEntry } from './snapshot'
import type { TenantTree } from './tree'
import type { CheckRequest, Decision, EngineError, Snapshot } from './types'

export * from './explain-changes'
export * from './reasons'

/** The role entry a decision read: the role, the permission, its level and add-on requirement. */
export interface DecidingEntry {
  readonly roleId: string
  readonly roleName: string
  readonly permission: string
  readonly level: Level
  readonly requires: Addon | null
}

/** What settled the decision besides the role entry (the override, switch or group). */
export type Factor =
  | { readonly kind: 'user' }
  | { readonly kind: 'product'; readonly product: PermissionDef['product'] }
  | { readonly kind: 'addon'; readonly addon: Addon; readonly on: boolean }
  | { readonly kind: 'role_entry' }
  | {
      readonly kind: 'report'
      readonly report: string
      readonly granted: boolean
      /** The user's own grant or revocation of the report, when the explanation knows it. */
      readonly override: 'grant' | 'revoke' | null
    }
  | { readonly kind: 'ownership' }
  | { readonly kind: 'group'; readonly groupId: string | null; readonly accessible: boolean }

export interface Explanation {
  /** Exactly what check() answers for the same inputs. */
  readonly decision: Decision
  readonly reason: { readonly code: ReasonCode; readonly words: string }
  /** null when there is no user to read a role from. */
  readonly entry: DecidingEntry | null
  readonly factor: Factor
  /** Edits of the inputs that each flip the decision (checked by running check() on them). */
  readonly changes: readonly Change[]
}

/** How many add-on-style steps a combined change may take (product, add-on, level, group). */
const MAX_STEPS = 3

const decide = (s: Situation): Decision => check(s.snapshot, s.tree, s.request) as Decision

/**
 * Explains check(snapshot, tree, request): its decision, reason in words, the role entry read,
 * the factor that settled it and the changes that would flip it. `access` (the user's stored group
 * entries and the tenant's grant scope) lets group hints follow SPEC §4 exactly. An unknown
 * permission is the same EngineError check() gives.
 */
export function explain(
  snapshot: Snapshot | null,
  tree: TenantTree,
  request: CheckRequest,
  access?: ExplainAccess,
): Explanation | EngineError {
  const decision = check(snapshot, tree, request)
  if (isEngineError(decision)) return decision
  const reason = { code: decision.reason, words: REASON_WORDS[decision.reason] }
  if (snapshot === null)
    return { decision, reason, entry: null, factor: { kind: 'user' }, changes: [] }
  const def = PERMISSION_BY_KEY.get(request.permission)!
  const stored = permissionEntry(snapshot, def)
  const entry: DecidingEntry = {
    roleId: snapshot.role.id,
    roleName: snapshot.role.name,
    permission: def.key,
    level: stored.level,
    requires: stored.requires ?? null,
  }
  const situation: Situation = { snapshot, tree, request, access }
  return {
    decision,
    reason,
    entry,
    factor: factorOf(situation, decision, entry),
    changes: changesFor(situation, MAX_STEPS),
  }
}

function factorOf(s: Situation, decision: Decision, entry: DecidingEntry): Factor {
  const resource = s.request.resource
  switch (decision.reason) {
    case 'unknown_user':
    case 'user_disabled':
      return { kind: 'user' }
    case 'product_disabled':
      return { kind: 'product', product: PERMISSION_BY_KEY.get(entry.permission)!.product }
    case 'addon_required':
      return { kind: 'addon', addon: entry.requires!, on: false }
    case 'report_granted':
    case 'report_not_granted':
      return {
        kind: 'report',
        report: resource!.id,
        granted: decision.allowed,
        override: reportOverrideOf(s, resource!.id),
      }
    case 'own':
      return { kind: 'ownership' }
    case 'group_scope':
    case 'out_of_scope': {
      const groupId = resource?.groupId ?? null
      return { kind: 'group', groupId, accessible: groupId !== null && groupAccessible(s, groupId) }
    }
    default:
      return entry.requires === null
        ? { kind: 'role_entry' }
        : { kind: 'addon', addon: entry.requires, on: true }
  }
}

const reportOverrideOf = (s: Situation, key: string): 'grant' | 'revoke' | null => {
  const found = s.access?.reportOverrides?.find((o) => o.key === key)
  return found === undefined ? null : found.grant ? 'grant' : 'revoke'
}

/** The changes that flip the decision alone; failing those, ones that do after another step. */
function changesFor(s: Situation, steps: number): Change[] {
  const before = decide(s)
  const candidates = before.allowed ? denyingCandidates(s, before) : allowingCandidates(s, before)
  const flips = onlyFirstLevel(
    candidates.filter((c) => decide(applyChange(s, c)).allowed !== before.allowed),
  )
  if (flips.length > 0 || steps <= 1) return flips
  const out: Change[] = []
  for (const first of candidates) {
    const next = applyChange(s, first)
    if (decide(next).reason === before.reason) continue // no progress along SPEC §5
    for (const then of changesFor(next, steps - 1)) out.push(together(first, then))
  }
  return onlyFirstLevel(out)
}

/** Of several level changes keep the first (the smallest raise, the smallest cut). */
function onlyFirstLevel(changes: Change[]): Change[] {
  const levelChange = (c: Change) =>
    c.kind === 'set_level' || (c.kind === 'together' && c.steps.some((s) => s.kind === 'set_level'))
  const first = changes.find(levelChange)
  return changes.filter((c) => !levelChange(c) || c === first)
}

function together(first: Change, then: Change): Change {
  const steps = [first, ...(then.kind === 'together' ? then.steps : [then])]
  return { kind: 'together', steps, description: steps.map((s) => s.description).join(', and ') }
}

const levelChanges = (s: Situation, def: PermissionDef, levels: readonly Level[]): Change[] =>
  levels.map((level) => ({
    kind: 'set_level',
    permission: def.key,
    level,
    description:
      `${level === 'none' ? 'set' : 'change'} the role ${s.snapshot.role.name}’s level for ` +
      `${def.key} to ${LEVEL_LABELS[level]}`,
  }))

/** Candidate edits that could turn a deny into an allow, for the rule of SPEC §5 that denied. */
function allowingCandidates(s: Situation, before: Decision): Change[] {
  const { snapshot, request } = s
  const def = PERMISSION_BY_KEY.get(request.permission)!
  const { level, requires } = permissionEntry(snapshot, def)
  const above = def.levels.filter((l) => levelRank(l) > levelRank(level))
  const resource = request.resource
  switch (before.reason) {
    case 'user_disabled':
      return [{ kind: 'activate_user', description: 'reactivate the user' }]
    case 'product_disabled':
      return [
        {
          kind: 'enable_product',
          product: def.product,
          description: `enable the product ${def.product}`,
        },
      ]
    case 'addon_required':
      return [
        {
          kind: 'turn_on_addon',
          addon: requires!,
          description: `turn on ${ADDON_LABELS[requires!]}`,
        },
        {
          kind: 'drop_requirement',
          permission: def.key,
          addon: requires!,
          description: `remove the ${ADDON_LABELS[requires!]} requirement from the role ${snapshot.role.name}’s entry for ${def.key}`,
        },
      ]
    case 'no_permission':
      return levelChanges(s, def, above)
    case 'report_not_granted': {
      const key = resource!.id
      if (!isReportKey(key)) return []
      const product = REPORTS[key]
      if (!hasProduct(snapshot, product)) {
        return [{ kind: 'enable_product', product, description: `enable the product ${product}` }]
      }
      return [{ kind: 'grant_report', report: key, description: `grant the report ${key}` }]
    }
    case 'out_of_scope': {
      const out: Change[] = []
      const groupId = resource?.groupId
      if (level === 'group' && groupId !== undefined && entryWritable(s, groupId, true)) {
        out.push({ kind: 'allow_group', groupId, description: `allow group ${groupId}` })
      }
      out.push({
        kind: 'own_resource',
        userId: snapshot.user.id,
        description:
          level === 'own'
            ? 'level is Own: the user must own or be assigned to the resource'
            : 'make the user the resource’s owner or an assignee',
      })
      return [...out, ...levelChanges(s, def, above)]
    }
    default:
      return []
  }
}

/** Candidate edits that could turn an allow into a deny. */
function denyingCandidates(s: Situation, decision: Decision): Change[] {
  const { snapshot, request } = s
  const def = PERMISSION_BY_KEY.get(request.permission)!
  const { level, requires } = permissionEntry(snapshot, def)
  const out: Change[] = []
  if (def.product !== 'core') {
    out.push({
      kind: 'disable_product',
      product: def.product,
      description: `switch off the product ${def.product}`,
    })
  }
  if (requires !== undefined) {
    out.push({
      kind: 'turn_off_addon',
      addon: requires,
      description: `turn off ${ADDON_LABELS[requires]}`,
    })
  }
  const resource = request.resource
  if (decision.reason === 'report_granted' && resource && isReportKey(resource.id)) {
    out.push({
      kind: 'revoke_report',
      report: resource.id,
      description: `revoke the report ${resource.id}`,
    })
  }
  if (decision.reason === 'group_scope' && resource?.groupId && s.access) {
    if (entryWritable(s, resource.groupId, false)) {
      out.push({
        kind: 'deny_group',
        groupId: resource.groupId,
        description: `deny group ${resource.groupId}`,
      })
    }
  }
  const below = def.levels.filter((l) => levelRank(l) < levelRank(level))
  return [...out, ...levelChanges(s, def, below.reverse())]
}
