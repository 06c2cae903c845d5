/** @module The dependencies of the decision use cases, built from the bindings by an adapter. */
import type { DataDeps } from '../cache/authz-data'
import { createDb, type Db } from '../db/client'
import { readFreshnessMs, type Bindings } from '../env'
import { consistencyTokens, type ConsistencyTokens } from './consistency-token'

/** A client on the D1 primary, and the bookmark of what went through it (for write tokens). */
export interface PrimarySession {
  readonly db: Db
  readonly bookmark: () => string | undefined
}

export interface DecideDeps extends DataDeps {
  /** Opens a session on the primary: admin writes run there and name its bookmark. */
  readonly primary: () => PrimarySession
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

/** A drizzle client over a D1 session; the plain binding when sessions are unavailable. */
function sessionDb(d1: D1Database, constraint: string): Db {
  try {
    // A session has prepare() and batch(), all drizzle's D1 driver calls.
    return createDb(d1.withSession(constraint) as unknown as D1Database)
  } catch {
    return dbFor(d1) // a failing D1 fails again there, inside the reads that map it to 503
  }
}

function primarySession(d1: D1Database): PrimarySession {
  try {
    const session = d1.withSession('first-primary')
    return {
      db: createDb(session as unknown as D1Database),
      bookmark: () => session.getBookmark() ?? undefined,
    }
  } catch {
    return { db: dbFor(d1), bookmark: () => undefined }
  }
}

const perBindings = new WeakMap<Bindings, Omit<DecideDeps, 'waitUntil'>>()

/** Storage, clock and background work for one request (HTTP, RPC or forward auth). */
export function decisionDeps(
  env: Bindings,
  waitUntil: (promise: Promise<unknown>) => void,
): DecideDeps {
  // Everything but waitUntil depends on the bindings alone: built once per bindings object.
  let shared = perBindings.get(env)
  if (!shared) {
    shared = {
      db: dbFor(env.DB),
      session: (constraint) => sessionDb(env.DB, constraint),
      primary: () => primarySession(env.DB),
      kv: env.CACHE,
      now: Date.now,
      freshnessMs: readFreshnessMs(env),
      tokens: consistencyTokens(env.CONSISTENCY_SECRET),
    }
    perBindings.set(env, shared)
  }
  return { ...shared, waitUntil }
}
