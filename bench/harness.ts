// What every HTTP benchmark needs: the deployable bundle, a signing key, one workerd through
// Miniflare's API with local D1/KV, and the migrations applied.
import { SignJWT, exportJWK, generateKeyPair } from 'jose'
import { Miniflare } from 'miniflare'
import { applyMigrations, buildBundle, COMPATIBILITY_DATE } from '../test/harness/authz-worker'

const ISSUER = 'bench-issuer'
const AUDIENCE = 'bench-audience'

/** Builds the bundle `wrangler deploy` would upload (with `config`) into .bench/dist. */
export const buildBenchBundle = (config?: string): void => buildBundle('.bench/dist', config)

export interface BenchWorker {
  name: string
  /** FRESHNESS_MS of this copy of the worker. */
  freshnessMs: number
  routes: string[]
}

export interface ServeOptions {
  /** Opens workerd's V8 inspector on a free port (`mf.getInspectorURL()`; see inspector.ts). */
  inspector?: boolean
}

/**
 * Serves the bundle as the given workers (sharing one in-memory D1 and KV), applies the
 * migrations, and returns the URL, the D1/KV handles and a token signer for `tenant` (or, given
 * as second argument, any other tenant).
 */
export async function serve(workers: BenchWorker[], tenant: string, options: ServeOptions = {}) {
  const { publicKey, privateKey } = await generateKeyPair('ES256')
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256' }
  const mf = new Miniflare({
    workers: workers.map((w) => ({
      name: w.name,
      modules: true,
      scriptPath: '.bench/dist/index.js',
      compatibilityDate: COMPATIBILITY_DATE,
      d1Databases: { DB: 'bench-db' },
      kvNamespaces: { CACHE: 'bench-kv' },
      // Each worker its own push objects (SQLite-backed, as wrangler.toml declares them).
      durableObjects: { EVENTS: { className: 'TenantEvents', useSQLite: true } },
      routes: w.routes,
      bindings: {
        ENVIRONMENT: 'bench',
        JWT_ISSUER: ISSUER,
        JWT_AUDIENCE: AUDIENCE,
        JWT_JWKS: JSON.stringify({ keys: [jwk] }),
        JWT_JWKS_URL: '',
        JWT_ALGORITHMS: 'ES256',
        CONSISTENCY_SECRET: 'bench-consistency-secret',
        FRESHNESS_MS: String(w.freshnessMs),
      },
    })),
    host: '127.0.0.1',
    port: 0,
    ...(options.inspector ? { inspectorPort: 0 } : {}),
  })
  const base = (await mf.ready).toString().replace(/\/$/, '')
  const first = workers[0]!.name
  const d1 = await mf.getD1Database('DB', first)
  await applyMigrations(d1)
  const tokenFor = (user: string, tenantId = tenant) =>
    new SignJWT({ org_id: tenantId })
      .setProtectedHeader({ alg: 'ES256', kid: 'bench' })
      .setSubject(user)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('2h')
      .sign(privateKey)
  return { mf, base, d1, kv: await mf.getKVNamespace('CACHE', first), tokenFor }
}
