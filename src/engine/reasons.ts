/** @module The reason codes check() gives (SPEC §5), listed and put in words. */
import type { Decision } from './types'

export type ReasonCode = Decision['reason']

/** Every reason check() can give, in the order of SPEC §5. */
export const REASON_CODES = [
  'unknown_user',
  'user_disabled',
  'product_disabled',
  'addon_required',
  'no_permission',
  'report_not_granted',
  'report_granted',
  'level_own',
  'level_group',
  'level_all',
  'own',
  'group_scope',
  'out_of_scope',
] as const satisfies readonly ReasonCode[]

// A reason added to the engine without a place here fails to compile.
const everyReasonListed: Exclude<ReasonCode, (typeof REASON_CODES)[number]> extends never
  ? true
  : never = true
void everyReasonListed

/** Each reason code in words (SPEC §5). */
export const REASON_WORDS: Readonly<Record<ReasonCode, string>> = {
  unknown_user: 'The user is not known in this tenant.',
  user_disabled: 'The user is deactivated.',
  product_disabled: 'The permission’s module belongs to a product the tenant has switched off.',
  addon_required: 'The role entry requires an add-on the user has switched off.',
  no_permission: 'The user’s role gives this permission the level Disabled.',
  report_not_granted:
    'The report is not one of the user’s reports (role defaults, plus grants, minus revocations).',
  report_granted: 'The report is one of the user’s reports.',
  level_own:
    'No resource was named: the user may do this on resources they own or are assigned to.',
  level_group:
    'No resource was named: the user may do this on resources of the groups they access.',
  level_all: 'The role’s level is All: every resource of the tenant.',
  own: 'The user owns the resource or is assigned to it.',
  group_scope: 'The resource is in a group the user can access.',
  out_of_scope:
    'The resource is outside the level’s reach: not the user’s own, and not in a group they access.',
}
