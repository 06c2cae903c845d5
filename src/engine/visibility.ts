/**
 * @module The inverse of me(): a snapshot and tree rebuilt from a /v1/me answer, so that a
 * frontend answers `can(permission, resource?)` with check() itself, the service's own rules.
 *
 * The rebuilt tree holds only the user's accessible groups (the answer names no others), all
 * accessible; levels are the effective ones, entries blocked by an add-on keep their
 * requirement. check() on the rebuilt data agrees with check() on the original for every request
 * whose resource is not of type `user` (the service fills those in from a user it stores).
 */
import { PERMISSION_BY_KEY, PRODUCTS, type Product, type RoleEntry } from '../catalog'
import type { MeView } from './me'
import { compileSnapshot } from './snapshot'
import { compileTree, type TenantTree } from './tree'
import type { Snapshot } from './types'

export interface VisibilityData {
  readonly snapshot: Snapshot
  readonly tree: TenantTree
}

/** Rebuilds what check() needs from a me() answer (SPEC §9 frontend helper). */
export function fromMeView(view: MeView): VisibilityData {
  const tree = compileTree(
    view.groups.map((id) => ({ id, parentId: null })),
    view.version,
  )
  const permissions: Record<string, RoleEntry> = {}
  const products = new Set<Product>()
  for (const module of view.modules) {
    if ((PRODUCTS as readonly string[]).includes(module.product)) {
      products.add(module.product as Product)
    }
    for (const [submodule, actions] of Object.entries(module.submodules)) {
      for (const [action, level] of Object.entries(actions)) {
        if (level !== 'none') permissions[`${module.key}.${submodule}:${action}`] = { level }
      }
    }
  }
  for (const [key, addon] of Object.entries(view.addonRequired)) {
    // Any granting level will do: with the add-on off, check() denies before reading it.
    const level = PERMISSION_BY_KEY.get(key)?.levels.find((l) => l !== 'none')
    if (level) permissions[key] = { level, requires: addon }
  }
  const snapshot = compileSnapshot(
    {
      tenant: { id: '', version: view.version, products: [...products] },
      user: view.user,
      role: { ...view.role, permissions, reports: view.reports.map((key) => ({ key })) },
      groupEntries: view.groups.map((groupId) => ({ groupId, allow: true })),
      reportOverrides: [],
    },
    tree,
  )
  return { snapshot, tree }
}
