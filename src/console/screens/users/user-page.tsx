/**
 * @module The user page (SPEC §10 "Users"): role, home group, status, add-ons, reports and the
 * effective permissions — the `/v1/me` matrix for that user — each level with its source; every
 * cell below All links to Explain.
 */
import { ADDONS } from '../../../catalog'
import type { PermissionCell, PermissionRow, UserPermissions } from '../../../admin/user-view'
import { ADDON_LABELS, LEVEL_LABELS, explainHref, humanize, userHref } from './labels'

/** "Own — role Standard", "Group — role Admin, with Audio access", "Disabled — needs Score conversations". */
export function sourceText(cell: PermissionCell, roleName: string): string {
  if (cell.blockedBy !== undefined) {
    return `${LEVEL_LABELS.none} — needs ${ADDON_LABELS[cell.blockedBy]}`
  }
  const addon = cell.requires === undefined ? '' : `, with ${ADDON_LABELS[cell.requires]}`
  return `${LEVEL_LABELS[cell.level]} — role ${roleName}${addon}`
}

const Cell = ({
  cell,
  userId,
  roleName,
}: {
  cell: PermissionCell
  userId: string
  roleName: string
}) => {
  const text = sourceText(cell, roleName)
  return (
    <td data-permission={cell.key} data-level={cell.level} class={`level-${cell.level}`}>
      {cell.level === 'all' ? text : <a href={explainHref(userId, cell.key)}>{text}</a>}
    </td>
  )
}

/** One module's table: submodules as rows, the module's actions as columns. */
const ModuleTable = (props: {
  module: string
  rows: PermissionRow[]
  userId: string
  roleName: string
}) => {
  const actions = [...new Set(props.rows.flatMap((r) => r.cells.map((c) => c.action)))]
  return (
    <div class="table-wrap">
      <table class="user-permissions">
        <caption>{humanize(props.module)}</caption>
        <thead>
          <tr>
            <th scope="col">Submodule</th>
            {actions.map((a) => (
              <th scope="col">{humanize(a)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <th scope="row">{humanize(row.submodule)}</th>
              {actions.map((a) => {
                const cell = row.cells.find((c) => c.action === a)
                return cell ? (
                  <Cell cell={cell} userId={props.userId} roleName={props.roleName} />
                ) : (
                  <td>—</td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export const UserPage = ({ view }: { view: UserPermissions }) => {
  const { user } = view
  const modules = [...new Set(view.permissions.map((r) => r.module))]
  return (
    <div class="users-screen">
      <dl class="user-facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email ?? '—'}</dd>
        <dt>Role</dt>
        <dd>
          {view.role.name} (<code>{view.role.id}</code>)
        </dd>
        <dt>Home group</dt>
        <dd>
          <span class="group-path">{view.homePath.map((g) => g.name).join(' › ')}</span> (
          <code>{user.homeGroupId}</code>)
        </dd>
        <dt>Status</dt>
        <dd>{user.status}</dd>
        <dt>Add-ons</dt>
        <dd>
          <ul class="user-addons">
            {ADDONS.map((a) => (
              <li data-addon={a}>
                {ADDON_LABELS[a]}: {user.addons[a] ? 'on' : 'off'}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Reports</dt>
        <dd>{view.reports.length === 0 ? 'none' : view.reports.map(humanize).join(', ')}</dd>
        <dt>Accessible groups</dt>
        <dd>{view.groupCount}</dd>
      </dl>
      <p class="actions">
        <a class="button" href={`${userHref(user.id)}/access`}>
          Change Permissions
        </a>
      </p>
      <h2>Effective permissions</h2>
      <p>
        What <code>/v1/me</code> answers for {user.id}, with where each level comes from. Every
        level below All links to Explain.
      </p>
      {modules.map((m) => (
        <ModuleTable
          module={m}
          rows={view.permissions.filter((r) => r.module === m)}
          userId={user.id}
          roleName={view.role.name}
        />
      ))}
    </div>
  )
}
