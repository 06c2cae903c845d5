/** @module The audit log use case: the tenant's admin writes, newest first, filtered, paged. */
import type { z } from 'zod'
import { findAuditEntries } from '../repos/audit-repo'
import type { AuditQuery } from '../schemas'
import { requireAllowed, type Caller } from './caller'
import type { AdminDeps } from './deps'

export type AuditInput = z.output<typeof AuditQuery>

type AuditRow = Awaited<ReturnType<typeof findAuditEntries>>[number]

export interface AuditPage {
  readonly entries: Omit<AuditRow, 'tenantId'>[]
  /** The cursor of the next page; null on the last. */
  readonly next: number | null
  readonly version: number
}

/** A page of the audit log (default 50 entries); 403 without admin.settings:read. */
export async function listAuditEntries(
  deps: AdminDeps,
  caller: Caller,
  input: AuditInput,
): Promise<AuditPage> {
  requireAllowed(caller, 'admin.settings:read')
  const limit = input.limit ?? 50
  const rows = await findAuditEntries(deps.db, caller.principal.tenantId, input, limit + 1)
  const entries = rows.slice(0, limit).map(({ tenantId: _t, ...entry }) => entry)
  const next = rows.length > limit ? entries[entries.length - 1]!.id : null
  return { entries, next, version: caller.version }
}
