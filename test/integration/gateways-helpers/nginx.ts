/// <reference types="node" />
// Debian's nginx in the foreground with its own prefix: a main config written per test run that
// defines the `authz` and `app` upstreams and includes gateways/nginx/authz-locations.conf as is.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  findBinary,
  startGatewayProcess,
  type GatewayTargets,
  type RunningGateway,
} from './gateway-process'
import { freePort } from './loopback'

/** The file the README shows: the part of an nginx config users copy. */
export const NGINX_RECIPE = resolve('gateways/nginx/authz-locations.conf')

function mainConfig(dir: string, port: number, targets: GatewayTargets): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    upstream authz { server ${targets.authz}; }
    upstream app { server ${targets.app}; }
    server {
        listen 127.0.0.1:${port};
        include ${NGINX_RECIPE};
    }
}
`
}

export async function startNginx(targets: GatewayTargets): Promise<RunningGateway> {
  const binary = findBinary('nginx')
  if (!binary) throw new Error('nginx is not installed')
  const dir = mkdtempSync(join(tmpdir(), 'authz-nginx-'))
  chmodSync(dir, 0o755) // under root, nginx's workers run as `nobody` and write the temp paths
  const port = await freePort()
  const errorLog = join(dir, 'error.log')
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir, port, targets))
  return startGatewayProcess({
    binary,
    args: ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', errorLog, '-g', 'daemon off;'],
    port,
    workDir: dir,
    logFiles: [errorLog],
  })
}
