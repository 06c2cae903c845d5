/** @module How many users hold each role of the tenant: the roles list's holder counts. */
import { count, eq } from 'drizzle-orm'
import { users } from '../db/schema'
import { readD1 } from '../repos/authz-rows-repo'
import { requireAllowed, type Caller } from './caller'
import type { AdminDeps } from './deps'

/**
 * Role id -> number of users of the tenant holding it (one grouped read over the users' role
 * index; roles nobody holds are absent). 403 without admin.roles:read.
 */
export async function countRoleHolders(
  deps: AdminDeps,
  caller: Caller,
): Promise<ReadonlyMap<string, number>> {
  requireAllowed(caller, 'admin.roles:read')
  const rows = await readD1(() =>
    deps.db
      .select({ roleId: users.roleId, holders: count() })
      .from(users)
      .where(eq(users.tenantId, caller.principal.tenantId))
      .groupBy(users.roleId),
  )
  return new Map(rows.map((r) => [r.roleId, r.holders]))
}
