/// <reference types="node" />
// The recipes document shows every file under gateways/ byte for byte: each is the whole content
// of one fenced block, so what readers copy is what the gateway tests run.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'
import { RECIPES_DOC } from './gateways-helpers/recipes'

const GATEWAYS_DIR = 'gateways'

function configFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return configFiles(path)
    return path === RECIPES_DOC || entry.name === 'README.md' ? [] : [path]
  })
}

/** The contents of every fenced block (``` … ```), each ending in its last newline. */
function fencedBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm)].map((match) => match[1]!)
}

const blocks = fencedBlocks(readFileSync(RECIPES_DOC, 'utf8'))
const files = configFiles(GATEWAYS_DIR)

it('holds one config file per gateway', () => {
  expect(files.map((file) => relative(GATEWAYS_DIR, file)).sort()).toEqual([
    'caddy/Caddyfile',
    'envoy/envoy.yaml',
    'nginx/authz-locations.conf',
    'traefik/dynamic.yml',
  ])
})

it.each(files)(`shows %s verbatim in ${RECIPES_DOC}`, (file) => {
  expect(blocks).toContain(readFileSync(file, 'utf8'))
})
