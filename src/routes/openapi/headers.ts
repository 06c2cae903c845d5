/** @module Headers and parameters of /openapi.json: one description per header, used everywhere. */
import { z } from 'zod'
import { Id } from '../../schemas'
import { inlineSchema } from './components'
import type { Header, JsonSchema, Parameter, Ref } from './types'

const text: JsonSchema = { type: 'string' }

const HEADERS = {
  'X-Request-Id': {
    description: "The request's id: the caller's X-Request-Id when it is sane, else a new UUID",
    schema: text,
  },
  'Cache-Control': { description: '`no-store` unless stated otherwise', schema: text },
  'X-Authz-Consistency': {
    description:
      'Consistency token of the data the answer is based on: send it back in ' +
      'X-Authz-Consistency to read at least this fresh (SPEC §8)',
    schema: text,
  },
  'WWW-Authenticate': {
    description:
      '`Bearer realm="authz"` without a token, `Bearer realm="authz", error="invalid_token"` ' +
      'for a bad one (RFC 6750 §3); `Signature …` for a bad webhook signature; `Ticket …` ' +
      'for a bad push ticket',
    schema: text,
  },
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
  Allow: { description: 'The methods the path accepts', schema: text },
  ETag: {
    description: "Weak ETag of the caller's visibility (everything but `version`)",
    schema: text,
  },
  Vary: { description: '`Authorization`', schema: text },
  Location: { description: 'The URL of what was created', schema: text },
  'X-Authz-User': { description: 'The user id, `-` when not applicable', schema: text },
  'X-Authz-Tenant': { description: 'The tenant id, `-` when not applicable', schema: text },
  'X-Authz-Level': {
    description: "The user's level for the permission, as /v1/check reports it, or `-`",
    schema: text,
  },
  'X-Authz-Reason': {
    description: 'The SPEC §5 reason of the decision, the problem code of a refusal, or `-`',
    schema: text,
  },
  'X-Authz-Route': { description: 'The matched route pattern, or `-`', schema: text },
} as const satisfies Record<string, Omit<Header, 'required'>>

export type HeaderName = keyof typeof HEADERS

/** `components.headers`: every header as it is when always present. */
export const headerComponents = (): Record<string, Header> =>
  Object.fromEntries(
    Object.entries(HEADERS).map(([name, header]) => [name, { ...header, required: true }]),
  )

/**
 * Response headers: `required` ones (on every such answer) refer to `components.headers`; an
 * optional one is written out (a reference cannot say `required: false`).
 */
export function headers(
  required: readonly HeaderName[],
  optional: readonly HeaderName[] = [],
): Record<string, Header | Ref> {
  return Object.fromEntries([
    ...required.map((name) => [name, { $ref: `#/components/headers/${name}` }] as const),
    ...optional.map((name) => [name, { ...HEADERS[name], required: false }] as const),
  ])
}

/** The six X-Authz-* headers of a forward-auth answer (SPEC §9). */
export const FORWARD_AUTH_HEADERS: readonly HeaderName[] = [
  'X-Authz-User',
  'X-Authz-Tenant',
  'X-Authz-Level',
  'X-Authz-Reason',
  'X-Authz-Route',
  'X-Authz-Consistency',
]

const headerParam = (name: string, description: string, schema = text): Parameter => ({
  name,
  in: 'header',
  required: false,
  description,
  schema,
})

const PARAMETERS = {
  'X-Request-Id': headerParam(
    'X-Request-Id',
    'An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer',
  ),
  'X-Authz-Min-Version': headerParam(
    'X-Authz-Min-Version',
    'Answer from data at least this new (a version returned by an admin write); ' +
      '409 `version_not_reached` when the tenant is older',
    { type: 'integer', minimum: 0 },
  ),
  'X-Authz-Consistency': headerParam(
    'X-Authz-Consistency',
    'A consistency token from an earlier answer (at least that fresh), or `full` (read storage ' +
      'itself); 400 `invalid_consistency_token` for anything else',
    { type: 'string', examples: ['42', 'full'] },
  ),
  'If-None-Match': headerParam(
    'If-None-Match',
    'ETags of a cached answer (or `*`): 304 with no body when one matches (weak comparison)',
  ),
  'X-Forwarded-Method': headerParam(
    'X-Forwarded-Method',
    'Method of the original request (Traefik, Caddy, nginx)',
  ),
  'X-Forwarded-Uri': headerParam(
    'X-Forwarded-Uri',
    'URI of the original request; when present it and X-Forwarded-Method are used',
  ),
  'X-Original-Method': headerParam(
    'X-Original-Method',
    'Method of the original request, when X-Forwarded-Uri is absent',
  ),
  'X-Original-URI': headerParam(
    'X-Original-URI',
    'URI of the original request, when X-Forwarded-Uri is absent',
  ),
  Authorization: headerParam(
    'Authorization',
    '`Bearer <token>` of the original request, read only for routes that are not public ' +
      '(the same token as the `bearer` security scheme; cookies are never read)',
  ),
  map: {
    name: 'map',
    in: 'path',
    required: true,
    description: 'A route map deployed with the service (config/route-maps.json), e.g. `demo`',
    schema: text,
  },
  path: {
    name: 'path',
    in: 'path',
    required: true,
    description:
      'Stands for the rest of the path after the map, slashes included (an OpenAPI path ' +
      'parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI ' +
      'is sent (Envoy’s `path_prefix`)',
    schema: text,
  },
} as const satisfies Record<string, Parameter>

export type ParameterName = keyof typeof PARAMETERS

/** `components.parameters`: the parameters several operations share. */
export const parameterComponents = (): Record<string, Parameter> => ({ ...PARAMETERS })

/** A reference to a shared parameter. */
export const param = (name: ParameterName): Ref => ({ $ref: `#/components/parameters/${name}` })

/** X-Authz-Min-Version and X-Authz-Consistency: what a decision may be based on (SPEC §8). */
export const freshnessParams: readonly Ref[] = [
  param('X-Authz-Min-Version'),
  param('X-Authz-Consistency'),
]

export const forwardAuthParams: readonly Ref[] = [
  param('X-Forwarded-Method'),
  param('X-Forwarded-Uri'),
  param('X-Original-Method'),
  param('X-Original-URI'),
  param('Authorization'),
]

/** A path parameter holding one of this service's ids. */
export const idParam = (name: string, description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: inlineSchema(Id, 'input'),
})

/** Query parameters from the strict object schema that validates them. */
export function queryParams(schema: z.ZodObject): Parameter[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const description = z.globalRegistry.get(field)?.description
    return {
      name,
      in: 'query' as const,
      required: !field.safeParse(undefined).success,
      ...(description === undefined ? {} : { description }),
      schema: inlineSchema(field, 'input'),
    }
  })
}
