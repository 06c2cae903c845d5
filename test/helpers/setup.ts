import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'

// Every test file starts from a migrated database; files that use the demo tenants seed them
// with seedDemoTenants() (seed.ts), the others make their own tenants.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
