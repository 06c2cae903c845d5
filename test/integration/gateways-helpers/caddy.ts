/// <reference types="node" />
// Debian's Caddy in the foreground: a Caddyfile written per test run holds only test-machine
// global options (admin off, loopback binding, storage in a temp dir) and imports
// gateways/caddy/Caddyfile as is, whose addresses come from the environment.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  findBinary,
  startGatewayProcess,
  type GatewayTargets,
  type RunningGateway,
} from './gateway-process'
import { freePort } from './loopback'

/** The file the README shows. */
export const CADDY_RECIPE = resolve('gateways/caddy/Caddyfile')

function testCaddyfile(dir: string): string {
  return `{
\tadmin off
\tdefault_bind 127.0.0.1
\tstorage file_system ${dir}/data
}
import ${CADDY_RECIPE}
`
}

export async function startCaddy(targets: GatewayTargets): Promise<RunningGateway> {
  const binary = findBinary('caddy')
  if (!binary) throw new Error('caddy is not installed')
  const dir = mkdtempSync(join(tmpdir(), 'authz-caddy-'))
  const port = await freePort()
  const config = join(dir, 'Caddyfile')
  writeFileSync(config, testCaddyfile(dir))
  return startGatewayProcess({
    binary,
    args: ['run', '--config', config, '--adapter', 'caddyfile'],
    env: {
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_CONFIG_HOME: join(dir, 'config'),
      SITE_ADDRESS: `http://127.0.0.1:${port}`,
      AUTHZ_URL: `http://${targets.authz}`,
      APP_URL: `http://${targets.app}`,
    },
    port,
    workDir: dir,
  })
}
