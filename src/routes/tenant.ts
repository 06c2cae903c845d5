/** @module Tenant-wide settings: enabled products and grant scope (tenant-wide admins only). */
import { Hono, type Context } from 'hono'
import { PRODUCTS } from '../catalog'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { readJson } from '../middleware/read-json'
import { findTenant, setGrantScopeStatement, setProductsStatement } from '../repos/tenant-repo'
import { callerLevel, commit, loadCaller, requireAllowed, type Caller } from './admin-context'
import { dataDeps } from './http-deps'
import { ProductsBody, SettingsBody } from '../schemas'

/** Tenant-wide settings need admin.settings at level all (or group over the whole tenant). */
function requireTenantWide(caller: Caller, permission: string) {
  requireAllowed(caller, permission)
  if (callerLevel(caller, permission) !== 'all') {
    throw new AppError('forbidden', `${permission} over the whole tenant is needed`, {
      reason: 'not_tenant_wide',
    })
  }
}

async function tenantOf(c: Context<AppEnv>, caller: Caller) {
  const tenant = await findTenant(dataDeps(c).db, caller.principal.tenantId)
  if (!tenant) throw new AppError('not_found', 'no such tenant')
  return tenant
}

const productsView = (enabled: readonly string[]) => ({
  enabled: ['core', ...PRODUCTS.filter((p) => p !== 'core' && enabled.includes(p))],
  available: [...PRODUCTS],
})

export const tenantRoutes = new Hono<AppEnv>()
  .get('/tenant/products', async (c) => {
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.settings:read')
    const tenant = await tenantOf(c, caller)
    return c.json({ ...productsView(tenant.products), version: caller.version })
  })
  .put('/tenant/products', async (c) => {
    const body = await readJson(c, ProductsBody)
    const caller = await loadCaller(c)
    requireTenantWide(caller, 'admin.settings:write')
    const before = await tenantOf(c, caller)
    const products = [...new Set(body.products)]
    const version = await commit(c, caller, {
      reach: 'structure',
      changes: [setProductsStatement(dataDeps(c).db, caller.principal.tenantId, products)],
      audit: [
        {
          action: 'tenant.products',
          targetType: 'tenant',
          targetId: caller.principal.tenantId,
          before: before.products,
          after: products,
        },
      ],
    })
    return c.json({ ...productsView(products), version })
  })
  .get('/tenant/settings', async (c) => {
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.settings:read')
    const tenant = await tenantOf(c, caller)
    return c.json({ grantScope: tenant.grantScope, version: caller.version })
  })
  .put('/tenant/settings', async (c) => {
    const body = await readJson(c, SettingsBody)
    const caller = await loadCaller(c)
    requireTenantWide(caller, 'admin.settings:write')
    const before = await tenantOf(c, caller)
    const version = await commit(c, caller, {
      reach: 'structure',
      changes: [setGrantScopeStatement(dataDeps(c).db, caller.principal.tenantId, body.grantScope)],
      audit: [
        {
          action: 'tenant.settings',
          targetType: 'tenant',
          targetId: caller.principal.tenantId,
          before: { grantScope: before.grantScope },
          after: body,
        },
      ],
    })
    return c.json({ grantScope: body.grantScope, version })
  })
