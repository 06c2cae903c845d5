// Every answer a route test receives is checked against /openapi.json: the operation (method +
// path template), the status, the required headers, the media type and the JSON body (JSON Schema
// 2020-12, @cfworker/json-schema: no eval, runs in workerd). A mismatch fails the test.
import { Validator, type OutputUnit } from '@cfworker/json-schema'
import { exports } from 'cloudflare:workers'

type Json = { [key: string]: unknown }

interface Document {
  paths: Record<string, Json>
  components: { schemas: Json; responses: Json }
}

interface Template {
  path: string
  pattern: RegExp
  params: number
}

interface Loaded {
  doc: Document
  templates: Template[]
  validators: Map<object, Validator>
}

let loaded: Promise<Loaded> | undefined

/** `{name}` is one segment; a trailing `{path}` stands for the rest of the path (forward auth). */
function templateOf(path: string): Template {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part, i, parts) => {
      if (!part.startsWith('{')) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      return part === '{path}' && i === parts.length - 2 ? '.*' : '[^/]+'
    })
    .join('')
  return { path, pattern: new RegExp(`^${source}$`), params: path.split('{').length - 1 }
}

async function load(): Promise<Loaded> {
  const res = await exports.default.fetch(new Request('http://authz.test/openapi.json'))
  if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}`)
  const doc = (await res.json()) as Document
  const templates = Object.keys(doc.paths)
    .map(templateOf)
    .sort((a, b) => a.params - b.params)
  return { doc, templates, validators: new Map() }
}

/** Follows `$ref`s within the document. */
function resolve(doc: Document, value: unknown): Json {
  let at = value as Json
  for (let hops = 0; typeof at.$ref === 'string'; hops++) {
    const ref = at.$ref
    if (!ref.startsWith('#/') || hops > 10) throw new Error(`unresolvable $ref ${ref}`)
    let next: unknown = doc
    for (const key of ref.slice(2).split('/')) {
      next = (next as Json | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')]
    }
    if (next === undefined) throw new Error(`$ref ${ref} points nowhere`)
    at = next as Json
  }
  return at
}

function validatorFor({ doc, validators }: Loaded, schema: Json): Validator {
  let validator = validators.get(schema)
  if (!validator) {
    // The component schemas ride along, so `#/components/schemas/…` resolves inside the root.
    const root = { ...schema, components: { schemas: doc.components.schemas } }
    validator = new Validator(root, '2020-12', false)
    validators.set(schema, validator)
  }
  return validator
}

const describeErrors = (errors: readonly OutputUnit[]) =>
  errors
    .filter(
      (e) =>
        !e.error.startsWith('A subschema had errors') &&
        !/^Property .* does not match schema/.test(e.error),
    )
    .slice(0, 12)
    .map((e) => `  ${e.instanceLocation}: ${e.error} (${e.keywordLocation})`)
    .join('\n')

/**
 * Throws unless `response` is an answer the document gives for `method` `url`: a documented
 * operation and status (any path the document lacks must be its NotFound answer), every required
 * header, a documented media type, a body that validates (none where none is documented).
 */
export async function expectDocumented(
  method: string,
  url: string,
  response: Response,
): Promise<void> {
  const state = await (loaded ??= load())
  const { doc } = state
  const path = new URL(url, 'http://authz.test').pathname
  const template = state.templates.find((t) => t.pattern.test(path))
  const where = `${method} ${path} → ${response.status}`
  let answer: Json
  if (!template) {
    if (response.status !== 404) throw new Error(`${where}: the path is not in /openapi.json`)
    answer = resolve(doc, doc.components.responses.NotFound)
  } else {
    const item = doc.paths[template.path]!
    // HEAD of a path with GET is GET without a body (the document says so).
    const operation = (item[method.toLowerCase()] ??
      (method.toUpperCase() === 'HEAD' ? item.get : undefined)) as Json | undefined
    if (!operation) throw new Error(`${where}: ${method} ${template.path} is not documented`)
    const responses = operation.responses as Json
    const documented = responses[String(response.status)] ?? responses.default
    if (!documented) {
      throw new Error(
        `${where}: status not documented for ${method} ${template.path} ` +
          `(documented: ${Object.keys(responses).join(', ')})`,
      )
    }
    answer = resolve(doc, documented)
  }
  const context = template ? `${method} ${template.path}` : 'NotFound'
  for (const [name, header] of Object.entries((answer.headers ?? {}) as Json)) {
    if (resolve(doc, header).required === true && !response.headers.has(name)) {
      throw new Error(`${where}: header ${name} is required by ${context} but missing`)
    }
  }
  if (method.toUpperCase() === 'HEAD') return // no body to check
  const body = await response.text()
  const content = answer.content as Record<string, { schema: Json }> | undefined
  if (!content) {
    if (body !== '') throw new Error(`${where}: ${context} documents no body, got: ${body}`)
    return
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim()
  const media = content[type]
  if (!media) {
    throw new Error(
      `${where}: content type "${type}" not documented (${Object.keys(content).join(', ')})`,
    )
  }
  if (!/[/+]json$/.test(type)) return
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    throw new Error(`${where}: the ${type} body is not JSON: ${body.slice(0, 200)}`)
  }
  const result = validatorFor(state, media.schema).validate(value)
  if (!result.valid) {
    throw new Error(
      `${where}: the body does not match ${context} ${response.status} in /openapi.json:\n` +
        `${describeErrors(result.errors)}\nbody: ${body.slice(0, 500)}`,
    )
  }
}
