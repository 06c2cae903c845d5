/** @module The RFC 9457 problem every error answer carries (errors.ts `toProblem`), as a schema. */
import { z } from 'zod'

const FieldError = z
  .object({ path: z.string(), message: z.string() })
  .meta({ description: 'A JSON pointer into the request and what is wrong there' })

/**
 * A problem+json body. Loose on purpose: an error may add members (`AppError.extra`); the ones the
 * service sends today are typed here.
 */
export const Problem = z
  .looseObject({
    type: z.string().meta({ examples: ['urn:authz:problem:forbidden'] }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    code: z.string().meta({ description: 'Stable machine code; the operation lists its codes' }),
    detail: z.string().optional(),
    instance: z.string().optional().meta({ description: 'The request path' }),
    reason: z
      .string()
      .optional()
      .meta({
        description:
          'Why a 403 `forbidden`: the SPEC §5 deny reason of the decision, or `user_disabled`, ' +
          '`exceeds_own_level`, `self_change`, `not_tenant_wide`, `operator_disabled`, ' +
          '`operator_secret`; why a 401 `invalid_ticket`: `missing`, `malformed`, `unknown`, ' +
          '`used`, `expired`',
      }),
    errors: z.array(FieldError).optional().meta({
      description: '`invalid_request`, `invalid_group_access`: every failing path',
    }),
    holders: z.number().int().min(0).optional().meta({
      description: '`role_in_use`: how many users hold the role',
    }),
    children: z.number().int().min(0).optional().meta({
      description: '`group_not_empty`: child groups',
    }),
    homeUsers: z.number().int().min(0).optional().meta({
      description: '`group_not_empty`: users whose home the group is',
    }),
    permissions: z.array(z.string()).optional().meta({
      description: '`forbidden` with reason `exceeds_own_level`: the permissions above the caller',
    }),
    version: z.number().int().min(0).optional().meta({
      description: '`version_not_reached`: the version the tenant is at',
    }),
  })
  .meta({ id: 'Problem' })
