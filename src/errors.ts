/** @module AppError and its RFC 9457 rendering: the one place an HTTP status is chosen. */

const STATUS = {
  invalid_request: 400,
  invalid_json: 400,
  unknown_permission: 400,
  invalid_consistency_token: 400,
  unauthenticated: 401,
  invalid_token: 401,
  invalid_signature: 401,
  invalid_ticket: 401,
  forbidden: 403,
  csrf_failed: 403,
  subject_not_allowed: 403,
  unknown_user: 403,
  no_route: 403,
  not_found: 404,
  method_not_allowed: 405,
  version_not_reached: 409,
  version_conflict: 409,
  name_taken: 409,
  system_role: 409,
  role_in_use: 409,
  id_taken: 409,
  group_not_empty: 409,
  group_cycle: 400,
  role_unavailable: 400,
  invalid_group_access: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  upgrade_required: 426,
  misconfigured: 500,
  unknown_route_map: 500,
  internal: 500,
  storage_unavailable: 503,
  key_fetch_unavailable: 503,
} as const

export type ErrorCode = keyof typeof STATUS

const TITLES: Record<ErrorCode, string> = {
  invalid_request: 'The request does not match the schema',
  invalid_json: 'The body is not valid JSON',
  unknown_permission: 'The permission is not in the catalog',
  invalid_consistency_token: 'X-Authz-Consistency is not a token of this service for this tenant',
  unauthenticated: 'A bearer token is required',
  invalid_token: 'The bearer token is not valid',
  invalid_signature: 'The webhook signature is missing, wrong or stale',
  invalid_ticket: 'The push ticket is missing, malformed, unknown, used or expired',
  forbidden: 'The caller may not do this',
  csrf_failed: 'The form did not come from this console session; nothing was changed',
  subject_not_allowed: 'Checking on behalf of another user needs scope authz:check',
  unknown_user: "The token's user is not known in its tenant",
  no_route: 'No route of the route map matches the request',
  not_found: 'No such resource',
  method_not_allowed: 'Method not allowed on this resource',
  version_not_reached: 'The tenant has not reached the requested version',
  version_conflict: 'Another write changed the tenant meanwhile; nothing was written, retry',
  name_taken: 'The name is already used in this tenant',
  system_role: 'System roles cannot be deleted',
  role_in_use: 'The role is held by users and cannot be deleted',
  id_taken: 'The id is already used in this tenant',
  group_not_empty: 'The group has child groups or home users',
  group_cycle: 'A group cannot move below itself',
  role_unavailable: 'The role cannot be assigned (coming soon)',
  invalid_group_access: 'The group entries break the group access rules',
  payload_too_large: 'The body is larger than 64 KiB',
  unsupported_media_type: 'The body must be application/json',
  upgrade_required: 'This resource is a WebSocket: send Upgrade: websocket',
  misconfigured: 'The service is misconfigured',
  unknown_route_map: 'No route map of that name is deployed',
  internal: 'Internal error',
  storage_unavailable: 'Storage is unavailable',
  key_fetch_unavailable: 'The signing keys could not be fetched',
}

export interface ProblemDetail {
  readonly [key: string]: unknown
}

/** An error that becomes a problem+json answer. `extra` members are added to the problem. */
export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: ProblemDetail = {},
    options?: { cause?: unknown },
  ) {
    super(detail ?? TITLES[code], options)
    this.name = 'AppError'
    this.status = STATUS[code]
  }
}

/** RFC 9457 §3 body for an error. */
export function toProblem(error: AppError, instance?: string): Record<string, unknown> {
  return {
    type: `urn:authz:problem:${error.code}`,
    title: TITLES[error.code],
    status: error.status,
    code: error.code,
    ...(error.detail === undefined ? {} : { detail: error.detail }),
    ...(instance === undefined ? {} : { instance }),
    ...error.extra,
  }
}

/** Headers an error must carry besides the content type. */
export function problemHeaders(error: AppError): Record<string, string> {
  switch (error.code) {
    case 'unauthenticated':
      return { 'WWW-Authenticate': 'Bearer realm="authz"' } // RFC 6750 §3
    case 'invalid_token':
      return { 'WWW-Authenticate': 'Bearer realm="authz", error="invalid_token"' }
    case 'invalid_signature':
      return { 'WWW-Authenticate': 'Signature realm="authz-webhook", header="X-Authz-Signature"' }
    case 'invalid_ticket':
      // The ticket of POST /v1/events/ticket is the credential: browsers send no header here.
      return { 'WWW-Authenticate': 'Ticket realm="authz-events", param="ticket"' }
    case 'storage_unavailable':
    case 'key_fetch_unavailable':
      return { 'Retry-After': '1' }
    default:
      return {}
  }
}

/** The RFC 9457 answer for an error, with `Cache-Control: no-store` and the headers it needs. */
export function problemResponse(error: AppError, instance: string): Response {
  return new Response(JSON.stringify(toProblem(error, instance)), {
    status: error.status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      ...problemHeaders(error),
    },
  })
}

/**
 * The answer to a request that threw: an AppError as its problem (5xx ones logged), anything
 * else logged with its stack and answered 500 `internal` with nothing of it on the wire. Always
 * carries the request's id.
 */
export function failureResponse(
  error: unknown,
  instance: string,
  requestId: string | undefined,
): Response {
  if (error instanceof AppError) {
    if (error.status >= 500) {
      console.error(
        JSON.stringify({
          event: 'request_failed',
          requestId,
          code: error.code,
          detail: error.detail,
          cause: String(error.cause),
        }),
      )
    }
    return withRequestId(problemResponse(error, instance), requestId)
  }
  console.error(
    JSON.stringify({
      event: 'unhandled_error',
      requestId,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }),
  )
  return withRequestId(problemResponse(new AppError('internal'), instance), requestId)
}

/** `response` with `X-Request-Id: id` (none before the request-id middleware ran). */
export function withRequestId(response: Response, id: string | undefined): Response {
  if (id !== undefined) response.headers.set('X-Request-Id', id)
  return response
}
