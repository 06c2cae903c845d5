/**
 * @module Decider: what a downstream service needs from the authorization service, whichever way
 * it reaches it. The HTTP client (createAuthzClient) implements it, and so does a service binding
 * to the worker's `Authz` entrypoint (`env.AUTHZ`), whose methods have exactly these signatures.
 *
 * Every method takes the end user's bearer token. A service answer, deny and error included, is a
 * value; a method rejects only when the service cannot be reached at all.
 */
import type {
  BatchCheckRequest,
  BatchCheckResponse,
  CheckRequest,
  CheckResponse,
  DecideOptions,
  MeResponse,
  Result,
  ScopeRequest,
  ScopeResponse,
} from './types'

export interface Decider {
  check(token: string, input: CheckRequest, options?: DecideOptions): Promise<Result<CheckResponse>>
  checkBatch(
    token: string,
    input: BatchCheckRequest,
    options?: DecideOptions,
  ): Promise<Result<BatchCheckResponse>>
  scope(token: string, input: ScopeRequest, options?: DecideOptions): Promise<Result<ScopeResponse>>
  me(token: string, options?: DecideOptions): Promise<Result<MeResponse>>
}
