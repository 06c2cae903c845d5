/// <reference types="node" />
// The four recipes say what the tests and the README rely on: the demo map's endpoint, the six
// answer headers to the app, fail-closed settings and timeouts.
import { describe, expect, it } from 'vitest'
import { directiveOf, listUnder, readRecipe, scalarOf } from './gateways-helpers/config-text'
import { AUTHZ_HEADERS, FORWARD_AUTH_PATH } from './gateways-helpers/recipes'

const lowercase = (names: readonly string[]) => names.map((name) => name.toLowerCase())

describe('gateways/nginx/authz-locations.conf', () => {
  const conf = readRecipe('gateways/nginx/authz-locations.conf')

  it('asks the demo map without the body, naming the original request itself', () => {
    expect(conf).toContain(`proxy_pass http://authz${FORWARD_AUTH_PATH};`)
    expect(conf).toContain('proxy_pass_request_body off;')
    expect(conf).toContain('proxy_set_header Content-Length "";')
    expect(conf).toContain('proxy_set_header X-Forwarded-Method $request_method;')
    expect(conf).toContain('proxy_set_header X-Forwarded-Uri $request_uri;')
    expect(conf).toMatch(/proxy_read_timeout \d+s;/)
  })

  it('sets each of the six headers on the request to the app from the check', () => {
    for (const header of AUTHZ_HEADERS) {
      const name = header.toLowerCase().replaceAll('-', '_') // x_authz_user
      const variable = `$${name.slice('x_'.length)}` // $authz_user
      expect(conf).toContain(`auth_request_set ${variable} $upstream_http_${name};`)
      expect(conf).toContain(`proxy_set_header ${header} ${variable};`)
    }
  })
})

describe('gateways/caddy/Caddyfile', () => {
  const caddyfile = readRecipe('gateways/caddy/Caddyfile')

  it('asks the demo map with a timeout and copies the six headers', () => {
    expect(directiveOf(caddyfile, 'uri')).toBe(FORWARD_AUTH_PATH)
    expect(directiveOf(caddyfile, 'copy_headers').split(' ')).toEqual([...AUTHZ_HEADERS])
    expect(directiveOf(caddyfile, 'response_header_timeout')).toMatch(/^\d+s$/)
  })
})

describe('gateways/traefik/dynamic.yml', () => {
  const yml = readRecipe('gateways/traefik/dynamic.yml')

  it('asks the demo map, never trusting the client, and copies the six headers', () => {
    expect(new URL(scalarOf(yml, 'address')).pathname).toBe(FORWARD_AUTH_PATH)
    expect(scalarOf(yml, 'trustForwardHeader')).toBe('false')
    expect(listUnder(yml, 'authRequestHeaders')).toContain('Authorization')
    expect(listUnder(yml, 'authResponseHeaders')).toEqual([...AUTHZ_HEADERS])
  })
})

describe('gateways/envoy/envoy.yaml', () => {
  const yaml = readRecipe('gateways/envoy/envoy.yaml')

  it('asks the demo map with a timeout, failing closed with 503', () => {
    expect(scalarOf(yaml, 'path_prefix')).toBe(FORWARD_AUTH_PATH)
    expect(scalarOf(yaml, 'failure_mode_allow')).toBe('false')
    expect(scalarOf(yaml, 'status_on_error')).toBe('{ code: ServiceUnavailable }')
    expect(scalarOf(yaml, 'timeout')).toMatch(/^\d+s$/) // Envoy's default is 200 ms
  })

  it('sends the six headers to the app, and a deny its type and reason to the client', () => {
    expect(listUnder(yaml, 'allowed_upstream_headers')).toEqual(lowercase(AUTHZ_HEADERS))
    expect(listUnder(yaml, 'allowed_client_headers')).toEqual(
      expect.arrayContaining(['content-type', 'x-authz-reason']),
    )
  })
})
