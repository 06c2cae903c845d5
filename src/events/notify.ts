/** @module After an admin write commits: tell the tenant's push object its new version. */
import type { Bindings } from '../env'

/**
 * Reports `version` of `tenantId` to the tenant's TenantEvents object. Never rejects: a lost
 * notification is logged, and the next write or connect carries a version at least as new.
 * Without an EVENTS binding (push not deployed) it does nothing.
 */
export async function notifyVersion(
  env: Bindings,
  tenantId: string,
  version: number,
): Promise<void> {
  if (!env.EVENTS) return
  for (let attempt = 1; ; attempt++) {
    try {
      await env.EVENTS.getByName(tenantId).notify(tenantId, version)
      return
    } catch (error) {
      // The runtime marks failures a retry may cure (e.g. the object was being reset).
      const retryable = (error as { retryable?: unknown } | null)?.retryable === true
      if (!retryable || attempt >= 2) {
        console.error(
          JSON.stringify({
            event: 'push_notify_failed',
            tenant: tenantId,
            version,
            error: String(error),
          }),
        )
        return
      }
    }
  }
}
