/** @module Tenant-wide settings use cases: enabled products and grant scope (tenant-wide admins). */
import type { z } from 'zod'
import { PRODUCTS } from '../catalog'
import type { GrantScope } from '../engine'
import { AppError } from '../errors'
import { findTenant, setGrantScopeStatement, setProductsStatement } from '../repos/tenant-repo'
import type { ProductsBody, SettingsBody } from '../schemas'
import { callerLevel, requireAllowed, type Caller } from './caller'
import { commit, type Written } from './commit'
import type { AdminDeps } from './deps'

export type ProductsInput = z.output<typeof ProductsBody>
export type SettingsInput = z.output<typeof SettingsBody>

export interface ProductsAnswer {
  /** `core` first, then the enabled products in catalog order. */
  readonly enabled: string[]
  readonly available: string[]
  readonly version: number
}

export interface SettingsAnswer {
  readonly grantScope: GrantScope
  readonly version: number
}

/** Tenant-wide settings need admin.settings at level all (or group over the whole tenant). */
function requireTenantWide(caller: Caller, permission: string) {
  requireAllowed(caller, permission)
  if (callerLevel(caller, permission) !== 'all') {
    throw new AppError('forbidden', `${permission} over the whole tenant is needed`, {
      reason: 'not_tenant_wide',
    })
  }
}

async function tenantOf(deps: AdminDeps, caller: Caller) {
  const tenant = await findTenant(deps.db, caller.principal.tenantId)
  if (!tenant) throw new AppError('not_found', 'no such tenant')
  return tenant
}

const productsView = (enabled: readonly string[]) => ({
  enabled: ['core', ...PRODUCTS.filter((p) => p !== 'core' && enabled.includes(p))],
  available: [...PRODUCTS],
})

/** The tenant's enabled products; 403 without admin.settings:read. */
export async function showProducts(deps: AdminDeps, caller: Caller): Promise<ProductsAnswer> {
  requireAllowed(caller, 'admin.settings:read')
  const tenant = await tenantOf(deps, caller)
  return { ...productsView(tenant.products), version: caller.version }
}

/**
 * Sets the enabled products (audited `tenant.products`); 403 without admin.settings:write over
 * the whole tenant (reason `not_tenant_wide` when only over part of it).
 */
export async function setProducts(
  deps: AdminDeps,
  caller: Caller,
  input: ProductsInput,
): Promise<Written<ProductsAnswer>> {
  requireTenantWide(caller, 'admin.settings:write')
  const before = await tenantOf(deps, caller)
  const products = [...new Set(input.products)]
  const tenantId = caller.principal.tenantId
  const { version, consistency } = await commit(deps, caller, {
    reach: 'structure',
    changes: [setProductsStatement(deps.db, tenantId, products)],
    audit: [
      {
        action: 'tenant.products',
        targetType: 'tenant',
        targetId: tenantId,
        before: before.products,
        after: products,
      },
    ],
  })
  return { value: { ...productsView(products), version }, consistency }
}

/** The tenant's grant scope; 403 without admin.settings:read. */
export async function showSettings(deps: AdminDeps, caller: Caller): Promise<SettingsAnswer> {
  requireAllowed(caller, 'admin.settings:read')
  const tenant = await tenantOf(deps, caller)
  return { grantScope: tenant.grantScope, version: caller.version }
}

/** Sets the grant scope (audited `tenant.settings`); 403 as setProducts. */
export async function setSettings(
  deps: AdminDeps,
  caller: Caller,
  input: SettingsInput,
): Promise<Written<SettingsAnswer>> {
  requireTenantWide(caller, 'admin.settings:write')
  const before = await tenantOf(deps, caller)
  const tenantId = caller.principal.tenantId
  const { version, consistency } = await commit(deps, caller, {
    reach: 'structure',
    changes: [setGrantScopeStatement(deps.db, tenantId, input.grantScope)],
    audit: [
      {
        action: 'tenant.settings',
        targetType: 'tenant',
        targetId: tenantId,
        before: { grantScope: before.grantScope },
        after: input,
      },
    ],
  })
  return { value: { grantScope: input.grantScope, version }, consistency }
}
