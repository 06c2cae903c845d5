/** What the console's role tests share: roles as the API stores them, the editor, its save. */
import { expect } from 'vitest'
import { getPage, postForm, type ConsoleSession } from '../helpers/console'
import { call } from '../helpers/http'

export interface Entry {
  level: string
  requires?: string
}
export interface Role {
  id: string
  name: string
  permissions: Record<string, Entry>
  drift: { permissions: unknown[] }
}

export const getRole = async (id: string, user = 'alice', tenant?: string) => {
  const res = await call('GET', `/v1/roles/${id}`, undefined, { user, tokenOptions: { tenant } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { role: Role; version: number }).role
}
export const tenantVersion = async () =>
  ((await (await call('GET', '/v1/roles')).json()) as { version: number }).version

/** A custom role made through the API, cloned from `from`, with a unique name. */
export async function customRole(
  from = 'standard',
  user = 'alice',
  tenant?: string,
): Promise<Role> {
  const name = `Test ${crypto.randomUUID().slice(0, 8)}`
  const res = await call(
    'POST',
    `/v1/roles/${from}/clone`,
    { name },
    { user, tokenOptions: { tenant } },
  )
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { role: Role }).role
}

/** The editor form as the page renders it: fingerprint and every select at its level. */
export async function loadEditor(session: ConsoleSession, id: string) {
  const res = await getPage(session, `/console/roles/${id}`)
  expect(res.status).toBe(200)
  const html = await res.text()
  const fingerprint = /name="_fingerprint" value="([^"]+)"/.exec(html)![1]!
  const selects: Record<string, string> = {}
  const options: Record<string, string[]> = {}
  for (const m of html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const [, name, inner] = m
    selects[name!] = /data-initial="([^"]+)"/.exec(m[0])![1]!
    options[name!] = [...inner!.matchAll(/<option value="([^"]+)"/g)].map((o) => o[1]!)
  }
  return { html, fingerprint, selects, options }
}

/** Submits the editor form as the browser does: every select, with `changes` applied. */
export async function save(
  session: ConsoleSession,
  id: string,
  editor: { fingerprint: string; selects: Record<string, string> },
  changes: Record<string, string>,
  step = 'confirm',
) {
  return postForm(session, `/console/roles/${id}`, {
    _fingerprint: editor.fingerprint,
    ...editor.selects,
    ...changes,
    _step: step,
  })
}

/** The list's row of a role. */
export const rowOf = (html: string, id: string) =>
  new RegExp(`<tr data-role="${id}">([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? ''
