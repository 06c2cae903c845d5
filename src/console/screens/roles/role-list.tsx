/**
 * @module The roles list (SPEC §10 "Roles"): every role with its holders, badges and drift
 * marker; New custom role; per role Clone, Rename and Delete.
 */
import type { RoleView } from '../../../admin/role-view'
import type { AppError } from '../../../errors'
import { CsrfField, Notice } from '../../layout'
import { RoleBadges, RoleRefusal, roleAuditPath, rolePath } from './parts'

export interface RoleListProps {
  readonly roles: readonly RoleView[]
  readonly holders: ReadonlyMap<string, number>
  readonly csrf: string
  readonly notice?: string | undefined
  readonly error?: AppError | undefined
}

const holdersText = (n: number) => `${n} ${n === 1 ? 'holder' : 'holders'}`

/** A one-field form: a visible "Name" label (with the role, for screen readers) and a button. */
function NameForm(props: {
  action: string
  id: string
  hint: string
  button: string
  csrf: string
  value?: string
}) {
  return (
    <form method="post" action={props.action} class="row role-name-form">
      <CsrfField token={props.csrf} />
      <label for={props.id}>
        Name<span class="visually-hidden"> {props.hint}</span>
      </label>
      <input id={props.id} name="name" required maxlength={80} value={props.value} />
      <button type="submit">{props.button}</button>
    </form>
  )
}

function RoleRow({ role, holders, csrf }: { role: RoleView; holders: number; csrf: string }) {
  const path = rolePath(role.id)
  return (
    <tr data-role={role.id}>
      <th scope="row">
        <a href={path}>{role.name}</a>
        <div class="reason">
          <code>{role.id}</code> · <a href={roleAuditPath(role.id)}>History</a>
        </div>
      </th>
      <td class="num" data-holders={holders}>
        {holdersText(holders)}
      </td>
      <td>
        <div class="row">
          <RoleBadges role={role} />
        </div>
      </td>
      <td>
        <div class="row role-row-actions">
          <NameForm
            action={`${path}/clone`}
            id={`clone-${role.id}`}
            hint={`of the clone of ${role.name}`}
            button="Clone"
            csrf={csrf}
          />
          <NameForm
            action={`${path}/rename`}
            id={`rename-${role.id}`}
            hint={`to rename ${role.name} to`}
            button="Rename"
            csrf={csrf}
            value={role.name}
          />
          <form method="post" action={`${path}/delete`}>
            <CsrfField token={csrf} />
            <button type="submit" class="danger" aria-label={`Delete ${role.name}`}>
              Delete
            </button>
          </form>
        </div>
      </td>
    </tr>
  )
}

export function RoleList({ roles, holders, csrf, notice, error }: RoleListProps) {
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      {error && <RoleRefusal error={error} />}
      <section aria-labelledby="new-role-title">
        <h2 id="new-role-title">New custom role</h2>
        <form method="post" action="/console/roles" class="row">
          <CsrfField token={csrf} />
          <label for="new-role-name">Name</label>
          <input id="new-role-name" name="name" required maxlength={80} />
          <button type="submit" class="primary">
            Create role
          </button>
        </form>
      </section>
      <h2 id="roles-title">Roles</h2>
      <div class="table-wrap">
        <table aria-labelledby="roles-title" class="role-list">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col" class="num">
                Holders
              </th>
              <th scope="col">Kind</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <RoleRow role={role} holders={holders.get(role.id) ?? 0} csrf={csrf} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
