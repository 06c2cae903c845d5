/**
 * @module What a decision may be based on, as the caller asks for it (SPEC §8), and the
 * consistency token every answer carries.
 *
 * Until the signed tokens of SPEC §8 are built, a consistency token is the tenant version as a
 * decimal string: callers treat it as opaque and send it back in `X-Authz-Consistency`, where it
 * means "at least as fresh as this version", exactly like `X-Authz-Min-Version`.
 */
import type { Freshness } from '../cache/authz-data'
import { AppError } from '../errors'

export type { Freshness }

/** How a caller states freshness: the two headers, or the same strings over RPC. */
export interface FreshnessInput {
  readonly minVersion?: string | number | undefined
  readonly consistency?: string | undefined
}

const VERSION = /^\d{1,15}$/

/** The token an answer decided at `version` carries in `X-Authz-Consistency`. */
export const consistencyToken = (version: number): string => String(version)

/** Parses the caller's freshness request; 400 for a malformed header or token. */
export function readFreshness(input: FreshnessInput): Freshness {
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
  if (!VERSION.test(token)) {
    throw new AppError('invalid_consistency_token', 'X-Authz-Consistency is not a token')
  }
  return { minVersion: Math.max(minVersion ?? 0, Number(token)) }
}
