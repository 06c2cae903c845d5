// Loads the demo tenants (SPEC §7) into local D1; a tenant that exists is left as it is.
import { getPlatformProxy } from 'wrangler'
import { createDb } from '../src/db/client'
import { DEMO_TENANTS } from '../src/demo/demo-tenants'
import { seedTenant } from '../src/repos/tenant-seed'

const { env, dispose } = await getPlatformProxy<{ DB: D1Database }>({ persist: true })
const db = createDb(env.DB)
for (const tenant of DEMO_TENANTS) {
  const wrote = await seedTenant(db, tenant)
  console.log(
    wrote ? `Loaded demo tenant ${tenant.id}` : `Demo tenant ${tenant.id} already present`,
  )
}
await dispose()
