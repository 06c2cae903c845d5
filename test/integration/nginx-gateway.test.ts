// nginx (Debian's package) with gateways/nginx/authz-locations.conf in front of the service:
// every failure of the service is a 503 with Retry-After, as the recipe maps it.
import { describeForwardAuthGateway } from './gateways-helpers/forward-auth-gateway-suite'
import { startNginx } from './gateways-helpers/nginx'

describeForwardAuthGateway('nginx auth_request', {
  binary: 'nginx',
  start: startNginx,
  failures: { down: 503, timeout: 503, failing: 503, badConsistency: 503 },
  failureHeaders: { 'retry-after': '5' },
})
