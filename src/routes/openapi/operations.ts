/** @module Builds one OpenAPI operation: parameters, body, answers and its problem codes. */
import type { z } from 'zod'
import type { ErrorCode } from '../../errors'
import { schemaRef } from './components'
import { headers, param, type HeaderName } from './headers'
import { CODES, problemResponses, type Variant } from './problems'
import type { Operation, Parameter, Ref, ResponseObject } from './types'

const SECURITY = {
  bearer: [{ bearer: [] }],
  none: [],
  optional: [{ bearer: [] }, {}],
} as const

export interface OperationSpec {
  readonly operationId: string
  readonly summary: string
  readonly description?: string
  readonly tag: string
  /** `optional`: the token is read only sometimes (forward auth's public routes skip it). */
  readonly auth: keyof typeof SECURITY
  readonly parameters?: readonly (Parameter | Ref)[]
  /** A JSON request body, validated by this schema (documented as its input shape). */
  readonly body?: z.ZodType
  /** The answers that are not problems, by status. */
  readonly answers: Readonly<Record<string, ResponseObject>>
  /** Every problem code the operation can answer (`internal` is added but for /healthz). */
  readonly codes: readonly ErrorCode[]
  /** Headers an adapter adds to some of its problem answers. */
  readonly variant?: Variant
  /** False for the one route served before every middleware (/healthz): no id, no 500. */
  readonly requestId?: boolean
}

/** A JSON answer with the given schema and headers (X-Request-Id is added). */
export function jsonAnswer(
  description: string,
  schema: z.ZodType,
  required: readonly HeaderName[] = [],
  optional: readonly HeaderName[] = [],
): ResponseObject {
  return {
    description,
    headers: headers(['X-Request-Id', ...required], optional),
    content: { 'application/json': { schema: schemaRef(schema) } },
  }
}

/** An answer without a body. */
export const emptyAnswer = (
  description: string,
  required: readonly HeaderName[] = [],
  optional: readonly HeaderName[] = [],
): ResponseObject => ({ description, headers: headers(['X-Request-Id', ...required], optional) })

export function operation(spec: OperationSpec): Operation {
  const parameters = [
    ...(spec.parameters ?? []),
    ...(spec.requestId === false ? [] : [param('X-Request-Id')]),
  ]
  const codes = spec.requestId === false ? spec.codes : [...spec.codes, ...CODES.internal]
  const problems = problemResponses(codes, spec.variant)
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    tags: [spec.tag],
    security: SECURITY[spec.auth],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(spec.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaRef(spec.body) } },
          },
        }),
    responses: Object.fromEntries(
      Object.entries({ ...spec.answers, ...problems }).sort(([a], [b]) => a.localeCompare(b)),
    ),
  }
}

/** The answer of a method a path does not have: 405 with Allow (after the token, under /v1). */
export function methodNotAllowed(path: string, allow: string): Operation {
  const authenticated = path.startsWith('/v1/')
  return {
    summary: `Not allowed: use ${allow}`,
    tags: ['Method not allowed'],
    security: authenticated ? SECURITY.bearer : SECURITY.none,
    parameters: [param('X-Request-Id')],
    responses: problemResponses([
      'method_not_allowed',
      ...CODES.internal,
      ...(authenticated ? CODES.auth : []),
    ]),
    'x-method-not-allowed': true,
  }
}
