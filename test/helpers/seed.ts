import { env } from 'cloudflare:workers'
import { eq, sql } from 'drizzle-orm'
import { PRODUCTS, type Product } from '../../src/catalog'
import { createDb } from '../../src/db/client'
import { auditLog, tenants } from '../../src/db/schema'
import { DEMO_TENANTS } from '../../src/demo/demo-tenants'
import { seedTenant, type TenantSeed } from '../../src/repos/tenant-seed'

export const db = () => createDb(env.DB)

export const ALL_PRODUCTS = PRODUCTS.filter((p) => p !== 'core') as Product[]

/** Seeds a tenant under a fresh id (tests never share mutable tenants); returns the id. */
export async function seedFreshTenant(seed: Omit<TenantSeed, 'id' | 'name'>): Promise<string> {
  const id = `t-${crypto.randomUUID().slice(0, 8)}`
  await seedTenant(db(), { id, name: id, ...seed })
  return id
}

/**
 * Records a change made straight in D1 the way an admin write does: the tenant version goes up,
 * with the structure version for a tenant-wide change, or with an audit row naming the one user
 * whose rows changed. Returns the new version.
 */
export async function bumpVersion(tenantId: string, changedUser?: string): Promise<number> {
  const [row] = await db()
    .update(tenants)
    .set(
      changedUser === undefined
        ? { version: sql`${tenants.version} + 1`, structureVersion: sql`${tenants.version} + 1` }
        : { version: sql`${tenants.version} + 1` },
    )
    .where(eq(tenants.id, tenantId))
    .returning({ version: tenants.version })
  const version = row!.version
  if (changedUser !== undefined) {
    await db().insert(auditLog).values({
      tenantId,
      at: Date.now(),
      actorId: 'test',
      action: 'user.update',
      targetType: 'user',
      targetId: changedUser,
      version,
    })
  }
  return version
}

/**
 * The organisation most admin tests use, all products on: root > r1 (l1, l2), r2 (l3);
 * `boss` is an admin at the root with score, `lead` an admin of r1 only. Extra users are added.
 */
export function seedOrg(users: TenantSeed['users'] = []): Promise<string> {
  return seedFreshTenant({
    products: ALL_PRODUCTS,
    groups: [
      { id: 'root', name: 'Root', parentId: null },
      { id: 'r1', name: 'R1', parentId: 'root' },
      { id: 'l1', name: 'L1', parentId: 'r1' },
      { id: 'l2', name: 'L2', parentId: 'r1' },
      { id: 'r2', name: 'R2', parentId: 'root' },
      { id: 'l3', name: 'L3', parentId: 'r2' },
    ],
    users: [
      { id: 'boss', name: 'Boss', roleId: 'admin', homeGroupId: 'root', addons: { score: true } },
      { id: 'lead', name: 'Lead', roleId: 'admin', homeGroupId: 'r1' },
      ...users,
    ],
  })
}

/** Loads the demo tenants of SPEC §7 (acme, globex); a no-op when they are there. */
export async function seedDemoTenants(): Promise<void> {
  for (const tenant of DEMO_TENANTS) await seedTenant(db(), tenant)
}

/** The tenant's version as D1 holds it. */
export async function versionOf(tenantId: string): Promise<number> {
  const [row] = await db()
    .select({ version: tenants.version })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
  return row!.version
}
