import { env } from 'cloudflare:workers'
import { createApp } from './app'
import { reconcilePointers } from './cache/reconcile'
import { createDb } from './db/client'
import { readFreshnessMs, type Bindings } from './env'
import { notifyVersion } from './events/notify'
import { decisionFastPath } from './routes/decisions'

// Fail fast: a worker whose FRESHNESS_MS is invalid does not start (the error names it).
readFreshnessMs(env as Bindings)

export { Authz } from './rpc/authz-entrypoint'
export { TenantEvents } from './events/tenant-events'
const app = createApp()

export default {
  // The decision endpoints skip the router (same answers, less work per request).
  fetch: (request: Request, env: Bindings, ctx: ExecutionContext) =>
    decisionFastPath(request, env, ctx) ?? app.fetch(request, env, ctx),
  /**
   * Cron Trigger (wrangler.toml): republish version pointers that may be behind D1, and tell the
   * push channel, in case a write's own notification was lost.
   */
  async scheduled(_controller, bindings, _ctx) {
    const db = createDb(bindings.DB)
    const { published } = await reconcilePointers({ db, kv: bindings.CACHE, now: Date.now })
    await Promise.all(published.map((p) => notifyVersion(bindings, p.tenant, p.version)))
  },
} satisfies ExportedHandler<Bindings>
