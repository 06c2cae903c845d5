// Seeding many tenants fast: the statements of src/repos/tenant-seed.ts (tenantStatements, the
// same rows seedTenant writes) with their parameters inlined as SQL literals, several tenants
// in one D1 exec(). Through Miniflare's D1 proxy a drizzle batch costs ~4 ms a statement; one
// exec of 10 small tenants about 20 ms a tenant. For synthetic data only (no `;` or newline in
// any value, which exec would split on).
import { createDb } from '../src/db/client'
import { tenantStatements, type TenantSeed } from '../src/repos/tenant-seed'

interface Compiled {
  sql: string
  params: unknown[]
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'boolean') return value ? '1' : '0'
  if (typeof value === 'string' && !/[;\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`
  throw new Error(`cannot inline ${JSON.stringify(value)}`)
}

const inline = ({ sql, params }: Compiled): string => {
  let next = 0
  return sql.replace(/\?/g, () => literal(params[next++]))
}

/** Writes the tenants with one D1 exec() for each `perExec` of them. */
export async function seedTenantsByExec(
  d1: D1Database,
  seeds: Iterable<TenantSeed>,
  perExec = 10,
): Promise<void> {
  const db = createDb(d1)
  let pending: string[] = []
  let tenants = 0
  const flush = async () => {
    if (pending.length > 0) await d1.exec(pending.join(';\n'))
    pending = []
    tenants = 0
  }
  for (const seed of seeds) {
    for (const statement of tenantStatements(db, seed)) {
      pending.push(inline((statement as unknown as { toSQL(): Compiled }).toSQL()))
    }
    if (++tenants === perExec) await flush()
  }
  await flush()
}
