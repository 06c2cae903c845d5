// The example as a Worker: its Decider is the service binding AUTHZ (wrangler.toml), whose
// methods are the Decider interface.
import type { Decider } from '@edge-authz/client'
import { createApp } from './app'

export default createApp((c) => (c.env as { AUTHZ: Decider }).AUTHZ)
