/** @module What every console handler takes from the request: deps, caller, page rendering, forms. */
import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import { loadCaller, type Caller } from '../admin/caller'
import { adminDeps, type AdminDeps } from '../admin/deps'
import { AppError } from '../errors'
import type { ConsoleEnv } from './env'
import { Layout, Refusal, type Screen, type Who } from './layout'

export type ConsoleContext = Context<ConsoleEnv>

/** The admin use cases' deps and the signed-in admin (a refused write leaves it valid to reuse). */
export interface ConsoleAdmin {
  readonly deps: AdminDeps
  readonly caller: Caller
}

/** The admin use cases' deps and the signed-in admin, read fresh from D1 like the API's caller. */
export async function consoleCaller(c: ConsoleContext): Promise<ConsoleAdmin> {
  const deps = adminDeps(c.env, (p) => c.executionCtx.waitUntil(p))
  return { deps, caller: await loadCaller(deps, c.get('principal')) }
}

export const whoOf = (c: ConsoleContext): Who => ({
  tenantId: c.get('principal').tenantId,
  userId: c.get('principal').userId,
  csrf: c.get('csrf'),
})

export interface PageOptions {
  readonly title: string
  readonly screen?: Screen
  readonly status?: number
}

/** A full page in the layout, never stored by caches (it shows one admin's data). */
export function page(c: ConsoleContext, options: PageOptions, body: Child) {
  c.header('Cache-Control', 'no-store')
  const status = (options.status ?? 200) as 200
  return c.html(
    <Layout title={options.title} screen={options.screen} who={whoOf(c)}>
      {body}
    </Layout>,
    status,
  )
}

/** The fields of a submitted form: repeated names become arrays, files are refused. */
export async function formOf(c: ConsoleContext): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true })
  const fields: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(body)) {
    if (name === '_csrf') continue
    const values = (Array.isArray(value) ? value : [value]).map((v) => {
      if (typeof v !== 'string')
        throw new AppError('invalid_request', `${name}: files are not accepted`)
      return v
    })
    fields[name] = values.length === 1 ? values[0]! : values
  }
  return fields
}

/** One text field of a form; 400 naming it when it is missing or repeated. */
export function field(form: Record<string, string | string[]>, name: string): string {
  const value = form[name]
  if (typeof value !== 'string') {
    throw new AppError(
      'invalid_request',
      `${name}: ${value === undefined ? 'required' : 'give it once'}`,
    )
  }
  return value
}

/** All values of a field (checkbox groups, multi-selects). */
export function fields(form: Record<string, string | string[]>, name: string): string[] {
  const value = form[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/**
 * Runs a use case; a refusal (any 4xx AppError: `role_in_use`, `forbidden`, a version conflict…)
 * comes back as a value for the screen to show with the API's message, anything else is thrown.
 */
export async function attempt<T>(
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: AppError }> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    if (error instanceof AppError && error.status < 500) return { ok: false, error }
    throw error
  }
}

/** A page for a refusal with nothing else to show (the status is the API's). */
export const refusalPage = (c: ConsoleContext, title: string, error: AppError, screen?: Screen) =>
  page(c, { title, screen, status: error.status }, <Refusal error={error} />)
