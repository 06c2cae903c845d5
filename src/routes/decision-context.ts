/** @module What every decision route needs: data deps, the subject, min version, resources. */
import type { Context } from 'hono'
import type { DataDeps, DecisionData } from '../cache/authz-data'
import { createDb, type Db } from '../db/client'
import type { Resource } from '../engine'
import { readVersionMemoMs, type AppEnv, type Principal } from '../env'
import { AppError } from '../errors'

export const CHECK_SCOPE = 'authz:check'

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

export function dataDeps(c: Context<AppEnv>): DataDeps {
  return {
    db: dbFor(c.env.DB),
    kv: c.env.CACHE,
    waitUntil: (p) => c.executionCtx.waitUntil(p),
    now: Date.now,
    versionMemoMs: readVersionMemoMs(c.env),
  }
}

/** X-Authz-Min-Version as a number; undefined when absent; 400 when not a whole number. */
export function minVersionOf(c: Context<AppEnv>): number | undefined {
  const raw = c.req.header('x-authz-min-version')
  if (raw === undefined) return undefined
  if (!/^\d{1,15}$/.test(raw.trim())) {
    throw new AppError('invalid_request', 'X-Authz-Min-Version must be a non-negative integer')
  }
  return Number(raw.trim())
}

/** The user a decision is about: the caller, or `subject` for tokens with scope authz:check. */
export function subjectOf(principal: Principal, subject: string | undefined): string {
  if (subject === undefined || subject === principal.userId) return principal.userId
  if (!principal.scopes.has(CHECK_SCOPE)) {
    throw new AppError(
      'subject_not_allowed',
      `checking for "${subject}" needs scope ${CHECK_SCOPE}`,
    )
  }
  return subject
}

/**
 * For a resource of type `user` the service fills in the target's home group and owner (SPEC §5),
 * overriding what the caller sent; anything else is passed through.
 */
export async function resolveResource(
  loadOther: (userId: string) => Promise<DecisionData>,
  resource: Resource | undefined,
): Promise<Resource | undefined> {
  if (resource?.type !== 'user') return resource
  const target = await loadOther(resource.id)
  return {
    type: 'user',
    id: resource.id,
    ownerId: resource.id,
    groupId: target.snapshot?.user.homeGroupId,
  }
}

export const NO_STORE = { 'Cache-Control': 'no-store' } as const
