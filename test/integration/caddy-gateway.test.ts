// Caddy (Debian's package) with gateways/caddy/Caddyfile in front of the service: a refused
// connection is 502, a timeout 504, and the service's own answers (a 5xx, a 400 for a forged
// consistency token) reach the client as they are.
import { describeForwardAuthGateway } from './gateways-helpers/forward-auth-gateway-suite'
import { startCaddy } from './gateways-helpers/caddy'

describeForwardAuthGateway('Caddy forward_auth', {
  binary: 'caddy',
  start: startCaddy,
  failures: { down: 502, timeout: 504, failing: 500, badConsistency: 400 },
})
