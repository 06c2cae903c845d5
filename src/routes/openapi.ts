/** @module GET /openapi.json: OpenAPI 3.1, generated from the zod schemas that validate. */
import { z } from 'zod'
import {
  BatchBody,
  BatchResponse,
  CheckBody,
  CheckResponse,
  Problem,
  ScopeBody,
  ScopeResponse,
} from './schemas'

const json = (schema: z.ZodType) => ({ 'application/json': { schema: ref(schema) } })
const ref = (schema: z.ZodType) => {
  const id = z.globalRegistry.get(schema)?.id
  return id ? { $ref: `#/components/schemas/${id}` } : z.toJSONSchema(schema)
}
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref(Problem) } },
})

const errors = {
  '400': problem('Invalid body, header or unknown permission'),
  '401': problem('Missing or invalid bearer token'),
  '403': problem('Not allowed (subject without scope authz:check, unknown user on /v1/me)'),
  '409': problem('X-Authz-Min-Version is newer than the stored data'),
  '413': problem('Body over 64 KiB'),
  '415': problem('Body is not JSON'),
  '503': problem('Storage or key fetch outage (with Retry-After); never an allow'),
}

const minVersion = {
  name: 'X-Authz-Min-Version',
  in: 'header',
  required: false,
  description: 'Answer from data at least this new (a version returned by an admin write)',
  schema: { type: 'integer', minimum: 0 },
}

const post = (summary: string, body: z.ZodType, response: z.ZodType) => ({
  post: {
    summary,
    security: [{ bearer: [] }],
    parameters: [minVersion],
    requestBody: { required: true, content: json(body) },
    responses: { '200': { description: 'The answer', content: json(response) }, ...errors },
  },
})

const get = (summary: string) => ({
  get: {
    summary,
    security: [{ bearer: [] }],
    parameters: [minVersion],
    responses: {
      '200': { description: 'The answer', content: { 'application/json': {} } },
      ...errors,
    },
  },
})

let document: object | undefined

/** The OpenAPI document (built once per isolate). */
export function openApiDocument(): object {
  if (document) return document
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12' }) as {
    schemas: Record<string, Record<string, unknown>>
  }
  for (const schema of Object.values(schemas)) delete schema.$schema
  document = {
    openapi: '3.1.0',
    info: { title: 'Edge authorization service', version: '1' },
    paths: {
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'ok' } } } },
      '/v1/check': post('May this user do this action on this resource?', CheckBody, CheckResponse),
      '/v1/check/batch': post('Up to 100 checks, answered in order', BatchBody, BatchResponse),
      '/v1/scope': post('Which rows may this user see? (a filter)', ScopeBody, ScopeResponse),
      '/v1/me': get('Visibility for the caller: modules, levels, reports, groups'),
      '/v1/catalog': get("The catalog, limited to the tenant's enabled products"),
    },
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  }
  return document
}
