/**
 * @module zod schemas -> `components.schemas`: request bodies as their input shape, answers as
 * their output shape, every `$ref` pointing at `#/components/schemas/<id>`.
 */
import { z } from 'zod'
import type { JsonSchema } from './types'

const PREFIX = '#/components/schemas/'

const idOf = (schema: z.ZodType): string => {
  const id = z.globalRegistry.get(schema)?.id
  if (id === undefined) throw new Error('a schema in /openapi.json needs .meta({ id })')
  return id
}

/** A reference to the component of a schema registered with `.meta({ id })`. */
export const schemaRef = (schema: z.ZodType): JsonSchema => ({ $ref: PREFIX + idOf(schema) })

/** Drops what a component must not carry: its own `$schema`, and the fragment `$id` zod adds. */
function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema
  return rest
}

/** A schema that is not a component (a parameter): inline, without `$schema`. */
export const inlineSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  clean(z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) as JsonSchema)

/** The component ids `value` references, anywhere inside it. */
export function refsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out)
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith(PREFIX)) {
        out.add(v.slice(PREFIX.length))
      } else refsIn(v, out)
    }
  }
  return out
}

/** The components `roots` need, from `all`, following references. */
function closure(all: Record<string, JsonSchema>, roots: readonly string[]) {
  const picked: Record<string, JsonSchema> = {}
  const queue = [...roots]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (picked[id]) continue
    const schema = all[id]
    if (!schema) throw new Error(`no component "${id}"`)
    picked[id] = clean(schema)
    queue.push(...refsIn(schema))
  }
  return picked
}

const generate = (io: 'input' | 'output') =>
  z.toJSONSchema(z.globalRegistry, {
    io,
    target: 'draft-2020-12',
    uri: (id) => PREFIX + id,
  }).schemas as Record<string, JsonSchema>

/**
 * `components.schemas` for the components request bodies and answers reference (and what those
 * reference). Throws when one component would need two different shapes (input and output).
 */
export function componentSchemas(
  requestIds: Iterable<string>,
  answerIds: Iterable<string>,
): Record<string, JsonSchema> {
  const inputs = closure(generate('input'), [...requestIds])
  const outputs = closure(generate('output'), [...answerIds])
  for (const [id, schema] of Object.entries(inputs)) {
    const other = outputs[id]
    if (other && JSON.stringify(other) !== JSON.stringify(schema)) {
      throw new Error(`component "${id}" differs as a request and as an answer`)
    }
  }
  const all = { ...outputs, ...inputs }
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((id) => [id, all[id]!]),
  )
}
