/** @module POST /v1/events/ticket's use case: a push ticket for an active user of the tenant. */
import type { DecideDeps } from '../decide/deps'
import { me } from '../decide/me'
import type { Bindings, Principal } from '../env'
import { AppError } from '../errors'

export interface IssuedTicket {
  readonly ticket: string
  /** Unix milliseconds. */
  readonly expiresAt: number
}

/** The tenant's push objects; 500 `misconfigured` when the EVENTS binding is missing. */
export function eventsNamespace(env: Bindings): NonNullable<Bindings['EVENTS']> {
  if (!env.EVENTS) throw new AppError('misconfigured', 'EVENTS is not bound')
  return env.EVENTS
}

/** The Durable Object could not be reached: an infrastructure failure, retried by the caller. */
export const pushUnavailable = (cause: unknown) =>
  new AppError('storage_unavailable', 'the push channel is unavailable', {}, { cause })

/**
 * A single-use ticket for the caller, valid TICKET_TTL_MS. The caller is read as decisions read
 * them: 403 `unknown_user` when not in the tenant, 403 `forbidden` (reason `user_disabled`) when
 * deactivated.
 */
export async function issueTicket(
  deps: DecideDeps,
  events: NonNullable<Bindings['EVENTS']>,
  principal: Principal,
): Promise<IssuedTicket> {
  const { value } = await me(deps, principal)
  if (value.user.status !== 'active') {
    throw new AppError('forbidden', 'the caller is deactivated', { reason: 'user_disabled' })
  }
  try {
    return await events.getByName(principal.tenantId).issue(principal.tenantId, principal.userId)
  } catch (error) {
    throw pushUnavailable(error)
  }
}
