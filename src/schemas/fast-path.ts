/**
 * @module Plain decision bodies accepted without running zod (SPEC §5 hot path).
 *
 * zod 4 cannot compile its parsers on Workers (no eval), so a check body costs tens of
 * microseconds to validate. These predicates accept only bodies the zod schemas accept unchanged
 * (a property test holds them to it); anything else, valid or not, goes to zod, which gives the
 * precise 400. The schemas stay the one definition of what is valid.
 */
import type { z } from 'zod'
import {
  BatchBody,
  CheckBody,
  ID_PATTERN,
  MAX_ASSIGNEES,
  MAX_BATCH,
  MAX_PERMISSION,
  MAX_RESOURCE_ID,
  RESOURCE_TYPE_PATTERN,
  ScopeBody,
} from './decision'

type Plain = Record<string, unknown>

const isObject = (v: unknown): v is Plain =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.getPrototypeOf(v) === Object.prototype

/** Only the named keys, each optional unless listed in `required`. */
function onlyKeys(value: Plain, allowed: readonly string[], required: readonly string[]): boolean {
  for (const key in value) if (!allowed.includes(key)) return false
  return required.every((key) => key in value)
}

const isId = (v: unknown) => typeof v === 'string' && ID_PATTERN.test(v)
const isString = (v: unknown, max: number) =>
  typeof v === 'string' && v.length >= 1 && v.length <= max

function plainResource(r: unknown): boolean {
  return (
    isObject(r) &&
    onlyKeys(r, ['type', 'id', 'groupId', 'ownerId', 'assigneeIds'], ['type', 'id']) &&
    typeof r.type === 'string' &&
    RESOURCE_TYPE_PATTERN.test(r.type) &&
    isString(r.id, MAX_RESOURCE_ID) &&
    (!('groupId' in r) || isId(r.groupId)) &&
    (!('ownerId' in r) || isId(r.ownerId)) &&
    (!('assigneeIds' in r) ||
      (Array.isArray(r.assigneeIds) &&
        r.assigneeIds.length <= MAX_ASSIGNEES &&
        r.assigneeIds.every(isId)))
  )
}

export function plainCheck(v: unknown): boolean {
  return (
    isObject(v) &&
    onlyKeys(v, ['permission', 'resource', 'subject'], ['permission']) &&
    isString(v.permission, MAX_PERMISSION) &&
    (!('resource' in v) || plainResource(v.resource)) &&
    (!('subject' in v) || isId(v.subject))
  )
}

export function plainBatch(v: unknown): boolean {
  return (
    isObject(v) &&
    onlyKeys(v, ['checks'], ['checks']) &&
    Array.isArray(v.checks) &&
    v.checks.length >= 1 &&
    v.checks.length <= MAX_BATCH &&
    v.checks.every(plainCheck)
  )
}

export function plainScope(v: unknown): boolean {
  return (
    isObject(v) &&
    onlyKeys(v, ['permission', 'subject'], ['permission']) &&
    isString(v.permission, MAX_PERMISSION) &&
    (!('subject' in v) || isId(v.subject))
  )
}

/** The fast path of a schema, if it has one. */
export const FAST_PATHS: ReadonlyMap<z.ZodType, (value: unknown) => boolean> = new Map<
  z.ZodType,
  (value: unknown) => boolean
>([
  [CheckBody, plainCheck],
  [BatchBody, plainBatch],
  [ScopeBody, plainScope],
])
