/// <reference types="node" />
// Just enough reading of the gateway configs to hold tests to them: a scalar after `key:`, the
// items of a YAML list under `key:` (plain `- item` or Envoy's `- exact: item`), and the
// arguments of a Caddyfile directive.
import { readFileSync } from 'node:fs'

export const readRecipe = (path: string): string => readFileSync(path, 'utf8')

/** The value after the first `key:` (flow maps like `{ code: X }` are returned as written). */
export function scalarOf(text: string, key: string): string {
  const match = new RegExp(`^\\s*${key}:\\s*(.+?)\\s*$`, 'm').exec(text)
  if (!match) throw new Error(`no "${key}:" in the config`)
  return match[1]!
}

/** The arguments of the first Caddyfile directive `name` (a line `name arg…`). */
export function directiveOf(text: string, name: string): string {
  const match = new RegExp(`^\\s*${name}\\s+(.+?)\\s*$`, 'm').exec(text)
  if (!match) throw new Error(`no "${name}" directive in the config`)
  return match[1]!
}

/** The items listed under the first `key:` line, skipping a `patterns:` level and comments. */
export function listUnder(text: string, key: string): string[] {
  const lines = text.split('\n').map((line) => line.trim())
  const start = lines.indexOf(`${key}:`)
  if (start < 0) throw new Error(`no "${key}:" list in the config`)
  const items: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line === 'patterns:' || line.startsWith('#')) continue
    const item = /^- (?:exact: )?(\S+)$/.exec(line)
    if (!item) break
    items.push(item[1]!)
  }
  return items
}
