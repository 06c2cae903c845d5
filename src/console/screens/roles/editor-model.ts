/**
 * @module The role editor's view model: the tenant's enabled modules as tables of cells (levels
 * the catalog allows, the role's level, its add-on), and diffs between two sets of levels.
 */
import {
  PERMISSION_BY_KEY,
  catalogView,
  type Addon,
  type Level,
  type RoleEntry,
} from '../../../catalog'
import type { RoleView } from '../../../admin/role-view'
import { ADDON_NAMES, LEVEL_NAMES, moduleName, permissionName, submoduleName } from './labels'

export interface Cell {
  /** The permission key, the select's name. */
  readonly key: string
  readonly label: string
  /** Exactly the levels the catalog allows for the permission, ascending. */
  readonly levels: readonly Level[]
  readonly level: Level
  /** The add-on the entry requires (the role's, else its default's). */
  readonly requires: Addon | undefined
}

export interface ModuleRow {
  readonly submodule: string
  readonly name: string
  readonly description: string | undefined
  /** One per column of the module; undefined where the submodule has no such action. */
  readonly cells: readonly (Cell | undefined)[]
}

export interface ModuleTable {
  readonly key: string
  readonly name: string
  readonly actions: readonly string[]
  readonly rows: readonly ModuleRow[]
}

/** One changed permission: `label: from → to`. */
export interface LevelChange {
  readonly key: string
  readonly label: string
  readonly from: string
  readonly to: string
}

/** The role's default entries (what Reset restores), from the role's drift. */
export function defaultEntries(role: RoleView): Record<string, RoleEntry> {
  const defaults: Record<string, RoleEntry> = { ...role.permissions }
  for (const change of role.drift.permissions) {
    if (change.from.level === 'none') delete defaults[change.permission]
    else defaults[change.permission] = change.from
  }
  return defaults
}

/** The editor's tables for the products enabled in `productMask`: one pass over the catalog. */
export function editorModules(productMask: number, role: RoleView): ModuleTable[] {
  const catalog = catalogView(productMask)
  const levels = new Map(catalog.permissions.map((p) => [p.key, p.levels]))
  const defaults = defaultEntries(role)
  return catalog.modules.map((module) => {
    const actions = [...new Set(module.submodules.flatMap((s) => s.actions))]
    return {
      key: module.key,
      name: moduleName(module.key),
      actions,
      rows: module.submodules.map((sub) => ({
        submodule: sub.key,
        name: submoduleName(sub.key),
        description: 'description' in sub ? sub.description : undefined,
        cells: actions.map((action) => {
          if (!sub.actions.includes(action)) return undefined
          const key = `${module.key}.${sub.key}:${action}`
          const entry = role.permissions[key]
          return {
            key,
            label: permissionName(module.key, sub.key, action),
            levels: levels.get(key) ?? ['none'],
            level: entry?.level ?? 'none',
            requires: entry?.requires ?? defaults[key]?.requires,
          }
        }),
      })),
    }
  })
}

/** A permission's name for a diff line; a key the catalog does not know is shown as is. */
export function labelOf(key: string): string {
  const def = PERMISSION_BY_KEY.get(key)
  return def ? permissionName(def.module, def.submodule, def.action) : key
}

/** A level's name for a diff line; a value that is not a level is shown as is. */
export const levelName = (level: string): string =>
  (LEVEL_NAMES as Readonly<Record<string, string>>)[level] ?? level

/** An entry's words; its add-on named only when `withAddon` (the two sides differ in it). */
const entryName = (entry: RoleEntry, withAddon: boolean) =>
  levelName(entry.level) +
  (withAddon && entry.requires ? ` (needs ${ADDON_NAMES[entry.requires]})` : '')

/** What Reset Permissions would change: current → default, per differing permission. */
export function resetChanges(role: RoleView): LevelChange[] {
  return role.drift.permissions.map((c) => {
    const addonDiffers = c.from.requires !== c.to.requires
    return {
      key: c.permission,
      label: labelOf(c.permission),
      from: entryName(c.to, addonDiffers),
      to: entryName(c.from, addonDiffers),
    }
  })
}
