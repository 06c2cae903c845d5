/**
 * @module The tickets one tenant's object issued, in its SQLite storage: each is accepted once,
 * within TICKET_TTL_MS of its issue, for the tenant it was issued for. Calls are synchronous, so
 * nothing interleaves between reading a ticket and marking it used.
 */
import { TICKET_TTL_MS, type TicketRefusal } from './ticket'

type TicketRow = {
  tenant: string
  user_id: string
  expires_at: number
  used_at: number | null
}

/** The user a ticket was issued to, or why it is refused. */
export type TicketCheck = { readonly userId: string } | { readonly refused: TicketRefusal }

export class TicketStore {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(
      `CREATE TABLE IF NOT EXISTS tickets (
        digest TEXT PRIMARY KEY,
        tenant TEXT NOT NULL,
        user_id TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      )`,
    )
  }

  /** Records a ticket issued at `now`; returns when it expires (Unix ms). */
  add(digest: string, tenant: string, userId: string, now: number): number {
    // Refusals stay precise (`used`, `expired`) for one more TTL; older rows are only clutter.
    this.sql.exec('DELETE FROM tickets WHERE expires_at <= ?', now - TICKET_TTL_MS)
    const expiresAt = now + TICKET_TTL_MS
    this.sql.exec(
      'INSERT INTO tickets (digest, tenant, user_id, expires_at) VALUES (?, ?, ?, ?)',
      digest,
      tenant,
      userId,
      expiresAt,
    )
    return expiresAt
  }

  /** Whether the ticket would be accepted at `now`; changes nothing. */
  inspect(digest: string, tenant: string, now: number): TicketCheck {
    const [row] = this.sql
      .exec<TicketRow>(
        'SELECT tenant, user_id, expires_at, used_at FROM tickets WHERE digest = ?',
        digest,
      )
      .toArray()
    if (!row || row.tenant !== tenant) return { refused: 'unknown' }
    if (row.used_at !== null) return { refused: 'used' }
    if (now >= row.expires_at) return { refused: 'expired' }
    return { userId: row.user_id }
  }

  /** As inspect(), and an accepted ticket is used up. */
  redeem(digest: string, tenant: string, now: number): TicketCheck {
    const check = this.inspect(digest, tenant, now)
    if ('userId' in check) {
      this.sql.exec('UPDATE tickets SET used_at = ? WHERE digest = ?', now, digest)
    }
    return check
  }
}
