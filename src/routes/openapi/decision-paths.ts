/** @module /openapi.json paths of the decision endpoints: check, batch, scope, me, catalog. */
import {
  BatchBody,
  BatchResponse,
  CatalogResponse,
  CheckBody,
  CheckResponse,
  MeResponse,
  ScopeBody,
  ScopeResponse,
} from '../../schemas'
import { freshnessParams, param } from './headers'
import { emptyAnswer, jsonAnswer, operation } from './operations'
import { CODES } from './problems'
import type { Paths } from './types'

const DECISION = ['X-Authz-Consistency', 'Cache-Control'] as const
const tag = 'Decisions'

/** A POST decision: bearer token, freshness headers, a JSON body. */
const decisionCodes = [
  ...CODES.auth,
  ...CODES.jsonBody,
  ...CODES.freshness,
  ...CODES.storage,
  'subject_not_allowed',
  'unknown_permission',
] as const

const SUBJECT =
  '`subject` (another user of the same tenant) needs a token with scope `authz:check` ' +
  '(else 403 `subject_not_allowed`). A permission not in the catalog is 400 ' +
  '`unknown_permission`; a deny is 200 with `allowed: false`.'

export const decisionPaths = (): Paths => ({
  '/v1/check': {
    post: operation({
      operationId: 'check',
      summary: 'May this user do this action on this resource?',
      description: SUBJECT,
      tag,
      auth: 'bearer',
      parameters: freshnessParams,
      body: CheckBody,
      answers: { '200': jsonAnswer('The decision and its version', CheckResponse, DECISION) },
      codes: decisionCodes,
    }),
  },
  '/v1/check/batch': {
    post: operation({
      operationId: 'checkBatch',
      summary: 'Up to 100 checks, answered in order at one version',
      description: `${SUBJECT} An unknown permission anywhere fails the whole batch.`,
      tag,
      auth: 'bearer',
      parameters: freshnessParams,
      body: BatchBody,
      answers: { '200': jsonAnswer('The decisions, in order', BatchResponse, DECISION) },
      codes: decisionCodes,
    }),
  },
  '/v1/scope': {
    post: operation({
      operationId: 'scope',
      summary: 'Which rows may this user see? All, none, or a filter that agrees with check',
      description: SUBJECT,
      tag,
      auth: 'bearer',
      parameters: freshnessParams,
      body: ScopeBody,
      answers: { '200': jsonAnswer('The filter', ScopeResponse, DECISION) },
      codes: decisionCodes,
    }),
  },
  '/v1/me': {
    get: operation({
      operationId: 'me',
      summary: 'Visibility for the caller: modules, levels, reports, groups, add-ons',
      description:
        'Revalidate with If-None-Match: the ETag covers everything but `version`, so writes ' +
        "that change nothing for the caller keep it. 403 `unknown_user` if the token's user is " +
        'not in its tenant.',
      tag,
      auth: 'bearer',
      parameters: [...freshnessParams, param('If-None-Match')],
      answers: {
        '200': jsonAnswer(
          'The caller’s visibility (`Cache-Control: private, no-cache`, `Vary: Authorization`)',
          MeResponse,
          ['X-Authz-Consistency', 'ETag', 'Cache-Control', 'Vary'],
        ),
        '304': emptyAnswer('If-None-Match matched: no body, the same ETag', [
          'X-Authz-Consistency',
          'ETag',
          'Cache-Control',
          'Vary',
        ]),
      },
      codes: [...CODES.auth, ...CODES.freshness, ...CODES.storage, 'unknown_user'],
    }),
  },
  '/v1/catalog': {
    get: operation({
      operationId: 'catalog',
      summary: "The catalog, limited to the tenant's enabled products",
      tag,
      auth: 'bearer',
      parameters: freshnessParams,
      answers: { '200': jsonAnswer('The catalog', CatalogResponse, DECISION) },
      codes: [...CODES.auth, ...CODES.freshness, ...CODES.storage, 'unknown_user'],
    }),
  },
})
