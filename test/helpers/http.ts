import { exports } from 'cloudflare:workers'
import { expect } from 'vitest'
import { expectDocumented } from './openapi-conformance'
import { tokenFor, type TokenOptions } from './tokens'

const BASE = 'http://authz.test'

export interface CallOptions {
  token?: string | null
  user?: string
  tokenOptions?: TokenOptions
  headers?: Record<string, string>
  rawBody?: BodyInit
}

/** Calls the worker through its own fetch handler; fails unless /openapi.json documents the answer. */
export async function call(
  method: string,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers }
  const token =
    options.token === undefined
      ? await tokenFor(options.user ?? 'alice', options.tokenOptions)
      : options.token
  if (token !== null) headers.authorization ??= `Bearer ${token}`
  if (body !== undefined || options.rawBody !== undefined) {
    headers['content-type'] ??= 'application/json'
  }
  const request = new Request(BASE + path, {
    method,
    headers,
    body: options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const response = await exports.default.fetch(request)
  await expectDocumented(method, request.url, response.clone())
  return response
}

export interface CheckAnswer {
  allowed: boolean
  reason: string
  level: string
  version: number
}

/** POST /v1/check as `user`, expecting 200. */
export async function checkAs(
  user: string,
  permission: string,
  resource?: Record<string, unknown>,
  options: CallOptions = {},
): Promise<CheckAnswer> {
  const res = await call('POST', '/v1/check', { permission, resource }, { user, ...options })
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as CheckAnswer
}

/** Asserts an RFC 9457 answer with `status` and machine `code`; returns the problem. */
export async function expectProblem(
  res: Response,
  status: number,
  code: string,
): Promise<Record<string, unknown>> {
  const text = await res.text()
  expect(res.status, text).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const problem = JSON.parse(text) as Record<string, unknown>
  expect(problem.code).toBe(code)
  expect(problem.status).toBe(status)
  expect(typeof problem.title).toBe('string')
  return problem
}

/** A conversation in `groupId`, the resource most checks are about. */
export const conv = (groupId: string, extra: Record<string, unknown> = {}) => ({
  type: 'conversation',
  id: 'c1',
  groupId,
  ...extra,
})
