/** @module GET /openapi.json: OpenAPI 3.1, generated from the zod schemas that validate. */
import { z } from 'zod'
import {
  AccessBody,
  GroupCreateBody,
  GroupPatchBody,
  InvalidateBody,
  ProductsBody,
  RoleCloneBody,
  RoleCreateBody,
  RolePatchBody,
  SettingsBody,
  TenantCreateBody,
  UserCreateBody,
  UserPatchBody,
  BatchBody,
  BatchResponse,
  CheckBody,
  CheckResponse,
  Problem,
  ScopeBody,
  ScopeResponse,
} from '../schemas'

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

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
const answer = {
  '200': { description: 'The result and the tenant version', content: { 'application/json': {} } },
}

/** An admin operation: bearer token, optional body, the result with the new `version`. */
const admin = (summary: string, body?: z.ZodType, withId = false, status = '200') => ({
  summary,
  security: [{ bearer: [] }],
  ...(withId ? { parameters: [idParam] } : {}),
  ...(body ? { requestBody: { required: true, content: json(body) } } : {}),
  responses: {
    [status]: answer['200'],
    ...errors,
    '404': problem('No such id in the caller’s tenant'),
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
      '/v1/roles': {
        get: admin('All roles, with their drift from defaults'),
        post: admin('Create a custom role', RoleCreateBody, false, '201'),
      },
      '/v1/roles/{id}': {
        get: admin('One role', undefined, true),
        patch: admin('Rename, or change permissions (merged) or reports', RolePatchBody, true),
        delete: admin('Delete a custom role no user holds', undefined, true),
      },
      '/v1/roles/{id}/clone': { post: admin('Clone any role', RoleCloneBody, true, '201') },
      '/v1/roles/{id}/reset': {
        post: admin('Restore the preset / the copy it started with', undefined, true),
      },
      '/v1/groups': {
        get: admin('Groups in the caller’s scope, flat and as a tree'),
        post: admin('Create a group below a parent', GroupCreateBody, false, '201'),
      },
      '/v1/groups/{id}': {
        get: admin('One group with its path and children', undefined, true),
        patch: admin('Rename and/or move', GroupPatchBody, true),
        delete: admin('Delete a group without children or home users', undefined, true),
      },
      '/v1/users': {
        get: admin('Users in the caller’s scope, by id, a page at a time (cursor, limit, groupId)'),
        post: admin('Create a user', UserCreateBody, false, '201'),
      },
      '/v1/users/{id}': {
        get: admin('One user with entries, add-ons and report overrides', undefined, true),
        patch: admin('Name, email, status (deactivation), role, home group', UserPatchBody, true),
        delete: admin('Delete a user', undefined, true),
      },
      '/v1/users/{id}/access': {
        put: admin('Role, home group, group entries, add-ons, reports', AccessBody, true),
      },
      '/v1/tenant/products': {
        get: admin('Enabled products'),
        put: admin('Set the enabled products (tenant-wide admins)', ProductsBody),
      },
      '/v1/tenant/settings': {
        get: admin('Tenant settings (grant scope)'),
        put: admin('Set the grant scope (tenant-wide admins)', SettingsBody),
      },
      '/v1/audit': {
        get: admin(
          'Admin writes, newest first (targetType, targetId, actorId, since, until, cursor, limit)',
        ),
      },
      '/v1/webhooks/invalidate': {
        post: {
          summary:
            'Signed invalidation (X-Authz-Signature: t=…,v1=hex HMAC-SHA256(secret, t.body))',
          parameters: [
            { name: 'X-Authz-Signature', in: 'header', required: true, schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: json(InvalidateBody) },
          responses: {
            '202': { description: '{version}' },
            '401': problem('Missing, wrong or stale signature'),
          },
        },
      },
      '/v1/tenants': {
        post: {
          summary: 'Provision a tenant (operator)',
          parameters: [
            { name: 'X-Operator-Secret', in: 'header', required: true, schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: json(TenantCreateBody) },
          responses: {
            '201': { description: 'The tenant' },
            '403': problem('Wrong or missing operator secret'),
            '409': problem('Tenant exists'),
          },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  }
  return document
}
