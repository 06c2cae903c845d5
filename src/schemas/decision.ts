/** @module Decision schemas (zod): they validate HTTP and RPC input and generate /openapi.json. */
import { z } from 'zod'

/** What every stored id looks like (users, groups, roles, tenants). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/

/** The longest resource id a caller may name. */
export const MAX_RESOURCE_ID = 256
export const MAX_PERMISSION = 128
export const MAX_ASSIGNEES = 100
export const RESOURCE_TYPE_PATTERN = /^[a-z][a-z0-9_]{0,63}$/

export const Id = z.string().regex(ID_PATTERN, 'an id is 1–128 of A–Z a–z 0–9 . _ : @ -')

export const Permission = z
  .string()
  .min(1)
  .max(MAX_PERMISSION)
  .meta({ description: '`module.submodule:action`', examples: ['interactions.conversations:read'] })

export const Resource = z
  .strictObject({
    type: z
      .string()
      .regex(RESOURCE_TYPE_PATTERN, 'a type is lowercase: [a-z][a-z0-9_]*')
      .meta({
        description: '`report` and `user` have special meaning',
        examples: ['conversation'],
      }),
    id: z.string().min(1).max(MAX_RESOURCE_ID),
    groupId: Id.optional(),
    ownerId: Id.optional(),
    assigneeIds: z.array(Id).max(MAX_ASSIGNEES).optional(),
  })
  .meta({ id: 'Resource' })

export const CheckBody = z
  .strictObject({
    permission: Permission,
    resource: Resource.optional(),
    subject: Id.optional().meta({
      description: 'Check on behalf of this user of the same tenant (needs scope authz:check)',
    }),
  })
  .meta({ id: 'CheckRequest' })

export const MAX_BATCH = 100
export const BatchBody = z
  .strictObject({ checks: z.array(CheckBody).min(1).max(MAX_BATCH) })
  .meta({ id: 'BatchCheckRequest' })

export const ScopeBody = z
  .strictObject({ permission: Permission, subject: Id.optional() })
  .meta({ id: 'ScopeRequest' })
