/** @module Ids made from names: a readable slug and a random suffix. */

/** A new id for `name`: its slug (or `fallback`) and six random hex digits. */
export function slugId(name: string, fallback: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  const suffix = [...crypto.getRandomValues(new Uint8Array(3))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
  return `${slug || fallback}-${suffix}`
}
