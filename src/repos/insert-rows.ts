/** @module Multi-row inserts sized for D1, which binds at most 100 parameters per statement. */
import type { BatchItem } from 'drizzle-orm/batch'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from '../db/client'

const MAX_BOUND_PARAMETERS = 100

/**
 * Statements inserting `rows` (all of one shape) into `table`, as few as D1 allows. With
 * `ignoreExisting`, rows whose key exists are skipped (idempotent seeding).
 */
export function insertRows<T extends SQLiteTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  options: { ignoreExisting?: boolean } = {},
): BatchItem<'sqlite'>[] {
  if (rows.length === 0) return []
  const columns = Object.keys(rows[0]!).length
  const size = Math.max(1, Math.floor(MAX_BOUND_PARAMETERS / columns))
  const out: BatchItem<'sqlite'>[] = []
  for (let i = 0; i < rows.length; i += size) {
    const insert = db.insert(table).values(rows.slice(i, i + size) as T['$inferInsert'][])
    out.push(options.ignoreExisting ? insert.onConflictDoNothing() : insert)
  }
  return out
}
