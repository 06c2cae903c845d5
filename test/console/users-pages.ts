/** What the console's user tests share: the stored user, pages, cells, boxes and form fields. */
import { expect } from 'vitest'
import { getPage, type ConsoleSession } from '../helpers/console'
import { call } from '../helpers/http'

export interface StoredUser {
  id: string
  roleId: string
  homeGroupId: string
  addons: { audio: boolean; score: boolean }
  groups: { groupId: string; allow: boolean }[]
  reports: { grant: string[]; revoke: string[] }
}

export interface MeAnswer {
  role: { id: string; name: string }
  modules: { key: string; submodules: Record<string, Record<string, string>> }[]
  addonRequired: Record<string, string>
}

/** A user as GET /v1/users/:id answers (as `admin` of `tenant`). */
export async function stored(id: string, admin = 'alice', tenant?: string): Promise<StoredUser> {
  const res = await call('GET', `/v1/users/${id}`, undefined, {
    user: admin,
    tokenOptions: { tenant },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { user: StoredUser }).user
}

export async function html(session: ConsoleSession, path: string, status = 200): Promise<string> {
  const res = await getPage(session, path)
  const text = await res.text()
  expect(res.status, text.slice(0, 400)).toBe(status)
  return text
}

/** The `<td>` of one permission on the user page: its level and its text. */
export function cellOf(page: string, permission: string) {
  const match = new RegExp(
    `<td data-permission="${permission.replace(/\./g, '\\.')}" data-level="(\\w+)"[^>]*>([\\s\\S]*?)</td>`,
  ).exec(page)
  if (!match) return undefined
  return { level: match[1]!, text: match[2]!.replace(/<[^>]+>/g, ''), html: match[2]! }
}

/** The `<input>` of a group box on the Change Permissions page. */
export const boxOf = (page: string, group: string) =>
  new RegExp(`<input type="checkbox"[^>]*data-group="${group}"[^>]*/?>`).exec(page)?.[0]

/** The visible reason of a disabled group row. */
export const lockOf = (page: string, group: string) =>
  new RegExp(`<span id="why-${group}" class="lock-reason"[^>]*>([^<]*)</span>`).exec(page)?.[1]

/** The form fields the Change Permissions page would post unchanged, from its boxes. */
export function formFields(page: string): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const add = (name: string, value: string) => (out[name] ??= []).push(value)
  for (const input of page.match(/<input[^>]*>/g) ?? []) {
    const name = /name="([^"]+)"/.exec(input)?.[1]
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? ''
    if (!name || name === '_csrf' || name === 'find') continue
    if (/type="checkbox"/.test(input)) {
      if (/ checked/.test(input) && !/ disabled/.test(input)) add(name, value)
    } else add(name, value)
  }
  const role = /<select id="access-role" name="roleId">([\s\S]*?)<\/select>/.exec(page)![1]!
  add('roleId', /<option value="([^"]+)" selected/.exec(role)![1]!)
  return out
}

export const withOut = (list: string[] | undefined, value: string) =>
  (list ?? []).filter((v) => v !== value)
