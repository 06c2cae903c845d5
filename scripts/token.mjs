// npm run token -- <user> [--tenant acme] [--ttl seconds] [--scope "authz:check"]
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { SignJWT, importJWK } from 'jose'
import { DEV_VARS, readDevVars } from './local-env.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    tenant: { type: 'string', default: 'acme' },
    ttl: { type: 'string', default: '3600' },
    scope: { type: 'string' },
  },
})
const [user] = positionals
const ttl = Number(values.ttl)
if (!user || !Number.isInteger(ttl) || ttl <= 0) {
  console.error(
    'usage: npm run token -- <user> [--tenant acme] [--ttl seconds] [--scope "authz:check"]',
  )
  process.exit(2)
}
const vars = existsSync(DEV_VARS) ? readDevVars() : {}
if (!vars.LOCAL_SIGNING_JWK) {
  console.error('No local signing key yet: run `npm start` once first.')
  process.exit(1)
}
const jwk = JSON.parse(vars.LOCAL_SIGNING_JWK)
const now = Math.floor(Date.now() / 1000)
const token = await new SignJWT({
  org_id: values.tenant,
  ...(values.scope ? { scope: values.scope } : {}),
})
  .setProtectedHeader({ alg: 'ES256', kid: jwk.kid, typ: 'JWT' })
  .setSubject(user)
  .setIssuer(vars.JWT_ISSUER)
  .setAudience(vars.JWT_AUDIENCE)
  .setIssuedAt(now)
  .setExpirationTime(now + ttl)
  .sign(await importJWK(jwk, 'ES256'))
console.log(token)
