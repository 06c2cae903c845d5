/** @module Validation of parsed input against a schema: one precise 400 for every adapter. */
import type { z } from 'zod'
import { AppError } from '../errors'
import { FAST_PATHS } from './fast-path'

/** Validates a value against `schema`; 400 `invalid_request` naming every failing path. */
export function validated<S extends z.ZodType>(value: unknown, schema: S): z.output<S> {
  // Plain decision bodies are what zod would return unchanged (schemas/fast-path.ts).
  if (FAST_PATHS.get(schema)?.(value)) return value as z.output<S>
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      path: '/' + issue.path.map(String).join('/'),
      message: issue.message,
    }))
    throw new AppError('invalid_request', errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
      errors,
    })
  }
  return parsed.data
}
