/** @module /openapi.json paths outside user tokens: liveness, this document, webhook, operator. */
import {
  HealthResponse,
  InvalidateBody,
  OpenApiResponse,
  TenantCreateBody,
  TenantProvisioned,
  VersionAnswer,
} from '../../schemas'
import { schemaRef } from './components'
import { CODES } from './problems'
import { jsonAnswer, operation } from './operations'
import type { Parameter, Paths } from './types'

const secretHeader = (name: string, description: string): Parameter => ({
  name,
  in: 'header',
  required: true,
  description,
  schema: { type: 'string' },
})

export const servicePaths = (): Paths => ({
  '/healthz': {
    get: operation({
      operationId: 'health',
      summary: 'Liveness: no auth, no storage',
      tag: 'Service',
      auth: 'none',
      requestId: false,
      // Served before every middleware: no request id, nothing that can fail.
      answers: {
        '200': {
          description: 'Alive',
          content: { 'application/json': { schema: schemaRef(HealthResponse) } },
        },
      },
      codes: [],
    }),
  },
  '/openapi.json': {
    get: operation({
      operationId: 'openApi',
      summary: 'This document',
      tag: 'Service',
      auth: 'none',
      answers: { '200': jsonAnswer('OpenAPI 3.1', OpenApiResponse) },
      codes: [],
    }),
  },
  '/v1/webhooks/invalidate': {
    post: operation({
      operationId: 'invalidate',
      summary: 'Signed invalidation: bumps the tenant version so every cache re-reads it',
      tag: 'Operator',
      auth: 'none',
      parameters: [
        secretHeader(
          'X-Authz-Signature',
          '`t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`; any secret of ' +
            'WEBHOOK_SECRETS, |now − t| ≤ 300 s (else 401 `invalid_signature`)',
        ),
      ],
      body: InvalidateBody,
      answers: {
        '202': jsonAnswer('Accepted: the new version', VersionAnswer, ['X-Authz-Consistency']),
      },
      codes: [
        ...CODES.jsonBody,
        ...CODES.storage,
        'invalid_signature',
        'not_found',
        'version_conflict',
      ],
    }),
  },
  '/v1/tenants': {
    post: operation({
      operationId: 'provisionTenant',
      summary: 'Provision a tenant with its root group and first admin (operator)',
      tag: 'Operator',
      auth: 'none',
      parameters: [
        secretHeader(
          'X-Operator-Secret',
          'OPERATOR_SECRET (403 `forbidden` with reason `operator_secret` when missing or wrong, ' +
            '`operator_disabled` when provisioning is off)',
        ),
      ],
      body: TenantCreateBody,
      answers: { '201': jsonAnswer('The tenant', TenantProvisioned, ['Location']) },
      codes: [...CODES.jsonBody, ...CODES.storage, 'forbidden', 'id_taken'],
    }),
  },
})
