/** @module Roles as the editor and the audit log show them, and catalog checks on role content. */
import {
  PERMISSION_BY_KEY,
  REPORTS,
  maskHas,
  roleDrift,
  validatePermissions,
  type EntryInput,
  type Product,
  type RoleEntry,
} from '../catalog'
import { AppError } from '../errors'
import type { RoleContent, RoleRecord } from '../repos/roles-repo'
import type { Caller } from './caller'

export type ProductFilter = (product: Product) => boolean

/** The content a product filter lets through: permissions and reports of enabled products. */
function visibleContent(content: RoleContent, enabled: ProductFilter): RoleContent {
  return {
    permissions: Object.fromEntries(
      Object.entries(content.permissions).filter(([key]) => {
        const def = PERMISSION_BY_KEY.get(key)
        return def !== undefined && enabled(def.product)
      }),
    ),
    reports: content.reports.filter((r) => enabled(REPORTS[r.key])),
  }
}

/**
 * A role as the editor shows it: only modules of enabled products (SPEC §2). Entries of a
 * disabled product stay stored and show again when it is turned on. Without a filter (the audit
 * log), everything.
 */
export function roleView(role: RoleRecord, enabled: ProductFilter = () => true) {
  const current = visibleContent(role, enabled)
  return {
    id: role.id,
    name: role.name,
    system: role.system,
    comingSoon: role.comingSoon,
    assignable: !role.comingSoon,
    ...current,
    drift: roleDrift(visibleContent(role.defaults, enabled), current),
  }
}

export type RoleView = ReturnType<typeof roleView>

/** The caller's tenant's enabled products. */
export const editorFilter =
  (caller: Caller): ProductFilter =>
  (product) =>
    maskHas(caller.snapshot.products, product)

/** Catalog-checked permissions; 400 `unknown_permission` / `invalid_request` otherwise. */
export function checkedPermissions(
  input: Readonly<Record<string, EntryInput>>,
): Record<string, RoleEntry> {
  const { permissions, unknown, problems } = validatePermissions(input)
  if (unknown.length > 0) {
    throw new AppError('unknown_permission', `not in the catalog: ${unknown.join(', ')}`)
  }
  if (problems.length > 0) {
    throw new AppError(
      'invalid_request',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      {
        errors: problems,
      },
    )
  }
  return permissions
}
