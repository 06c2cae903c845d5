/**
 * @module Change Permissions (seed 004, SPEC §10): one form, one Save — role and home group, Group
 * Access, Reporting Access and the add-on switches — written through setUserAccess.
 */
import { ADDONS } from '../../../catalog'
import type { UserAccessView } from '../../../admin/user-access-view'
import type { AppError } from '../../../errors'
import { CsrfField, Refusal } from '../../layout'
import { GroupList } from './group-tree'
import { ADDON_LABELS, humanize, userHref } from './labels'

const GroupSearch = ({ view }: { view: UserAccessView }) => {
  const base = `${userHref(view.user.id)}/access`
  return (
    <section aria-labelledby="find-group" class="group-search">
      <h2 id="find-group">Find a group</h2>
      <form method="get" action={base} role="search" class="row">
        <label for="group-find">Group name or id</label>
        <input id="group-find" type="search" name="find" autocomplete="off" />
        <button type="submit">Find</button>
      </form>
      {view.found !== undefined && (
        <>
          <p role="status">
            {view.found.length} {view.found.length === 1 ? 'group' : 'groups'} found
          </p>
          <ul>
            {view.found.map((g) => (
              <li>
                <a
                  href={`${base}?open=${encodeURIComponent(g.id)}#g-${g.id.replace(/[^A-Za-z0-9_-]/g, '_')}`}
                >
                  {g.path.map((p) => p.name).join(' › ')}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

export interface AccessPageProps {
  readonly view: UserAccessView
  readonly csrf: string
  readonly error?: AppError | undefined
}

export const AccessPage = ({ view, csrf, error }: AccessPageProps) => {
  const { user } = view
  return (
    <div class="users-screen">
      <p>
        <a href={userHref(user.id)}>Back to {user.name}</a>
      </p>
      {error && <Refusal error={error} />}
      <GroupSearch view={view} />
      <form
        method="post"
        action={`${userHref(user.id)}/access`}
        data-unsaved
        class="stack user-access"
      >
        <CsrfField token={csrf} />
        <fieldset>
          <legend>Role and home group</legend>
          <div class="row">
            <label for="access-role">Role</label>
            <select id="access-role" name="roleId">
              {view.roles.map((r) => (
                <option value={r.id} selected={r.id === user.roleId} disabled={r.comingSoon}>
                  {r.comingSoon ? `${r.name} (coming soon)` : r.name}
                </option>
              ))}
            </select>
          </div>
          <div class="row">
            <label for="access-home">Home group</label>
            <input
              id="access-home"
              name="homeGroupId"
              value={user.homeGroupId}
              aria-describedby="access-home-path"
              required
            />
            <span id="access-home-path" class="group-path">
              {view.homePath.map((g) => g.name).join(' › ')}
            </span>
          </div>
        </fieldset>
        <fieldset>
          <legend>Group Access</legend>
          <p class="hint">
            Checked groups are the ones {user.name} can see. Unchecking a group denies it and the
            groups below it; checking one allows it and the groups below it.
          </p>
          <GroupList nodes={view.groups} userId={user.id} />
        </fieldset>
        <fieldset>
          <legend>Reporting Access</legend>
          <ul class="report-access">
            {view.reports.map((r) => (
              <li class="row">
                <input
                  type="checkbox"
                  id={`report-${r.key}`}
                  name="report"
                  value={r.key}
                  data-report={r.key}
                  checked={r.checked}
                  aria-describedby={`report-state-${r.key}`}
                />
                {r.checked && <input type="hidden" name="reportWasOn" value={r.key} />}
                <label for={`report-${r.key}`}>{humanize(r.key)}</label>
                <span id={`report-state-${r.key}`} class="badge">
                  {r.state}
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>Audio and scoring</legend>
          {ADDONS.map((a) => (
            <div class="row">
              <input
                type="checkbox"
                role="switch"
                id={`addon-${a}`}
                name={a}
                value="on"
                checked={user.addons[a]}
              />
              <label for={`addon-${a}`}>{ADDON_LABELS[a]}</label>
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary">
            Save
          </button>
          <a href={userHref(user.id)}>Cancel</a>
        </div>
      </form>
      <script src="/console/assets/group-tree.js" defer></script>
    </div>
  )
}
