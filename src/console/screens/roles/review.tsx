/**
 * @module The no-script review steps: the same diffs as the editor's dialogs, on their own page,
 * with the Confirm / Confirm reset button that writes.
 */
import type { RoleView } from '../../../admin/role-view'
import { CsrfField } from '../../layout'
import { resetChanges } from './editor-model'
import { DiffLines, rolePath } from './parts'
import type { EditorSubmission } from './role-save'
import { RoleHeading } from './role-editor'

/** Save, step two: the changed permissions and a form carrying only them. */
export function SaveReview(props: { role: RoleView; submission: EditorSubmission; csrf: string }) {
  const { role, submission, csrf } = props
  return (
    <>
      <RoleHeading role={role} />
      <h2>Save these changes?</h2>
      {submission.changes.length === 0 && <p>No permission was changed.</p>}
      <DiffLines changes={submission.changes} />
      <form method="post" action={rolePath(role.id)} class="actions">
        <CsrfField token={csrf} />
        <input type="hidden" name="_fingerprint" value={submission.fingerprint} />
        {Object.entries(submission.patch).map(([key, entry]) => (
          <input type="hidden" name={key} value={entry.level} />
        ))}
        <button
          type="submit"
          name="_step"
          value="confirm"
          class="primary"
          disabled={submission.changes.length === 0}
        >
          Confirm
        </button>
        <a class="button" href={rolePath(role.id)}>
          Back to the editor
        </a>
      </form>
    </>
  )
}

/** Reset, step two: current → default per differing permission. */
export function ResetReview(props: { role: RoleView; fingerprint: string; csrf: string }) {
  const { role, fingerprint, csrf } = props
  const changes = resetChanges(role)
  return (
    <>
      <RoleHeading role={role} />
      <h2>Reset permissions to the defaults?</h2>
      {changes.length > 0 ? (
        <DiffLines changes={changes} />
      ) : (
        <p>The permissions are the defaults already.</p>
      )}
      <form method="post" action={`${rolePath(role.id)}/reset`} class="actions">
        <CsrfField token={csrf} />
        <input type="hidden" name="_fingerprint" value={fingerprint} />
        <button type="submit" class="primary">
          Confirm reset
        </button>
        <a class="button" href={rolePath(role.id)}>
          Back to the editor
        </a>
      </form>
    </>
  )
}
