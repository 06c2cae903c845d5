/**
 * @module GET /openapi.json: OpenAPI 3.1, generated from the zod schemas that validate requests
 * and describe answers, and from the problem codes of errors.ts. The route tests check every
 * answer they receive against it.
 */
import { componentSchemas, refsIn } from './openapi/components'
import { headerComponents, headers, parameterComponents } from './openapi/headers'
import { decisionPaths } from './openapi/decision-paths'
import { eventPaths } from './openapi/events-paths'
import { forwardAuthPaths } from './openapi/forward-auth-paths'
import { methodNotAllowed } from './openapi/operations'
import { problemResponses, responseComponents } from './openapi/problems'
import { roleGroupPaths } from './openapi/role-group-paths'
import { servicePaths } from './openapi/service-paths'
import { METHODS, type PathItem, type Paths } from './openapi/types'
import { userTenantPaths } from './openapi/user-tenant-paths'

/**
 * Every other method of a path answers 405 with Allow (app.ts); documented as operations so a
 * client sees it. HEAD of a path with GET is GET without a body, so only the others get one.
 */
function withMethodNotAllowed(path: string, item: PathItem): PathItem {
  const present = METHODS.filter((m) => item[m] !== undefined)
  const allow = present.map((m) => m.toUpperCase()).join(', ')
  const out: PathItem = { ...item }
  for (const method of METHODS) {
    if (item[method] || (method === 'head' && item.get)) continue
    out[method] = methodNotAllowed(path, allow)
  }
  return out
}

/** Schema ids referenced from request bodies (input shapes) and from answers (output). */
function referenced(paths: Paths) {
  const requests = new Set<string>()
  const answers = refsIn(responseComponents())
  for (const item of Object.values(paths)) {
    for (const method of METHODS) {
      refsIn(item[method]?.requestBody, requests)
      refsIn(item[method]?.responses, answers)
    }
  }
  return { requests, answers }
}

const TAGS = [
  ['Decisions', 'check, scope and visibility: what a caller may do'],
  ['Forward auth', 'the pre-request question of a gateway (SPEC §9)'],
  ['Roles', 'role administration'],
  ['Groups', 'the group tree'],
  ['Users', 'users and their access'],
  ['Tenant', 'tenant-wide settings'],
  ['Audit', 'the log of admin writes'],
  ['Push', 'version messages over a WebSocket, so frontends need not poll (SPEC §8)'],
  ['Operator', 'signed invalidation and tenant provisioning (no user token)'],
  ['Service', 'liveness and this document'],
  ['Method not allowed', 'methods a path does not have: 405 with Allow'],
] as const

let document: object | undefined

/** The OpenAPI document (built once per isolate). */
export function openApiDocument(): object {
  if (document) return document
  const paths: Paths = Object.fromEntries(
    Object.entries({
      ...servicePaths(),
      ...decisionPaths(),
      ...roleGroupPaths(),
      ...userTenantPaths(),
      ...eventPaths(),
    }).map(([path, item]) => [path, withMethodNotAllowed(path, item)]),
  )
  Object.assign(paths, forwardAuthPaths()) // every method is an answer there
  // What any path the service does not have answers (after the token, under /v1); app.notFound
  // answers without the request-id middleware's header.
  const notFound = problemResponses(['not_found'], {
    name: 'UnknownPath',
    headers: () => headers([], ['X-Request-Id']),
  })['404']!
  const { requests, answers } = referenced(paths)
  document = {
    openapi: '3.1.0',
    info: {
      title: 'Edge authorization service',
      version: '1',
      description:
        'Errors are RFC 9457 `application/problem+json` with a machine `code`; each operation ' +
        'lists the codes it can answer per status. Any path not listed here answers 404 ' +
        '`not_found` (components.responses.NotFound), after the bearer token under /v1. HEAD ' +
        'of a path with GET answers as GET without a body.',
    },
    tags: TAGS.map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: componentSchemas(requests, answers),
      responses: { NotFound: notFound, ...responseComponents() },
      headers: headerComponents(),
      parameters: parameterComponents(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  }
  return document
}
