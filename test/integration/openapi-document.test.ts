// /openapi.json as the deployable bundle serves it: a valid OpenAPI 3.1 document (the standard
// validator), every $ref resolves, every schema is strict JSON Schema 2020-12, and every route
// of the app is documented (and nothing else).
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app'
import { startAuthzWorker, type AuthzWorker } from '../harness/authz-worker'

type Json = { [key: string]: unknown }

let worker: AuthzWorker
let doc: Json & { paths: Record<string, Json>; components: Record<string, Json> }

beforeAll(async () => {
  worker = await startAuthzWorker()
  const res = await fetch(`${worker.url}/openapi.json`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  doc = (await res.json()) as typeof doc
})
afterAll(() => worker?.dispose())

/** Every value under `value` with its JSON pointer. */
function* walk(value: unknown, pointer = '#'): Generator<[string, unknown]> {
  yield [pointer, value]
  if (value === null || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value)) {
    yield* walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)
  }
}

function at(pointer: string): unknown {
  let value: unknown = doc
  for (const key of pointer.slice(2).split('/')) {
    value = (value as Json | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  return value
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head']

describe('/openapi.json', () => {
  it('passes the OpenAPI 3.1 schema validator', async () => {
    const validator = new Validator({ allErrors: true })
    const result = await validator.validate(structuredClone(doc))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('has only $refs that resolve inside the document', () => {
    const refs = [...walk(doc)].filter(
      ([pointer, value]) => pointer.endsWith('/$ref') && typeof value === 'string',
    )
    expect(refs.length).toBeGreaterThan(100)
    const broken = refs
      .map(([pointer, ref]) => ({ pointer, ref: String(ref) }))
      .filter(({ ref }) => !ref.startsWith('#/') || at(ref) === undefined)
    expect(broken).toEqual([])
  })

  it('holds schemas that compile as strict JSON Schema 2020-12', () => {
    const base = 'https://authz.test/components/schemas/'
    const absolute = JSON.parse(
      JSON.stringify(doc).replaceAll('"#/components/schemas/', `"${base}`),
    ) as typeof doc
    const ajv = new Ajv2020({ strict: true, allErrors: true })
    const addFormats = (formats as unknown as { default?: typeof formats }).default ?? formats
    addFormats(ajv)
    // The OpenAPI 3.1 dialect's own keywords (OAS §4.8.24).
    for (const keyword of ['example', 'discriminator', 'xml', 'externalDocs']) {
      ajv.addKeyword(keyword)
    }
    for (const [id, schema] of Object.entries(absolute.components.schemas!)) {
      ajv.addSchema(schema as Json, base + id)
    }
    const failures: string[] = []
    const compile = (where: string, schema: unknown) => {
      try {
        ajv.compile(schema as Json)
      } catch (error) {
        failures.push(`${where}: ${(error as Error).message}`)
      }
    }
    for (const id of Object.keys(absolute.components.schemas!)) compile(id, { $ref: base + id })
    for (const [pointer, value] of walk(absolute)) {
      if (pointer.endsWith('/schema') && !pointer.startsWith('#/components/schemas')) {
        compile(pointer, value)
      }
    }
    expect(failures).toEqual([])
  })

  it('documents every route of the app, and no operation the app does not have', () => {
    const routes = createApp()
      .routes.filter((r) => r.path !== '/*' && r.path !== '/v1/*') // middleware
      // The console's HTML pages (SPEC §10) are not part of the JSON API the document describes.
      .filter((r) => r.path !== '/console' && !r.path.startsWith('/console/'))
      .map((r) => ({
        method: r.method.toLowerCase(),
        path: r.path.replace(/\/\*$/, '/{path}').replace(/:(\w+)/g, '{$1}'),
      }))
    const missing: string[] = []
    for (const { method, path } of routes) {
      const item = doc.paths[path]
      if (!item) missing.push(`${path} (no path)`)
      // `all`: the 405 catch-alls and forward auth answer every method.
      const methods =
        method === 'all' ? METHODS.filter((m) => m !== 'head' || !item?.get) : [method]
      for (const m of methods) if (!item?.[m]) missing.push(`${m.toUpperCase()} ${path}`)
    }
    expect(missing).toEqual([])
    const served = new Set(
      routes.filter((r) => r.method !== 'all').map((r) => `${r.method} ${r.path}`),
    )
    const everyMethod = new Set(
      routes
        .filter((r) => r.method === 'all' && r.path.includes('forward-auth'))
        .map((r) => r.path),
    )
    const phantom: string[] = []
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method] as Json | undefined
        if (!op || op['x-method-not-allowed'] === true || everyMethod.has(path)) continue
        if (!served.has(`${method} ${path}`)) phantom.push(`${method.toUpperCase()} ${path}`)
      }
    }
    expect(phantom).toEqual([])
  })

  it('gives every operation an answer per status, each problem its codes', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method] as { responses?: Json } | undefined
        if (!op) continue
        expect(Object.keys(op.responses ?? {}), `${method} ${path}`).not.toHaveLength(0)
        for (const [status, ref] of Object.entries(op.responses!)) {
          const answer = ((ref as Json).$ref ? at((ref as Json).$ref as string) : ref) as Json
          expect(answer, `${method} ${path} ${status}`).toBeDefined()
          const problem = (answer.content as Json | undefined)?.['application/problem+json']
          if (Number(status) >= 400) expect(problem, `${method} ${path} ${status}`).toBeDefined()
        }
      }
    }
  })
})
