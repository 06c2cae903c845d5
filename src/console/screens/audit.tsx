/**
 * @module The Audit screen (SPEC §10): the tenant's admin writes through listAuditEntries, newest
 * first, filtered by a GET form (target type and id, actor, since/until as UTC dates) and paged
 * by cursor. A filter the audit query refuses is shown with the API's code and status.
 */
import { Hono } from 'hono'
import { listAuditEntries } from '../../admin/audit'
import { AuditQuery, validated } from '../../schemas'
import { attempt, consoleCaller, page, type ConsoleContext } from '../context'
import type { ConsoleEnv } from '../env'
import { AuditBody, type AuditFilters } from './audit/audit-page'

const DAY_MS = 86_400_000

/** `YYYY-MM-DD` as unix ms at 00:00 UTC (NaN when it is not a date, which the query refuses). */
const dayStart = (date: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN

function filtersOf(c: ConsoleContext): AuditFilters {
  const text = (name: string) => (c.req.query(name) ?? '').trim()
  return {
    targetType: text('targetType'),
    targetId: text('targetId'),
    actor: text('actor'),
    since: text('since'),
    until: text('until'),
  }
}

/** The audit query for the filters: empty fields are no filter, `until` includes its day. */
function queryOf(filters: AuditFilters, cursor: string | undefined) {
  const query: Record<string, string | number> = {}
  if (filters.targetType) query.targetType = filters.targetType
  if (filters.targetId) query.targetId = filters.targetId
  if (filters.actor) query.actorId = filters.actor
  if (filters.since) query.since = dayStart(filters.since)
  if (filters.until) query.until = dayStart(filters.until) + DAY_MS
  if (cursor) query.cursor = cursor
  return query
}

/** The console URL of the filters at `cursor` (the first page without one). */
function hrefOf(filters: AuditFilters, cursor?: number) {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value)
  if (cursor !== undefined) query.set('cursor', String(cursor))
  const text = query.toString()
  return text ? `/console/audit?${text}` : '/console/audit'
}

export const auditScreen = new Hono<ConsoleEnv>().get('/', async (c) => {
  const filters = filtersOf(c)
  const cursor = c.req.query('cursor')
  const { deps, caller } = await consoleCaller(c)
  const result = await attempt(() =>
    listAuditEntries(deps, caller, validated(queryOf(filters, cursor), AuditQuery)),
  )
  const body = result.ok ? (
    <AuditBody
      filters={filters}
      page={result.value}
      firstHref={cursor ? hrefOf(filters) : undefined}
      nextHref={result.value.next === null ? undefined : hrefOf(filters, result.value.next)}
    />
  ) : (
    <AuditBody filters={filters} error={result.error} />
  )
  return page(
    c,
    { title: 'Audit', screen: 'Audit', status: result.ok ? 200 : result.error.status },
    body,
  )
})
