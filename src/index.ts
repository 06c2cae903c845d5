import { env } from 'cloudflare:workers'
import { createApp } from './app'
import { reconcilePointers } from './cache/reconcile'
import { createDb } from './db/client'
import { readFreshnessMs, type Bindings } from './env'

// Fail fast: a worker whose FRESHNESS_MS is invalid does not start (the error names it).
readFreshnessMs(env as Bindings)

export { Authz } from './rpc/authz-entrypoint'
export { TenantEvents } from './events/tenant-events'
const app = createApp()

export default {
  fetch: app.fetch,
  /** Cron Trigger (wrangler.toml): republish version pointers that may be behind D1. */
  async scheduled(_controller, bindings, _ctx) {
    await reconcilePointers({ db: createDb(bindings.DB), kv: bindings.CACHE, now: Date.now })
  },
} satisfies ExportedHandler<Bindings>
