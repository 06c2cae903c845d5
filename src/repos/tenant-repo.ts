/** @module The tenant row: products, grant scope. */
import { eq } from 'drizzle-orm'
import type { Db } from '../db/client'
import { tenants } from '../db/schema'
import type { GrantScope } from '../engine'
import { readD1 } from './authz-rows-repo'

/** The tenant's current version; undefined when there is no such tenant. */
export async function tenantVersion(db: Db, tenantId: string): Promise<number | undefined> {
  const [row] = await readD1(() =>
    db.select({ version: tenants.version }).from(tenants).where(eq(tenants.id, tenantId)),
  )
  return row?.version
}

export async function findTenant(db: Db, tenantId: string) {
  const [row] = await readD1(() =>
    db
      .select({
        id: tenants.id,
        name: tenants.name,
        products: tenants.products,
        grantScope: tenants.grantScope,
      })
      .from(tenants)
      .where(eq(tenants.id, tenantId)),
  )
  return row
}

export const setProductsStatement = (db: Db, tenantId: string, products: readonly string[]) =>
  db
    .update(tenants)
    .set({ products: [...products] })
    .where(eq(tenants.id, tenantId))

export const setGrantScopeStatement = (db: Db, tenantId: string, grantScope: GrantScope) =>
  db.update(tenants).set({ grantScope }).where(eq(tenants.id, tenantId))
