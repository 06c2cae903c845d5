/**
 * @module Field-level diffs of audited values (SPEC §10 Audit): the stored before/after JSON
 * flattened to dotted paths (`permissions.interactions.audio:listen.level`), one line per leaf
 * that differs; a side that does not exist (a created or deleted target) is `∅`.
 */

/** What a missing side shows. */
export const ABSENT = '∅'

export interface FieldChange {
  readonly field: string
  readonly before: string
  readonly after: string
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Leaves of `value` by dotted path; a non-object top level is the leaf `rootName`. */
function leaves(value: unknown, rootName: string): Map<string, Json> {
  const out = new Map<string, Json>()
  const walk = (at: unknown, path: string) => {
    if (isObject(at) && Object.keys(at).length > 0) {
      for (const [key, child] of Object.entries(at))
        walk(child, path === '' ? key : `${path}.${key}`)
    } else {
      out.set(path === '' ? rootName : path, at as Json)
    }
  }
  if (value !== null && value !== undefined) walk(value, '')
  return out
}

/** A leaf as text: strings bare, lists as `[a, b]`, anything else as JSON. */
export function showValue(value: Json | undefined): string {
  if (value === undefined) return ABSENT
  if (typeof value === 'string') return value
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return `[${value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}]`
  }
  return JSON.stringify(value)
}

/**
 * The fields that differ between `before` and `after`, in before's order then after's new ones.
 * `rootName` names a value that is not an object (`tenant.products` stores a list: `products`).
 */
export function fieldDiff(before: unknown, after: unknown, rootName: string): FieldChange[] {
  const old = leaves(before, rootName)
  const next = leaves(after, rootName)
  const changes: FieldChange[] = []
  for (const field of new Set([...old.keys(), ...next.keys()])) {
    const a = old.get(field)
    const b = next.get(field)
    if (JSON.stringify(a) === JSON.stringify(b)) continue
    changes.push({ field, before: showValue(a), after: showValue(b) })
  }
  return changes
}

/** The permission keys whose entries differ (`before.permissions` vs `after.permissions`). */
export function touchedPermissions(before: unknown, after: unknown): string[] {
  const old = isObject(before) && isObject(before.permissions) ? before.permissions : {}
  const next = isObject(after) && isObject(after.permissions) ? after.permissions : {}
  return [...new Set([...Object.keys(old), ...Object.keys(next)])].filter(
    (key) => JSON.stringify(old[key]) !== JSON.stringify(next[key]),
  )
}
