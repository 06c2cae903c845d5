/** @module Who and what a decision is about: the subject user and a `user` resource's owner. */
import type { DecisionData } from '../cache/authz-data'
import type { Resource } from '../engine'
import type { Principal } from '../env'
import { AppError } from '../errors'

export const CHECK_SCOPE = 'authz:check'

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
