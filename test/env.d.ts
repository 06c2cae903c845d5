import type { D1Migration } from '@cloudflare/vitest-pool-workers'

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_SIGNING_JWK: string
      TEST_MIGRATIONS: D1Migration[]
      JWT_JWKS: string
      WEBHOOK_SECRETS: string
      CONSISTENCY_SECRET: string
    }
  }
}
