// Configuration the worker checks when it loads: an invalid FRESHNESS_MS or route map stops it
// from starting, and the error names what is wrong.
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { buildBundle, startAuthzWorker, type AuthzWorkerOptions } from '../harness/authz-worker'

/** Starts the worker; what it answered, or how it failed, with everything it logged. */
async function startOrFail(options: AuthzWorkerOptions): Promise<string> {
  const logged: string[] = []
  const original = console.error
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '))
  try {
    const outcome = await startAuthzWorker({ seedDemo: false, ...options }).then(
      async (worker) => {
        const res = await fetch(`${worker.url}/healthz`)
        await worker.dispose()
        return `answered ${res.status}`
      },
      (error: unknown) => `failed to start: ${String(error)}`,
    )
    return `${outcome}\n${logged.join('\n')}`
  } finally {
    console.error = original
  }
}

it('refuses to start with an invalid FRESHNESS_MS, naming the variable', async () => {
  const outcome = await startOrFail({ bindings: { FRESHNESS_MS: '9000' } })
  expect(outcome).toMatch(/^failed to start/)
  expect(outcome).toMatch(/FRESHNESS_MS/)
})

it('refuses to start with a route map that does not validate, naming file, route and reason', async () => {
  // The deployable bundle with config/route-maps.json swapped for a bad one (wrangler's alias).
  const dir = resolve('.test-dist/bad-route-map')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    `${dir}/route-maps.json`,
    JSON.stringify({ demo: [{ methods: ['GET'], path: '/api/x', permission: 'nope:read' }] }),
  )
  writeFileSync(
    `${dir}/wrangler.toml`,
    [
      'name = "edge-authz-bad-route-map"',
      `main = "${resolve('src/index.ts')}"`,
      'compatibility_date = "2026-04-20"',
      '[alias]',
      '"../../config/route-maps.json" = "./route-maps.json"',
    ].join('\n'),
  )
  buildBundle(`${dir}/out`, `${dir}/wrangler.toml`)
  const outcome = await startOrFail({ bundle: `${dir}/out/index.js` })
  expect(outcome).toMatch(/^failed to start/)
  expect(outcome).toContain(
    'config/route-maps.json: demo[0].permission: "nope:read" is not in the catalog',
  )
})
