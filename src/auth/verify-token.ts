/** @module Bearer token verification with jose: JWKS inline or by URL, claims, a verified-token cache. */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  errors,
  jwksCache,
  jwtVerify,
  type ExportedJWKSCache,
  type FetchImplementation,
  type JWTVerifyGetKey,
} from 'jose'
import { LOCAL_DEV_KID_PREFIX, type AuthConfig, type Principal } from '../env'
import { AppError } from '../errors'
import { kvGetJson, kvPutJson } from '../cache/kv'
import { jwksKey, JWKS_TTL_SECONDS } from '../cache/keys'
import { MemoryCache, MiB, stringBytes } from '../cache/memory'

/** Tokens above this size are refused before parsing. */
export const MAX_TOKEN_BYTES = 8 * 1024
const CLOCK_TOLERANCE_SECONDS = 60
/** Verified tokens kept per isolate, by estimated bytes; tokens over 2 KiB are not kept. */
const TOKEN_CACHE_BYTES = 8 * MiB
const MAX_CACHED_TOKEN_BYTES = 2048

type VerifiedTokens = MemoryCache<{ principal: Principal; exp: number }>
const verifiedTokens = (): VerifiedTokens =>
  new MemoryCache({
    maxBytes: TOKEN_CACHE_BYTES,
    sizeOf: ({ principal }, token) =>
      stringBytes(token) + stringBytes(principal.tenantId) + stringBytes(principal.userId) + 256,
  })

export interface VerifyDeps {
  readonly kv: KVNamespace
  readonly now: () => number
  readonly waitUntil: (promise: Promise<unknown>) => void
  /** Replaces `fetch` for the JWKS URL (tests inject faults with it). */
  readonly fetch?: FetchImplementation
  /** Minimum time between JWKS fetches triggered by unknown kids (default 30 s). */
  readonly jwksCooldownMs?: number
}

/** Failure to obtain keys: an outage (503), never a bad token (401). */
class KeyFetchError extends Error {}

interface KeySource {
  readonly getKey: JWTVerifyGetKey
  /** Persists a freshly fetched remote JWKS to KV, if there is one. */
  readonly persist: () => Promise<void>
  readonly tokens: VerifiedTokens
}

const sources = new Map<string, Promise<KeySource>>()
const sourceIds = new WeakMap<AuthConfig, string>()

/** Identifies the key source of a config (computed once per config object). */
function sourceId(config: AuthConfig): string {
  let id = sourceIds.get(config)
  if (id === undefined) {
    id = config.jwks ? `inline:${JSON.stringify(config.jwks)}` : `url:${config.jwksUrl!.href}`
    sourceIds.set(config, id)
  }
  return id
}

async function remoteSource(url: URL, deps: VerifyDeps): Promise<KeySource> {
  const key = jwksKey(url.href)
  const stored = await kvGetJson<ExportedJWKSCache>(deps.kv, key)
  const cache: ExportedJWKSCache | Record<string, never> = stored ?? {}
  let persistedAt = stored?.uat
  const remote = createRemoteJWKSet(url, {
    cooldownDuration: deps.jwksCooldownMs ?? 30_000,
    cacheMaxAge: JWKS_TTL_SECONDS * 1000,
    [jwksCache]: cache,
    ...(deps.fetch ? { [customFetch]: deps.fetch } : {}),
  })
  const getKey: JWTVerifyGetKey = async (header, token) => {
    try {
      return await remote(header, token)
    } catch (error) {
      // An unknown kid after a successful fetch is a bad token; anything else is an outage.
      if (
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys
      ) {
        throw error
      }
      throw new KeyFetchError('JWKS fetch failed', { cause: error })
    }
  }
  const persist = async () => {
    const current = cache as Partial<ExportedJWKSCache>
    if (current.uat === undefined || current.uat === persistedAt || !current.jwks) return
    persistedAt = current.uat
    await kvPutJson(deps.kv, key, { jwks: current.jwks, uat: current.uat }, JWKS_TTL_SECONDS)
  }
  return { getKey, persist, tokens: verifiedTokens() }
}

function keySource(config: AuthConfig, deps: VerifyDeps): Promise<KeySource> {
  const id = sourceId(config)
  let source = sources.get(id)
  if (!source) {
    source = config.jwks
      ? Promise.resolve({
          getKey: createLocalJWKSet(config.jwks),
          persist: async () => {},
          tokens: verifiedTokens(),
        })
      : remoteSource(config.jwksUrl!, deps)
    source.catch(() => sources.delete(id))
    sources.set(id, source)
  }
  return source
}

const invalid = (detail: string, cause?: unknown) =>
  new AppError('invalid_token', detail, {}, { cause })

function principalOf(payload: Record<string, unknown>): Principal {
  const { sub, org_id: tenantId, scope, scp } = payload
  // Ids here are at most 128 characters (and KV keys built from them stay under 512 bytes).
  if (typeof sub !== 'string' || sub === '' || sub.length > 128) {
    throw invalid('the sub claim must be a string of 1–128 characters')
  }
  if (typeof tenantId !== 'string' || tenantId === '' || tenantId.length > 128) {
    throw invalid('the org_id claim must be a string of 1–128 characters')
  }
  const scopes = new Set<string>()
  if (typeof scope === 'string') for (const s of scope.split(' ')) if (s) scopes.add(s)
  if (Array.isArray(scp)) for (const s of scp) if (typeof s === 'string') scopes.add(s)
  return { tenantId, userId: sub, scopes }
}

/** Why jose refused a token, in words safe to return to the caller. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired'
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `the ${error.claim} claim is invalid or missing`
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token algorithm is not allowed'
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the signature is invalid'
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key matches the token'
  return 'the token is malformed'
}

/**
 * Verifies a bearer token and returns its principal. Throws AppError `invalid_token` (401) for
 * any bad token, `key_fetch_unavailable` (503) when the JWKS cannot be fetched.
 */
export async function verifyToken(
  token: string,
  config: AuthConfig,
  deps: VerifyDeps,
): Promise<Principal> {
  if (token.length > MAX_TOKEN_BYTES) throw invalid('the token is larger than 8 KiB')
  const source = await keySource(config, deps)
  const nowSeconds = Math.floor(deps.now() / 1000)
  const hit = source.tokens.get(token)
  if (hit && hit.exp > nowSeconds) return hit.principal

  let payload: Record<string, unknown>
  try {
    const result = await jwtVerify(token, source.getKey, {
      issuer: config.issuer,
      audience: config.audience,
      algorithms: [...config.algorithms],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'iss', 'aud', 'sub'],
      currentDate: new Date(deps.now()),
    })
    if (!config.development && result.protectedHeader.kid?.startsWith(LOCAL_DEV_KID_PREFIX)) {
      throw invalid('local development keys are not accepted here')
    }
    payload = result.payload as Record<string, unknown>
  } catch (error) {
    if (error instanceof KeyFetchError) {
      throw new AppError('key_fetch_unavailable', undefined, {}, { cause: error.cause })
    }
    if (error instanceof AppError) throw error
    throw invalid(reasonOf(error), error)
  }
  deps.waitUntil(source.persist())
  const principal = principalOf(payload)
  if (token.length <= MAX_CACHED_TOKEN_BYTES) {
    source.tokens.set(token, { principal, exp: payload.exp as number })
  }
  return principal
}

/** Extracts the bearer token of an Authorization header; undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined
  const match = /^Bearer +(\S+) *$/i.exec(header)
  if (!match) throw invalid('the Authorization header must be "Bearer <token>"')
  return match[1]
}
