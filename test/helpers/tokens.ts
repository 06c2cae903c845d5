import { env } from 'cloudflare:workers'
import { SignJWT, importJWK, type JWK } from 'jose'

export const ISSUER = 'https://issuer.test'
export const AUDIENCE = 'authz-test'

let key: CryptoKey | undefined

export interface TokenOptions {
  tenant?: string
  scope?: string
  ttlSeconds?: number
  claims?: Record<string, unknown>
  issuer?: string
  audience?: string
}

/** Signs a token the test worker accepts (ES256 with the run's key). */
export async function tokenFor(user: string, options: TokenOptions = {}): Promise<string> {
  const jwk = JSON.parse(env.TEST_SIGNING_JWK) as JWK
  key ??= (await importJWK(jwk, 'ES256')) as CryptoKey
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({
    org_id: options.tenant ?? 'acme',
    ...(options.scope ? { scope: options.scope } : {}),
    ...options.claims,
  })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid! })
    .setSubject(user)
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.ttlSeconds ?? 300))
    .sign(key)
}
