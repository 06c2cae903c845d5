import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import worker from '../../src/index'
import type { Bindings } from '../../src/env'
import { expectDocumented } from './openapi-conformance'

/**
 * Calls the worker's fetch handler with bindings overridden (a different configuration, or a
 * D1/KV that fails: the only place tests replace storage, to inject faults). Fails unless
 * /openapi.json documents the answer.
 */
export async function fetchWith(overrides: Partial<Bindings>, request: Request): Promise<Response> {
  const ctx = createExecutionContext()
  const response = await worker.fetch(request, { ...env, ...overrides } as Bindings, ctx)
  await waitOnExecutionContext(ctx)
  await expectDocumented(request.method, request.url, response.clone())
  return response
}

const fail = (what: string) => () => {
  throw new Error(`${what} is down (injected)`)
}

/** A D1Database whose every call throws. */
export const brokenD1 = {
  prepare: fail('D1'),
  batch: fail('D1'),
  exec: fail('D1'),
  dump: fail('D1'),
  withSession: fail('D1'),
} as unknown as D1Database

/** A KVNamespace whose every call rejects. */
export const brokenKV = {
  get: async () => fail('KV')(),
  put: async () => fail('KV')(),
  delete: async () => fail('KV')(),
  list: async () => fail('KV')(),
  getWithMetadata: async () => fail('KV')(),
} as unknown as KVNamespace
