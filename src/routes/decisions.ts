/**
 * @module The decision endpoints: POST /v1/check, /v1/check/batch and /v1/scope. They answer
 * through the router like every route, and, being the hot path, straight from the worker's fetch
 * too (`decisionFastPath`): the same chain (request id, bearer token, body, decision, error map)
 * without the router's dispatch and context (README "Benchmarks").
 */
import { Hono } from 'hono'
import { getPath } from 'hono/utils/url'
import type { z } from 'zod'
import { authenticate, bearerToken } from '../auth'
import { check, checkBatch } from '../decide/check'
import { decisionDeps, type DecideDeps } from '../decide/deps'
import type { Decided, FreshnessInput } from '../decide/freshness'
import { scope } from '../decide/scope'
import type { AppEnv, Bindings, Principal } from '../env'
import { failureResponse } from '../errors'
import { readJsonBody } from '../middleware/read-json'
import { requestIdOf } from '../middleware/request-id'
import { BatchBody, CheckBody, ScopeBody } from '../schemas'
import { dataDeps, decisionHeaders, freshnessOf } from './http-deps'

interface Endpoint {
  answer(
    deps: DecideDeps,
    principal: Principal,
    request: Request,
    freshness: FreshnessInput,
  ): Promise<Decided<unknown>>
}

/** A decision use case fed the request's body, validated by `schema`. */
function endpoint<S extends z.ZodType>(
  schema: S,
  decide: (
    deps: DecideDeps,
    principal: Principal,
    body: z.output<S>,
    freshness: FreshnessInput,
  ) => Promise<Decided<unknown>>,
): Endpoint {
  return {
    answer: async (deps, principal, request, freshness) =>
      decide(deps, principal, await readJsonBody(request, schema), freshness),
  }
}

/** The endpoints by their path below /v1. */
const ENDPOINTS = new Map<string, Endpoint>([
  ['/check', endpoint(CheckBody, check)],
  ['/check/batch', endpoint(BatchBody, checkBatch)],
  ['/scope', endpoint(ScopeBody, scope)],
])

/** One decision request of an authenticated principal, answered (errors are thrown). */
async function answer(
  endpoint: Endpoint,
  request: Request,
  deps: DecideDeps,
  principal: Principal,
  requestId: string,
): Promise<Response> {
  const decided = await endpoint.answer(deps, principal, request, freshnessOf(request))
  return new Response(JSON.stringify(decided.value), {
    headers: {
      'Content-Type': 'application/json',
      'X-Request-Id': requestId,
      ...decisionHeaders(decided),
    },
  })
}

/** The endpoints on the router, behind its request-id and authenticate middleware. */
export const decisionRoutes = new Hono<AppEnv>()
for (const [path, one] of ENDPOINTS) {
  decisionRoutes.post(path, (c) =>
    answer(one, c.req.raw, dataDeps(c), c.get('principal'), c.get('requestId')),
  )
}

/**
 * A POST to a decision endpoint, answered without the router; undefined for any other request
 * (the router answers it). The answer, success or problem, is the router's for the same request.
 */
export function decisionFastPath(
  request: Request,
  env: Bindings,
  ctx: ExecutionContext,
): Promise<Response> | undefined {
  if (request.method !== 'POST') return undefined
  const path = getPath(request) // as the router reads it (percent-decoded, no query)
  const one = path.startsWith('/v1/') ? ENDPOINTS.get(path.slice(3)) : undefined
  return one && serve(one, path, request, env, ctx)
}

async function serve(
  one: Endpoint,
  path: string,
  request: Request,
  env: Bindings,
  ctx: ExecutionContext,
): Promise<Response> {
  const id = requestIdOf(request.headers.get('x-request-id'))
  try {
    const waitUntil = (p: Promise<unknown>) => ctx.waitUntil(p)
    const token = bearerToken(request.headers.get('authorization') ?? undefined)
    const principal = await authenticate(token, env, waitUntil)
    return await answer(one, request, decisionDeps(env, waitUntil), principal, id)
  } catch (error) {
    return failureResponse(error, path, id)
  }
}
