/** @module Bindings, request variables, and the validated configuration read from them. */
import type { JSONWebKeySet } from 'jose'
import { AppError } from './errors'

export interface Bindings {
  readonly DB: D1Database
  readonly CACHE: KVNamespace
  /** Push (SPEC §8): one TenantEvents object per tenant. Unbound: no push, writes still work. */
  readonly EVENTS?: DurableObjectNamespace<import('./events/tenant-events').TenantEvents>
  readonly ENVIRONMENT?: string
  readonly JWT_ISSUER?: string
  readonly JWT_AUDIENCE?: string
  readonly JWT_JWKS_URL?: string
  /** Inline JWKS (JSON), an alternative to JWT_JWKS_URL. */
  readonly JWT_JWKS?: string
  readonly JWT_ALGORITHMS?: string
  /** Comma-separated HMAC secrets for the invalidation webhook. */
  readonly WEBHOOK_SECRETS?: string
  /** Comma-separated HMAC secrets for consistency tokens: the first signs, any verifies. */
  readonly CONSISTENCY_SECRET?: string
  /**
   * Bounded staleness (SPEC §8): how long an isolate decides from a version pointer it read, in
   * milliseconds, 0–5000 (default 1000; 0 = look the version up on every decision).
   */
  readonly FRESHNESS_MS?: string
  /** Secret of the service operator: authenticates POST /v1/tenants. Unset: provisioning is off. */
  readonly OPERATOR_SECRET?: string
  /**
   * The private half of the key `npm start` generates (local development only): the console's
   * demo sign-in signs with it. Ignored unless ENVIRONMENT is development and its kid is local.
   */
  readonly LOCAL_SIGNING_JWK?: string
}

export interface Principal {
  readonly tenantId: string
  readonly userId: string
  readonly scopes: ReadonlySet<string>
}

export interface AppEnv {
  Bindings: Bindings
  Variables: { principal: Principal; requestId: string }
}

/**
 * The secrets of a comma-separated secret variable (several are valid during rotation; the first
 * signs); 500 `misconfigured` naming the variable when it holds none.
 */
export function secretList(value: string | undefined, variable: string): string[] {
  const secrets = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (secrets.length === 0) throw new AppError('misconfigured', `${variable} is not set`)
  return secrets
}

export const SUPPORTED_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'] as const

/** Key ids of keys `npm start` generates; accepted only when ENVIRONMENT is development. */
export const LOCAL_DEV_KID_PREFIX = 'local-dev-'

export interface AuthConfig {
  readonly issuer: string
  readonly audience: string
  readonly algorithms: readonly string[]
  readonly jwks: JSONWebKeySet | undefined
  readonly jwksUrl: URL | undefined
  readonly development: boolean
}

const configs = new WeakMap<object, AuthConfig>()

const misconfigured = (detail: string) => new AppError('misconfigured', detail)

function parseJwks(raw: string): JSONWebKeySet {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw misconfigured('JWT_JWKS is not valid JSON')
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !Array.isArray((parsed as { keys?: unknown }).keys)
  ) {
    throw misconfigured('JWT_JWKS must be a JSON Web Key Set ({"keys": [...]})')
  }
  return parsed as JSONWebKeySet
}

/** Reads and validates the auth settings once per bindings object; names the missing key. */
export function readAuthConfig(env: Bindings): AuthConfig {
  const cached = configs.get(env)
  if (cached) return cached
  const development = env.ENVIRONMENT === 'development'
  if (!env.JWT_ISSUER) throw misconfigured('JWT_ISSUER is not set')
  if (!env.JWT_AUDIENCE) throw misconfigured('JWT_AUDIENCE is not set')
  const jwks = env.JWT_JWKS ? parseJwks(env.JWT_JWKS) : undefined
  let jwksUrl: URL | undefined
  if (!jwks) {
    if (!env.JWT_JWKS_URL) throw misconfigured('neither JWT_JWKS nor JWT_JWKS_URL is set')
    try {
      jwksUrl = new URL(env.JWT_JWKS_URL)
    } catch {
      throw misconfigured('JWT_JWKS_URL is not a URL')
    }
  }
  if (!development && jwks?.keys.some((k) => k.kid?.startsWith(LOCAL_DEV_KID_PREFIX))) {
    throw misconfigured('a local development key is configured outside development')
  }
  const algorithms = (env.JWT_ALGORITHMS ?? SUPPORTED_ALGORITHMS.join(','))
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '')
  const unsupported = algorithms.filter(
    (a) => !(SUPPORTED_ALGORITHMS as readonly string[]).includes(a),
  )
  if (unsupported.length > 0 || algorithms.length === 0) {
    throw misconfigured(`JWT_ALGORITHMS may only list ${SUPPORTED_ALGORITHMS.join(', ')}`)
  }
  const config = {
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    algorithms,
    jwks,
    jwksUrl,
    development,
  }
  configs.set(env, config)
  return config
}

const freshnessSettings = new WeakMap<object, number>()

export const DEFAULT_FRESHNESS_MS = 1000
export const MAX_FRESHNESS_MS = 5000

/**
 * FRESHNESS_MS in milliseconds (default 1000). Throws naming the variable when it is not a whole
 * number in 0–5000: the worker checks it when it loads and refuses to start (src/index.ts).
 */
export function readFreshnessMs(env: Pick<Bindings, 'FRESHNESS_MS'>): number {
  const cached = freshnessSettings.get(env)
  if (cached !== undefined) return cached
  const raw = (env.FRESHNESS_MS ?? '').trim()
  const value = raw === '' ? DEFAULT_FRESHNESS_MS : /^\d{1,4}$/.test(raw) ? Number(raw) : NaN
  if (!(value >= 0 && value <= MAX_FRESHNESS_MS)) {
    throw misconfigured(
      `FRESHNESS_MS must be a whole number of milliseconds from 0 to ${MAX_FRESHNESS_MS}, not "${raw}"`,
    )
  }
  freshnessSettings.set(env, value)
  return value
}
