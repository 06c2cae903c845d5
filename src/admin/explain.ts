/** @module Explain (SPEC §10): why a user is allowed or denied, read for an admin who may see them. */
import { PERMISSION_BY_KEY } from '../catalog'
import { loadFresh } from '../cache/authz-data'
import { explain, inRanges, isEngineError, type Explanation, type Resource } from '../engine'
import { AppError } from '../errors'
import { findUser, grantScopeOf, type UserRecord } from '../repos/users-repo'
import { requireAllowed, type Caller } from './caller'
import type { AdminDeps } from './deps'
import { resolveResource } from '../decide/subject'
import { userAsResource } from './user-access'

export interface ExplainInput {
  readonly userId: string
  readonly permission: string
  readonly resource?: Resource | undefined
}

export interface ExplainAnswer {
  readonly user: Pick<UserRecord, 'id' | 'name' | 'roleId' | 'homeGroupId' | 'status'>
  /** The resource as it was decided (a `user` resource filled in as POST /v1/check does). */
  readonly resource: Resource | undefined
  readonly explanation: Explanation
  readonly version: number
}

/**
 * Explains what POST /v1/check would answer for `userId` (their data read fresh from D1), with the
 * changes that would flip it. 400 `unknown_permission`, 404 `not_found` for a user the tenant does
 * not have, 403 `forbidden` without admin.users:read over that user.
 */
export async function explainDecision(
  deps: AdminDeps,
  caller: Caller,
  input: ExplainInput,
): Promise<ExplainAnswer> {
  const tenantId = caller.principal.tenantId
  if (!PERMISSION_BY_KEY.has(input.permission)) {
    throw new AppError('unknown_permission', `"${input.permission}" is not in the catalog`)
  }
  const user = await findUser(deps.db, tenantId, input.userId)
  if (!user) throw new AppError('not_found', `no user "${input.userId}"`)
  requireAllowed(caller, 'admin.users:read', userAsResource(user))
  const [data, grantScope, resource] = await Promise.all([
    loadFresh(deps, tenantId, user.id),
    grantScopeOf(deps.db, tenantId),
    resolveResource((id) => loadFresh(deps, tenantId, id), input.resource),
  ])
  const outcome = explain(
    data.snapshot,
    data.tree,
    { permission: input.permission, resource },
    {
      entries: user.groups,
      grantScope,
      reportOverrides: [
        ...user.reports.grant.map((key) => ({ key, grant: true })),
        ...user.reports.revoke.map((key) => ({ key, grant: false })),
      ],
    },
  )
  if (isEngineError(outcome)) throw new AppError('unknown_permission', input.permission)
  const { id, name, roleId, homeGroupId, status } = user
  return {
    user: { id, name, roleId, homeGroupId, status },
    resource,
    explanation: outcome,
    version: data.version,
  }
}

/**
 * Up to `limit` ids of groups the caller can access whose id starts with `prefix`, in preorder:
 * the choices of a group field, bounded whatever the size of the tree.
 */
export function accessibleGroupIds(caller: Caller, prefix: string, limit: number): string[] {
  const { tree, snapshot } = caller
  const out: string[] = []
  for (let at = 0; at < tree.ids.length && out.length < limit; at++) {
    const id = tree.ids[at]!
    if (id.startsWith(prefix) && inRanges(snapshot.ranges, at)) out.push(id)
  }
  return out
}
