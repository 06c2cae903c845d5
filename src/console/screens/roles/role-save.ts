/**
 * @module A submitted role editor form as a role patch: only the permissions whose level differs
 * from the stored role, checked by the API's own schema; the use case checks the rest.
 */
import { RolePatchBody } from '../../../schemas'
import { validated } from '../../../schemas/validate'
import type { RoleView } from '../../../admin/role-view'
import { field } from '../../context'
import { defaultEntries, labelOf, levelName, type LevelChange } from './editor-model'

/** Fields of the editor form that are not permission keys. */
export const CONTROL_FIELDS = ['_fingerprint', '_step'] as const

export type RolePatch = NonNullable<ReturnType<typeof RolePatchBody.parse>['permissions']>

export interface EditorSubmission {
  /** Changed permissions only; `none` removes the entry (updateRole). */
  readonly patch: RolePatch
  readonly changes: readonly LevelChange[]
  readonly fingerprint: string
  readonly step: 'review' | 'confirm'
}

/**
 * Reads the editor form against the stored role. Every field but the control fields is a
 * permission key: an unknown key or a level the catalog does not allow goes on to the use case
 * (which refuses it); a value that is not a level at all is refused here with the API's 400.
 * A level keeps the entry's add-on requirement (the role's, else its default's).
 */
export function readSubmission(
  role: RoleView,
  form: Record<string, string | string[]>,
): EditorSubmission {
  const fingerprint = field(form, '_fingerprint')
  const step = form['_step'] === 'confirm' ? 'confirm' : 'review'
  const defaults = defaultEntries(role)
  const raw: Record<string, { level: string; requires?: string }> = {}
  const changes: LevelChange[] = []
  for (const key of Object.keys(form)) {
    if ((CONTROL_FIELDS as readonly string[]).includes(key)) continue
    const level = field(form, key)
    const current = role.permissions[key]
    const from = current?.level ?? 'none'
    if (level === from) continue
    const requires = current?.requires ?? defaults[key]?.requires
    raw[key] = level === 'none' || !requires ? { level } : { level, requires }
    changes.push({ key, label: labelOf(key), from: levelName(from), to: levelName(level) })
  }
  const patch = validated({ permissions: raw }, RolePatchBody).permissions ?? {}
  return { patch, changes, fingerprint, step }
}
