/**
 * @module Problem answers of an operation, one per status, from the codes it can answer: the
 * status, title and headers of each code come from errors.ts, not from a second copy.
 */
import { AppError, problemHeaders, toProblem, type ErrorCode } from '../../errors'
import { Problem } from '../../schemas'
import { schemaRef } from './components'
import { headers, type HeaderName } from './headers'
import type { Header, Ref, ResponseObject } from './types'

/** Codes nearly every operation can answer. */
export const CODES = {
  /** A bearer token checked by the authenticate middleware (or forward auth). */
  auth: ['unauthenticated', 'invalid_token', 'key_fetch_unavailable', 'misconfigured'],
  /** Anything unexpected: logged with the request id, a generic body on the wire. */
  internal: ['internal'],
  /** A JSON body: media type, 64 KiB, syntax, schema. */
  jsonBody: ['unsupported_media_type', 'payload_too_large', 'invalid_json', 'invalid_request'],
  /** X-Authz-Min-Version / X-Authz-Consistency (SPEC §8). */
  freshness: ['invalid_request', 'invalid_consistency_token', 'version_not_reached'],
  /** D1 (and the read retries); bindings read per request. */
  storage: ['storage_unavailable', 'misconfigured'],
  /** The caller of an admin endpoint, read fresh from D1 (admin/caller.ts). */
  adminCaller: ['unknown_user', 'forbidden', 'storage_unavailable', 'misconfigured'],
  /** An admin write committed at the caller's version. */
  adminWrite: ['version_conflict', 'storage_unavailable'],
  /** An id in the path that must name something of the caller's tenant. */
  pathId: ['invalid_request', 'not_found'],
} as const satisfies Record<string, readonly ErrorCode[]>

const sample = (code: ErrorCode) => new AppError(code)

/** Headers errors.ts (and app.ts, for 405) puts on a problem with this code. */
function headersOf(code: ErrorCode): string[] {
  const names = Object.keys(problemHeaders(sample(code)))
  return code === 'method_not_allowed' ? [...names, 'Allow'] : names
}

/** Extra headers per status, for an adapter that adds its own (forward auth). */
export interface Variant {
  /** Prefix of the component names of answers that carry the extra headers. */
  readonly name: string
  readonly headers: (status: number, codes: readonly ErrorCode[]) => Record<string, Header | Ref>
}

const components = new Map<string, ResponseObject>()

/** `components.responses`: every problem answer an operation referred to. */
export const responseComponents = (): Record<string, ResponseObject> =>
  Object.fromEntries([...components].sort(([a], [b]) => a.localeCompare(b)))

function register(name: string, response: ResponseObject): Ref {
  const known = components.get(name)
  if (known && JSON.stringify(known) !== JSON.stringify(response)) {
    throw new Error(`two different problem answers named "${name}"`)
  }
  components.set(name, response)
  return { $ref: `#/components/responses/${name}` }
}

/**
 * One problem+json answer per status the codes map to, as a reference to `components.responses`
 * (named after status and codes): the schema is Problem with `code` limited to these codes; a
 * header is required when every code of the status carries it.
 */
export function problemResponses(
  codes: readonly ErrorCode[],
  variant?: Variant,
): Record<string, Ref> {
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of new Set(codes)) {
    const status = sample(code).status
    byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  }
  const out: Record<string, Ref> = {}
  for (const status of [...byStatus.keys()].sort()) {
    const list = byStatus.get(status)!.sort()
    const names = [...new Set(list.flatMap(headersOf))] as HeaderName[]
    const always = names.filter((n) => list.every((c) => headersOf(c).includes(n)))
    const sometimes = names.filter((n) => !always.includes(n))
    const extra = variant?.headers(status, list) ?? {}
    const prefix = Object.keys(extra).length > 0 ? variant!.name : 'Problem'
    out[String(status)] = register(`${prefix}.${status}.${list.join('.')}`, {
      description: list.map((c) => `\`${c}\`: ${String(toProblem(sample(c)).title)}`).join('; '),
      headers: { ...headers(['X-Request-Id', 'Cache-Control', ...always], sometimes), ...extra },
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              schemaRef(Problem),
              {
                type: 'object',
                properties: { status: { const: status }, code: { enum: list } },
              },
            ],
          },
        },
      },
    })
  }
  return out
}
