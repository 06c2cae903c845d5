/** @module The problem codes every admin endpoint shares, and its answer helpers. */
import type { z } from 'zod'
import { idParam } from './headers'
import { jsonAnswer } from './operations'
import { CODES } from './problems'

/** A read: the token, then the caller read fresh from D1 and the engine's admin check. */
export const READ = [...CODES.auth, ...CODES.adminCaller] as const
/** A read of one thing named in the path. */
export const READ_ONE = [...READ, ...CODES.pathId] as const
/** A write without a body (delete, reset). */
export const WRITE_NO_BODY = [...READ, ...CODES.adminWrite] as const
/** A write with a JSON body. */
export const WRITE = [...WRITE_NO_BODY, ...CODES.jsonBody] as const
/** A write to one thing named in the path. */
export const WRITE_ONE = [...WRITE, ...CODES.pathId] as const

/** A read. */
export const ok = (description: string, schema: z.ZodType) => ({
  '200': jsonAnswer(description, schema),
})

/** A committed write: it answers the consistency token later reads send to see it (SPEC §8). */
export const written = (description: string, schema: z.ZodType) => ({
  '200': jsonAnswer(description, schema, ['X-Authz-Consistency']),
})

/** A committed write that created something. */
export const created = (description: string, schema: z.ZodType) => ({
  '201': jsonAnswer(description, schema, ['Location', 'X-Authz-Consistency']),
})

export const ADMIN_NOTE =
  'Authorized by the engine over the target (SPEC §6); the caller is read from storage, never ' +
  'from a cache. 403 `forbidden` carries the `reason`.'

export const WRITE_NOTE =
  `${ADMIN_NOTE} Atomic: on any error nothing is written; 409 \`version_conflict\` when another ` +
  'write changed the tenant meanwhile (retry). A field left out is left unchanged.'

export const roleId = () => idParam('id', 'A role id (a system role is its key, e.g. `admin`)')
export const groupId = () => idParam('id', 'A group id')
export const userId = () => idParam('id', 'A user id')
