/** @module The dependencies of the decision use cases, built from the bindings by an adapter. */
import type { DataDeps } from '../cache/authz-data'
import { createDb, type Db } from '../db/client'
import { readFreshnessMs, type Bindings } from '../env'
import { consistencyTokens, type ConsistencyTokens } from './consistency-token'

export interface DecideDeps extends DataDeps {
  /** Signs and verifies consistency tokens (CONSISTENCY_SECRET). */
  readonly tokens: ConsistencyTokens
}

const clients = new WeakMap<D1Database, Db>()

/** One drizzle client per D1 binding, not per request. */
function dbFor(d1: D1Database): Db {
  let db = clients.get(d1)
  if (!db) {
    db = createDb(d1)
    clients.set(d1, db)
  }
  return db
}

/** Storage, clock and background work for one request (HTTP, RPC or forward auth). */
export function decisionDeps(
  env: Bindings,
  waitUntil: (promise: Promise<unknown>) => void,
): DecideDeps {
  return {
    db: dbFor(env.DB),
    kv: env.CACHE,
    waitUntil,
    now: Date.now,
    freshnessMs: readFreshnessMs(env),
    tokens: consistencyTokens(env.CONSISTENCY_SECRET),
  }
}
