/** @module Small pieces the roles screens share: badges, refusals with a reload, diff lines. */
import type { RoleView } from '../../../admin/role-view'
import type { AppError } from '../../../errors'
import type { LevelChange } from './editor-model'

export const rolePath = (id: string) => `/console/roles/${encodeURIComponent(id)}`

/** The audit log filtered on one role (the audit screen's contract). */
export const roleAuditPath = (id: string) =>
  `/console/audit?targetType=role&targetId=${encodeURIComponent(id)}`

/** Whether Reset would change anything: permissions or default reports. */
export const differsFromDefaults = (role: RoleView) =>
  role.drift.permissions.length > 0 ||
  role.drift.reports.added.length > 0 ||
  role.drift.reports.removed.length > 0

export function RoleBadges({ role }: { role: RoleView }) {
  return (
    <>
      {role.system ? (
        <span class="badge system">System</span>
      ) : (
        <span class="badge custom">Custom</span>
      )}
      {role.comingSoon && <span class="badge soon">Coming soon</span>}
      {differsFromDefaults(role) && <span class="badge drift">Differs from defaults</span>}
    </>
  )
}

/**
 * A refusal with the API's code and message (as layout's Refusal), the engine's reason when it
 * gave one (`exceeds_own_level`), and for a conflict a link that reloads the role.
 */
export function RoleRefusal({ error, reload }: { error: AppError; reload?: string }) {
  const reason = typeof error.extra['reason'] === 'string' ? error.extra['reason'] : undefined
  return (
    <div role="alert" class="alert">
      <code>{error.code}</code> {error.message}
      {reason && (
        <>
          {' '}
          (reason <code>{reason}</code>)
        </>
      )}
      {reload && (
        <>
          {' '}
          <a href={reload}>Reload</a>
        </>
      )}
    </div>
  )
}

/** `label: old → new` lines of a diff. */
export function DiffLines({ changes, id }: { changes: readonly LevelChange[]; id?: string }) {
  return (
    <ul id={id} class="role-diff">
      {changes.map((c) => (
        <li data-key={c.key}>
          {c.label}: <span class="diff-old">{c.from}</span> → <span class="diff-new">{c.to}</span>
        </li>
      ))}
    </ul>
  )
}
