import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { createDb } from '../../src/db/client'
import { DEMO_TENANTS } from '../../src/demo/demo-tenants'
import { seedTenant } from '../../src/repos/tenant-seed'

// Idempotent: migrations are recorded, and seeding skips a tenant that exists.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
const db = createDb(env.DB)
for (const tenant of DEMO_TENANTS) await seedTenant(db, tenant)
