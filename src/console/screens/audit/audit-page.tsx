/**
 * @module The audit page body (SPEC §10): the filter form (GET), the entries newest first with
 * each changed field as `field: before → after`, links to Explain and to the target's page, and
 * the cursor pager.
 */
import type { AuditPage } from '../../../admin/audit'
import type { AppError } from '../../../errors'
import { Refusal } from '../../layout'
import { ABSENT, fieldDiff, touchedPermissions } from './field-diff'
import { explainHref } from '../explain/query'

type Entry = AuditPage['entries'][number]

/** The filter form's fields as typed (dates as `YYYY-MM-DD`). */
export interface AuditFilters {
  readonly targetType: string
  readonly targetId: string
  readonly actor: string
  readonly since: string
  readonly until: string
}

const TARGET_TYPES = ['role', 'group', 'user', 'tenant'] as const

/** The console page of a user, role or group target; none for the tenant. */
export function targetHref(type: string, id: string): string | undefined {
  const at = encodeURIComponent(id)
  if (type === 'user') return `/console/users/${at}`
  if (type === 'role') return `/console/roles/${at}`
  if (type === 'group') return `/console/groups?open=${at}#g-${at}`
  return undefined
}

/** Explain for the target user (or the actor) and the first permission the change touched. */
const explainLink = (entry: Entry): string =>
  explainHref({
    user: entry.targetType === 'user' ? entry.targetId : entry.actorId,
    permission: touchedPermissions(entry.before, entry.after)[0],
  })

export interface AuditPageProps {
  readonly filters: AuditFilters
  readonly page?: AuditPage | undefined
  readonly error?: AppError | undefined
  /** The first page with the same filters, shown on later pages. */
  readonly firstHref?: string | undefined
  /** The next (older) page, when there is one. */
  readonly nextHref?: string | undefined
}

export function AuditBody(props: AuditPageProps) {
  return (
    <div class="audit-screen">
      {props.error && <Refusal error={props.error} />}
      <Filters filters={props.filters} />
      {props.page && (
        <>
          <p role="status">
            {props.page.entries.length === 0
              ? 'No entries match.'
              : `${props.page.entries.length} entr${props.page.entries.length === 1 ? 'y' : 'ies'}, newest first.`}
          </p>
          <ol class="audit-entries">
            {props.page.entries.map((entry) => (
              <AuditEntry entry={entry} />
            ))}
          </ol>
          <nav class="pager" aria-label="Audit pages">
            {props.firstHref && <a href={props.firstHref}>Newest entries</a>}
            {props.nextHref && <a href={props.nextHref}>Older entries</a>}
          </nav>
        </>
      )}
    </div>
  )
}

function Filters({ filters }: { filters: AuditFilters }) {
  return (
    <form
      method="get"
      action="/console/audit"
      class="row audit-filters"
      aria-label="Filter the audit log"
    >
      <div class="field">
        <label for="f-type">Target type</label>
        <select id="f-type" name="targetType">
          <option value="" selected={filters.targetType === ''}>
            Any
          </option>
          {TARGET_TYPES.map((type) => (
            <option value={type} selected={filters.targetType === type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-id">Target id</label>
        <input id="f-id" name="targetId" value={filters.targetId} />
      </div>
      <div class="field">
        <label for="f-actor">Actor</label>
        <input id="f-actor" name="actor" value={filters.actor} />
      </div>
      <div class="field">
        <label for="f-since">Since</label>
        <input id="f-since" name="since" type="date" value={filters.since} />
      </div>
      <div class="field">
        <label for="f-until">Until</label>
        <input id="f-until" name="until" type="date" value={filters.until} />
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          Filter
        </button>
        <a class="button" href="/console/audit">
          Clear
        </a>
      </div>
    </form>
  )
}

function AuditEntry({ entry }: { entry: Entry }) {
  const changes = fieldDiff(entry.before, entry.after, entry.action.split('.').pop() ?? 'value')
  const target = targetHref(entry.targetType, entry.targetId)
  const time = new Date(entry.at).toISOString()
  return (
    <li class="audit-entry">
      <div class="row">
        <time datetime={time}>{time.replace('T', ' ').slice(0, 19)} UTC</time>
        <span>
          <span class="reason">by</span> {entry.actorId}
        </span>
        <code>{entry.action}</code>
        <span>
          {entry.targetType}{' '}
          {target ? <a href={target}>{entry.targetId}</a> : <code>{entry.targetId}</code>}
        </span>
        <span class="reason">version {entry.version}</span>
        <a href={explainLink(entry)}>
          Explain<span class="visually-hidden"> entry {entry.id}</span>
        </a>
      </div>
      {changes.length > 0 ? (
        <ul class="audit-changes">
          {changes.map((change) => (
            <li>
              <code>{change.field}</code>: <Side value={change.before} class="diff-old" /> →{' '}
              <Side value={change.after} class="diff-new" />
            </li>
          ))}
        </ul>
      ) : (
        <p class="reason">No field changed.</p>
      )}
    </li>
  )
}

/** One side of a change; a missing side (∅) is neither struck out nor highlighted. */
const Side = (props: { value: string; class: string }) => (
  <span class={props.value === ABSENT ? 'diff-absent' : props.class}>{props.value}</span>
)
