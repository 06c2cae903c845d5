/** @module Reads a JSON body: media type, 64 KiB limit, syntax, then the zod schema. */
import type { Context } from 'hono'
import type { z } from 'zod'
import { AppError } from '../errors'
import { validated } from '../schemas/validate'

export const MAX_BODY_BYTES = 64 * 1024

/** The raw body of a JSON request, refused when not JSON (415) or over 64 KiB (413). */
export async function readJsonBytes(request: Request): Promise<Uint8Array> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw new AppError('unsupported_media_type', `got "${type || 'no content type'}"`)
  }
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > MAX_BODY_BYTES) throw new AppError('payload_too_large')
  // The raw body, read once: nothing else reads it, so Hono's body cache is not needed.
  const bytes = new Uint8Array(await request.arrayBuffer())
  if (bytes.byteLength > MAX_BODY_BYTES) throw new AppError('payload_too_large')
  return bytes
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** Parses bytes as UTF-8 JSON against `schema`; 400 `invalid_json` / `invalid_request`. */
export function parseJson<S extends z.ZodType>(bytes: Uint8Array, schema: S): z.output<S> {
  let value: unknown
  try {
    value = JSON.parse(utf8.decode(bytes))
  } catch {
    throw new AppError('invalid_json', 'the body is not valid UTF-8 JSON')
  }
  return validated(value, schema)
}

/** Parses a request's body against `schema`; throws a precise AppError for each failure. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  return parseJson(await readJsonBytes(request), schema)
}

/** readJsonBody of a Hono route's request. */
export const readJson = <S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> =>
  readJsonBody(c.req.raw, schema)
