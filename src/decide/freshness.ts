/**
 * @module What a decision may be based on, as the caller asks for it (SPEC §8), and the signed
 * consistency token every answer carries.
 *
 * `X-Authz-Min-Version: N` and `X-Authz-Consistency: <token>` both ask for data at least that
 * new (both must hold when both are sent); `X-Authz-Consistency: full` asks for D1 itself.
 */
import type { Freshness } from '../cache/authz-data'
import { AppError } from '../errors'
import type { ConsistencyTokens } from './consistency-token'

export type { Freshness }

/** How a caller states freshness: the two headers, or the same strings over RPC. */
export interface FreshnessInput {
  readonly minVersion?: string | number | undefined
  readonly consistency?: string | undefined
}

/** An answer and the consistency token of the data it was decided on. */
export interface Decided<T> {
  readonly value: T
  readonly consistency: string
}

const VERSION = /^\d{1,15}$/

/**
 * The freshness a caller asked for, for a principal of `tenantId`: 400 `invalid_request` for a
 * malformed min version, 400 `invalid_consistency_token` for a token that does not verify or
 * names another tenant. An old token is simply satisfied.
 */
export async function resolveFreshness(
  tokens: ConsistencyTokens,
  tenantId: string,
  input: FreshnessInput,
): Promise<Freshness> {
  let minVersion: number | undefined
  if (input.minVersion !== undefined) {
    const raw = String(input.minVersion).trim()
    if (!VERSION.test(raw)) {
      throw new AppError('invalid_request', 'X-Authz-Min-Version must be a non-negative integer')
    }
    minVersion = Number(raw)
  }
  const token = input.consistency?.trim()
  if (token === undefined) return { minVersion }
  if (token === 'full') return { minVersion, full: true }
  const claim = await tokens.verify(token)
  if (!claim) throw new AppError('invalid_consistency_token', 'the token does not verify')
  if (claim.tenant !== tenantId) {
    throw new AppError('invalid_consistency_token', 'the token names another tenant')
  }
  return { minVersion: Math.max(minVersion ?? 0, claim.version), bookmark: claim.bookmark }
}

/** Wraps an answer decided at `value.version` with its token. */
export async function decided<T extends { readonly version: number }>(
  tokens: ConsistencyTokens,
  tenant: string,
  value: T,
): Promise<Decided<T>> {
  return { value, consistency: await tokens.sign({ tenant, version: value.version }) }
}
