/** @module The client's names for the service's request and answer shapes (from the document). */
import type { paths } from './generated/openapi'

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never
type RequestOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: infer R
}
  ? JsonBody<NonNullable<R>>
  : never
type AnswerOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: infer R }
}
  ? JsonBody<R>
  : never

export type CheckRequest = RequestOf<'/v1/check', 'post'>
export type CheckResponse = AnswerOf<'/v1/check', 'post'>
export type BatchCheckRequest = RequestOf<'/v1/check/batch', 'post'>
export type BatchCheckResponse = AnswerOf<'/v1/check/batch', 'post'>
export type ScopeRequest = RequestOf<'/v1/scope', 'post'>
export type ScopeResponse = AnswerOf<'/v1/scope', 'post'>
export type MeResponse = AnswerOf<'/v1/me', 'get'>
export type Resource = NonNullable<CheckRequest['resource']>

/** An RFC 9457 problem, as the service sends it (HTTP problem+json, or an RPC value). */
export interface Problem {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly code: string
  readonly detail?: string
  readonly [member: string]: unknown
}

/** An answer of the service: the value and its consistency token, or the problem. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly consistency: string }
  | { readonly ok: false; readonly problem: Problem }

/** Freshness a caller asks for (SPEC §8): `X-Authz-Consistency` / `X-Authz-Min-Version`. */
export interface DecideOptions {
  /** A token from an earlier answer or write, or `full`. */
  readonly consistency?: string
  readonly minVersion?: number
}
