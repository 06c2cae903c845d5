/** @module /openapi.json paths of users, tenant settings and the audit log. */
import {
  AccessBody,
  AuditPage,
  AuditQuery,
  Deleted,
  ProductsAnswer,
  ProductsBody,
  SettingsAnswer,
  SettingsBody,
  UserAnswer,
  UserCreateBody,
  UserListQuery,
  UserPage,
  UserPatchBody,
} from '../../schemas'
import {
  ADMIN_NOTE,
  READ,
  READ_ONE,
  WRITE,
  WRITE_NOTE,
  WRITE_NO_BODY,
  WRITE_ONE,
  created,
  ok,
  userId,
  written,
} from './admin-codes'
import { queryParams } from './headers'
import { operation } from './operations'
import { CODES } from './problems'
import type { Paths } from './types'

const users = 'Users'
const tenant = 'Tenant'

const ACCESS_NOTE =
  `${WRITE_NOTE} Nobody changes their own role, add-ons, access or status; nobody assigns a ` +
  'role above their own levels or grants a group they cannot access. A referenced role or home ' +
  'group that does not exist is 404.'

const TENANT_WIDE = `${WRITE_NOTE} Needs admin.settings:write over the whole tenant.`

export const userTenantPaths = (): Paths => ({
  '/v1/users': {
    get: operation({
      operationId: 'listUsers',
      summary: 'Users in the caller’s scope, by id, a page at a time',
      description: `${ADMIN_NOTE} Unknown query parameters are 400.`,
      tag: users,
      auth: 'bearer',
      parameters: queryParams(UserListQuery),
      answers: ok('A page of users', UserPage),
      codes: [...READ, 'invalid_request'],
    }),
    post: operation({
      operationId: 'createUser',
      summary: 'Create a user',
      description: ACCESS_NOTE,
      tag: users,
      auth: 'bearer',
      body: UserCreateBody,
      answers: created('The user', UserAnswer),
      codes: [...WRITE, 'not_found', 'id_taken', 'role_unavailable', 'invalid_group_access'],
    }),
  },
  '/v1/users/{id}': {
    get: operation({
      operationId: 'getUser',
      summary: 'One user with group entries, add-ons and report overrides',
      description: ADMIN_NOTE,
      tag: users,
      auth: 'bearer',
      parameters: [userId()],
      answers: ok('The user', UserAnswer),
      codes: READ_ONE,
    }),
    patch: operation({
      operationId: 'updateUser',
      summary: 'Name, email, status (deactivation), role, home group',
      description: ACCESS_NOTE,
      tag: users,
      auth: 'bearer',
      parameters: [userId()],
      body: UserPatchBody,
      answers: written('The user', UserAnswer),
      codes: [...WRITE_ONE, 'role_unavailable', 'invalid_group_access'],
    }),
    delete: operation({
      operationId: 'deleteUser',
      summary: 'Delete a user (never oneself)',
      description: WRITE_NOTE,
      tag: users,
      auth: 'bearer',
      parameters: [userId()],
      answers: written('The id deleted', Deleted),
      codes: [...WRITE_NO_BODY, ...CODES.pathId],
    }),
  },
  '/v1/users/{id}/access': {
    put: operation({
      operationId: 'setUserAccess',
      summary: 'Role, home group, group entries, add-ons, report overrides',
      description: `${ACCESS_NOTE} A given list replaces the stored one.`,
      tag: users,
      auth: 'bearer',
      parameters: [userId()],
      body: AccessBody,
      answers: written('The user', UserAnswer),
      codes: [...WRITE_ONE, 'role_unavailable', 'invalid_group_access'],
    }),
  },
  '/v1/tenant/products': {
    get: operation({
      operationId: 'getProducts',
      summary: 'Enabled and available products',
      description: ADMIN_NOTE,
      tag: tenant,
      auth: 'bearer',
      answers: ok('The products', ProductsAnswer),
      codes: [...READ, 'not_found'],
    }),
    put: operation({
      operationId: 'setProducts',
      summary: 'Set the enabled products (core is always on)',
      description: TENANT_WIDE,
      tag: tenant,
      auth: 'bearer',
      body: ProductsBody,
      answers: written('The products', ProductsAnswer),
      codes: [...WRITE, 'not_found'],
    }),
  },
  '/v1/tenant/settings': {
    get: operation({
      operationId: 'getSettings',
      summary: 'Tenant settings (grant scope)',
      description: ADMIN_NOTE,
      tag: tenant,
      auth: 'bearer',
      answers: ok('The settings', SettingsAnswer),
      codes: [...READ, 'not_found'],
    }),
    put: operation({
      operationId: 'setSettings',
      summary: 'Set the grant scope',
      description: TENANT_WIDE,
      tag: tenant,
      auth: 'bearer',
      body: SettingsBody,
      answers: written('The settings', SettingsAnswer),
      codes: [...WRITE, 'not_found'],
    }),
  },
  '/v1/audit': {
    get: operation({
      operationId: 'listAudit',
      summary: 'Admin writes, newest first, filtered, a page at a time',
      description: `${ADMIN_NOTE} Unknown query parameters are 400.`,
      tag: 'Audit',
      auth: 'bearer',
      parameters: queryParams(AuditQuery),
      answers: ok('A page of audit entries', AuditPage),
      codes: [...READ, 'invalid_request'],
    }),
  },
})
