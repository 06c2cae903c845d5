// npm start: local secrets, migrations, demo tenants, then `wrangler dev` on 127.0.0.1.
import { spawnSync, spawn } from 'node:child_process'
import { ensureLocalSecrets } from './local-env.mjs'

const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  CI: 'true', // no interactive prompts
}
const port = process.env.PORT ?? '8787'
const bin = (name) => `node_modules/.bin/${name}`

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${result.status})`)
    process.exit(result.status ?? 1)
  }
}

if (await ensureLocalSecrets()) console.log('Generated local secrets into .dev.vars')
run(bin('wrangler'), ['d1', 'migrations', 'apply', 'DB', '--local'])
run(bin('tsx'), ['scripts/seed-local.ts'])

console.log(`
Serving on http://127.0.0.1:${port}
  token:  TOKEN=$(npm run -s token -- alice)
  check:  curl -s http://127.0.0.1:${port}/v1/check -H "authorization: Bearer $TOKEN" \\
            -H 'content-type: application/json' \\
            -d '{"permission":"interactions.conversations:read","resource":{"type":"conversation","id":"c1","groupId":"boston"}}'
`)
// --test-scheduled: GET /__scheduled runs the reconcile job's Cron Trigger on demand (locally only).
const dev = spawn(
  bin('wrangler'),
  ['dev', '--ip', '127.0.0.1', '--port', port, '--test-scheduled'],
  {
    stdio: 'inherit',
    env,
  },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal))
dev.on('exit', (code) => process.exit(code ?? 0))
