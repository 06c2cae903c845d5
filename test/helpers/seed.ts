import { env } from 'cloudflare:workers'
import { eq, sql } from 'drizzle-orm'
import { PRODUCTS, type Product } from '../../src/catalog'
import { createDb } from '../../src/db/client'
import { tenants } from '../../src/db/schema'
import { seedTenant, type TenantSeed } from '../../src/repos/tenant-seed'

export const db = () => createDb(env.DB)

export const ALL_PRODUCTS = PRODUCTS.filter((p) => p !== 'core') as Product[]

/** Seeds a tenant under a fresh id (tests never share mutable tenants); returns the id. */
export async function seedFreshTenant(seed: Omit<TenantSeed, 'id' | 'name'>): Promise<string> {
  const id = `t-${crypto.randomUUID().slice(0, 8)}`
  await seedTenant(db(), { id, name: id, ...seed })
  return id
}

/** Increments the tenant version in D1 (what every admin write does); returns the new version. */
export async function bumpVersion(tenantId: string): Promise<number> {
  const [row] = await db()
    .update(tenants)
    .set({ version: sql`${tenants.version} + 1` })
    .where(eq(tenants.id, tenantId))
    .returning({ version: tenants.version })
  return row!.version
}
