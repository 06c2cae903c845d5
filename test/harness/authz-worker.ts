// The worker as it deploys, served by one workerd (Miniflare's API) on loopback with in-memory
// D1/KV, migrated and loaded with the demo tenants: what the integration tests put gateways,
// clients and a second worker in front of. Benchmarks share the bundle step.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { SignJWT, exportJWK, generateKeyPair } from 'jose'
import { Miniflare, type WorkerOptions } from 'miniflare'
import { createDb } from '../../src/db/client'
import { DEMO_TENANTS } from '../../src/demo/demo-tenants'
import { seedTenant } from '../../src/repos/tenant-seed'

export const ISSUER = 'integration-issuer'
export const AUDIENCE = 'integration-audience'
export const COMPATIBILITY_DATE = '2026-04-20'

/** Builds the bundle `wrangler deploy` would upload into `outdir` (index.js). */
export function buildBundle(outdir: string, config = 'wrangler.toml'): void {
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
  execFileSync(
    'node_modules/.bin/wrangler',
    // wrangler reads --outdir relative to the config's folder: make it absolute.
    ['deploy', '--dry-run', '--config', config, '--outdir', resolve(outdir)],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
}

/** Applies migrations/ to a D1 database, statement by statement (as wrangler does). */
export async function applyMigrations(d1: D1Database): Promise<void> {
  for (const file of readdirSync('migrations')
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    for (const statement of readFileSync(`migrations/${file}`, 'utf8').split(
      '--> statement-breakpoint',
    )) {
      if (statement.trim()) await d1.prepare(statement).run()
    }
  }
}

/**
 * Where the integration and browser tests' bundle lives (built once by their global setup);
 * AUTHZ_TEST_DIST moves it, so two test runs in one checkout do not rebuild each other's.
 */
export const TEST_DIST = process.env.AUTHZ_TEST_DIST ?? '.test-dist/authz'
export const TEST_BUNDLE = `${TEST_DIST}/index.js`

export interface AuthzWorkerOptions {
  /** Bindings besides the auth settings (e.g. FRESHNESS_MS). */
  bindings?: Record<string, string>
  /** More workers in the same workerd (they may bind to `authz`). */
  workers?: WorkerOptions[]
  /** Loopback port; 0 picks a free one. */
  port?: number
  bundle?: string
  seedDemo?: boolean
  /**
   * More copies of the worker (`authz-1`, …) in their own isolates, sharing D1, KV and the push
   * object: what another isolate of the same location sees (reach them with `mf.getWorker`).
   */
  replicas?: number
  /**
   * Local development as `npm start` runs it: ENVIRONMENT=development, the signing key's kid marked
   * local and its private half in LOCAL_SIGNING_JWK (the console's demo sign-in), and the console's
   * static assets from public/.
   */
  development?: boolean
}

export type AuthzWorker = Awaited<ReturnType<typeof startAuthzWorker>>

/** Starts the worker (named `authz`) and returns its URL, a token signer and storage handles. */
export async function startAuthzWorker(options: AuthzWorkerOptions = {}) {
  const bundle = options.bundle ?? TEST_BUNDLE
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build it with buildBundle()`)
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
  const kid = options.development ? 'local-dev-integration' : 'integration'
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256' }
  const development = options.development
    ? {
        ENVIRONMENT: 'development',
        LOCAL_SIGNING_JWK: JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: 'ES256' }),
      }
    : {}
  const authz: WorkerOptions = {
    name: 'authz',
    modules: true,
    scriptPath: bundle,
    compatibilityDate: COMPATIBILITY_DATE,
    d1Databases: { DB: 'authz-db' },
    kvNamespaces: { CACHE: 'authz-kv' },
    // The push channel's object, SQLite-backed as wrangler.toml declares it.
    durableObjects: { EVENTS: { className: 'TenantEvents', useSQLite: true } },
    bindings: {
      ENVIRONMENT: 'test',
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
      JWT_JWKS: JSON.stringify({ keys: [jwk] }),
      JWT_JWKS_URL: '',
      JWT_ALGORITHMS: 'ES256',
      CONSISTENCY_SECRET: 'integration-consistency-secret',
      ...development,
      ...options.bindings,
    },
    ...(options.development
      ? { assets: { directory: 'public', routerConfig: { has_user_worker: true } } }
      : {}),
  }
  const replicas = Array.from({ length: options.replicas ?? 0 }, (_, i) => ({
    ...authz,
    name: `authz-${i + 1}`,
    durableObjects: { EVENTS: { className: 'TenantEvents', scriptName: 'authz', useSQLite: true } },
  }))
  const mf = new Miniflare({
    workers: [authz, ...replicas, ...(options.workers ?? [])],
    host: '127.0.0.1',
    port: options.port ?? 0,
  })
  const url = (await mf.ready).toString().replace(/\/$/, '')
  const d1 = await mf.getD1Database('DB', 'authz')
  await applyMigrations(d1)
  if (options.seedDemo ?? true) {
    for (const tenant of DEMO_TENANTS) await seedTenant(createDb(d1), tenant)
  }
  const tokenFor = (user: string, tenant = 'acme', claims: Record<string, unknown> = {}) =>
    new SignJWT({ org_id: tenant, ...claims })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject(user)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('2h')
      .sign(privateKey)
  return {
    mf,
    url,
    port: Number(new URL(url).port),
    d1,
    kv: await mf.getKVNamespace('CACHE', 'authz'),
    tokenFor,
    dispose: () => mf.dispose(),
  }
}
