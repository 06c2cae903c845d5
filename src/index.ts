import { env } from 'cloudflare:workers'
import { createApp } from './app'
import { readFreshnessMs, type Bindings } from './env'

// Fail fast: a worker whose FRESHNESS_MS is invalid does not start (the error names it).
readFreshnessMs(env as Bindings)

export { Authz } from './rpc/authz-entrypoint'
export default createApp()
