/** @module The dependencies of the admin use cases: the decision deps and the push notifier. */
import { decisionDeps, type DecideDeps } from '../decide/deps'
import type { Bindings } from '../env'
import { notifyVersion } from '../events/notify'

/** The decision deps (storage, clock, background work, tokens) and the push notifier. */
export interface AdminDeps extends DecideDeps {
  /**
   * Tells the tenant's push channel its new version (SPEC §8). Never rejects: a lost notification
   * is logged, and the next write or connect carries a version at least as new.
   */
  readonly notify: (tenantId: string, version: number) => Promise<void>
}

/** Storage, clock, background work and push for one admin request (HTTP or console). */
export function adminDeps(
  env: Bindings,
  waitUntil: (promise: Promise<unknown>) => void,
): AdminDeps {
  return {
    ...decisionDeps(env, waitUntil),
    notify: (tenantId, version) => notifyVersion(env, tenantId, version),
  }
}
