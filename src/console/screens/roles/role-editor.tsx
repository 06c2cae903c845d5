/**
 * @module The role editor page (SPEC §10, seed 000 "Role Configuration UI"): every enabled
 * module's table in one form, a left navigation, the unsaved-changes count, the Save and Reset
 * Permissions dialogs. role-editor.js adds the count, the save diff and expand / collapse all.
 */
import type { RoleView } from '../../../admin/role-view'
import type { AppError } from '../../../errors'
import { CsrfField, Notice } from '../../layout'
import { resetChanges, type ModuleTable } from './editor-model'
import { DiffLines, RoleBadges, RoleRefusal, roleAuditPath, rolePath } from './parts'
import { PermissionTable, sectionId } from './permission-table'

export const EDITOR_SCRIPT = '/console/assets/role-editor.js'

export interface RoleEditorProps {
  readonly role: RoleView
  readonly modules: readonly ModuleTable[]
  readonly fingerprint: string
  readonly csrf: string
  readonly notice?: string | undefined
  readonly error?: AppError | undefined
}

/** The heading line of a role's pages: its name (linked to its audit history) and badges. */
export function RoleHeading({ role }: { role: RoleView }) {
  return (
    <p class="row">
      <span>
        Role{' '}
        <a href={roleAuditPath(role.id)} title="Audit history of this role">
          {role.name}
        </a>{' '}
        <code>{role.id}</code>
      </span>
      <RoleBadges role={role} />
      <a href="/console/roles">All roles</a>
    </p>
  )
}

function ResetDialog({ role, fingerprint, csrf }: Omit<RoleEditorProps, 'modules'>) {
  const changes = resetChanges(role)
  return (
    <dialog id="reset-dialog" aria-labelledby="reset-dialog-title">
      <form method="post" action={`${rolePath(role.id)}/reset`}>
        <CsrfField token={csrf} />
        <input type="hidden" name="_fingerprint" value={fingerprint} />
        <h2 id="reset-dialog-title">Reset permissions to the defaults?</h2>
        {changes.length > 0 ? (
          <DiffLines changes={changes} id="reset-diff" />
        ) : (
          <p>The permissions are the defaults already.</p>
        )}
        <div class="actions">
          <button type="submit" class="primary" autofocus>
            Confirm reset
          </button>
          <button type="button" data-close-dialog>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}

export function RoleEditor(props: RoleEditorProps) {
  const { role, modules, fingerprint, csrf } = props
  const readOnly = role.comingSoon
  return (
    <>
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.error && <RoleRefusal error={props.error} />}
      <RoleHeading role={role} />
      {readOnly && <p>This role is coming soon: it is shown read-only. Clone it to edit a copy.</p>}
      <div class="role-editor">
        <nav aria-label="Modules" class="role-modules">
          <ul>
            {modules.map((m) => (
              <li>
                <a href={`#${sectionId(m.key)}`}>{m.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <form
          method="post"
          action={rolePath(role.id)}
          id="role-form"
          class="role-form"
          data-unsaved
        >
          <CsrfField token={csrf} />
          <input type="hidden" name="_fingerprint" value={fingerprint} />
          <div class="row role-toolbar">
            <p role="status" id="unsaved-count">
              0 unsaved changes
            </p>
            <button type="button" data-expand="open" hidden>
              Expand all
            </button>
            <button type="button" data-expand="close" hidden>
              Collapse all
            </button>
          </div>
          {modules.map((table) => (
            <PermissionTable table={table} readOnly={readOnly} />
          ))}
          {!readOnly && (
            <div class="actions role-actions">
              <button type="submit" name="_step" value="review" class="primary">
                Save
              </button>
              <a class="button" href={`${rolePath(role.id)}/reset`} data-open-dialog="reset-dialog">
                Reset Permissions
              </a>
            </div>
          )}
          <dialog id="save-dialog" aria-labelledby="save-dialog-title">
            <h2 id="save-dialog-title">Save these changes?</h2>
            <ul id="save-diff" class="role-diff"></ul>
            <div class="actions">
              <button type="submit" name="_step" value="confirm" class="primary" autofocus>
                Confirm
              </button>
              <button type="button" data-close-dialog>
                Cancel
              </button>
            </div>
          </dialog>
        </form>
      </div>
      {!readOnly && <ResetDialog {...props} />}
      <script src={EDITOR_SCRIPT} defer></script>
    </>
  )
}
