/**
 * @module A submitted Change Permissions form as the body of PUT /v1/users/:id/access: group
 * entries from the boxes shown against the stored ones, report grants and revokes for the boxes
 * changed against the role's defaults, the add-on switches. Validated with the API's own schema.
 */
import { ADDONS, type Addon } from '../../../catalog'
import { entriesFromBoxes } from '../../../admin/user-group-view'
import type { UserAccessInput } from '../../../admin/users'
import type { userAccessStart } from '../../../admin/user-access-view'
import { AccessBody, validated } from '../../../schemas'
import { field, fields } from '../../context'

type Form = Record<string, string | string[]>
type Start = Awaited<ReturnType<typeof userAccessStart>>

/**
 * The access change the form asks for. Groups and reports the form did not show keep their
 * stored state; 400 `invalid_request` (the API's) for what the schema refuses.
 */
export async function accessFromForm(form: Form, start: Start): Promise<UserAccessInput> {
  const { user, tree } = start
  const roleId = field(form, 'roleId')
  const homeGroupId = field(form, 'homeGroupId').trim()
  const addons = Object.fromEntries(ADDONS.map((a) => [a, form[a] === 'on'])) as Record<
    Addon,
    boolean
  >
  const groups = entriesFromBoxes(
    tree,
    homeGroupId,
    user.groups,
    fields(form, 'shown'),
    new Set(fields(form, 'group')),
  )
  const reports = reportsFromBoxes(
    user.reports,
    new Set(fields(form, 'reportWasOn')),
    new Set(fields(form, 'report')),
    await start.defaultsOf(roleId, addons),
  )
  const body = validated({ roleId, homeGroupId, groups, addons, reports }, AccessBody)
  return { ...body, id: user.id }
}

/**
 * Report overrides after a Save: a box left as the page showed it keeps its stored override; a box
 * the admin changed gets a grant or revoke only where the role's defaults (for the role and
 * add-ons being saved) differ from it.
 */
function reportsFromBoxes(
  stored: { readonly grant: readonly string[]; readonly revoke: readonly string[] },
  wasOn: ReadonlySet<string>,
  on: ReadonlySet<string>,
  defaults: ReadonlySet<string>,
) {
  const changed = new Set([...on, ...wasOn].filter((k) => on.has(k) !== wasOn.has(k)))
  const kept = (keys: readonly string[]) => keys.filter((k) => !changed.has(k))
  const turned = [...changed]
  return {
    grant: [...kept(stored.grant), ...turned.filter((k) => on.has(k) && !defaults.has(k))],
    revoke: [...kept(stored.revoke), ...turned.filter((k) => !on.has(k) && defaults.has(k))],
  }
}
