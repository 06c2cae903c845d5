/** @module Role content against the catalog: validation, and drift from a role's defaults. */
import { PERMISSION_BY_KEY, type Addon, type Level } from './catalog'
import type { RoleEntry, RoleReport } from './presets'

export interface EntryInput {
  readonly level: Level
  readonly requires?: Addon | undefined
}

export interface ContentProblem {
  readonly path: string
  readonly message: string
}

/**
 * Checks entries against the catalog: every key a permission, every level one the permission
 * allows. `none` entries are dropped (with their add-on), so the result holds what grants.
 */
export function validatePermissions(input: Readonly<Record<string, EntryInput>>): {
  permissions: Record<string, RoleEntry>
  unknown: string[]
  problems: ContentProblem[]
} {
  const permissions: Record<string, RoleEntry> = {}
  const unknown: string[] = []
  const problems: ContentProblem[] = []
  for (const [key, entry] of Object.entries(input)) {
    const def = PERMISSION_BY_KEY.get(key)
    if (!def) {
      unknown.push(key)
      continue
    }
    if (!def.levels.includes(entry.level)) {
      problems.push({
        path: `/permissions/${key}/level`,
        message: `${key} allows ${def.levels.join(', ')}`,
      })
      continue
    }
    if (entry.level === 'none') continue
    permissions[key] = entry.requires
      ? { level: entry.level, requires: entry.requires }
      : { level: entry.level }
  }
  return { permissions, unknown, problems }
}

const NONE: RoleEntry = { level: 'none' }
const sameEntry = (a: RoleEntry, b: RoleEntry) =>
  a.level === b.level && (a.level === 'none' || a.requires === b.requires)

/** Permissions whose entry differs between `from` and `to`, with both entries. */
export function changedPermissions(
  from: Readonly<Record<string, RoleEntry>>,
  to: Readonly<Record<string, RoleEntry>>,
): { permission: string; from: RoleEntry; to: RoleEntry }[] {
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort()
  return keys
    .map((permission) => ({
      permission,
      from: from[permission] ?? NONE,
      to: to[permission] ?? NONE,
    }))
    .filter((c) => !sameEntry(c.from, c.to))
}

const reportId = (r: RoleReport) => `${r.key}${r.requires ? `+${r.requires}` : ''}`

/** How a role's content differs from its defaults: what Reset would undo. */
export function roleDrift(
  defaults: { permissions: Readonly<Record<string, RoleEntry>>; reports: readonly RoleReport[] },
  current: { permissions: Readonly<Record<string, RoleEntry>>; reports: readonly RoleReport[] },
) {
  const before = new Set(defaults.reports.map(reportId))
  const after = new Set(current.reports.map(reportId))
  return {
    permissions: changedPermissions(defaults.permissions, current.permissions),
    reports: {
      added: current.reports.filter((r) => !before.has(reportId(r))),
      removed: defaults.reports.filter((r) => !after.has(reportId(r))),
    },
  }
}
