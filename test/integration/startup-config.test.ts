// Configuration the worker checks when it loads: an invalid FRESHNESS_MS stops it from starting.
import { expect, it } from 'vitest'
import { startAuthzWorker, type AuthzWorker } from '../harness/authz-worker'

it('refuses to start with an invalid FRESHNESS_MS, naming the variable', async () => {
  const logged: string[] = []
  const original = console.error
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '))
  let worker: AuthzWorker | undefined
  try {
    const outcome = await startAuthzWorker({
      bindings: { FRESHNESS_MS: '9000' },
      seedDemo: false,
    }).then(
      async (started) => {
        worker = started
        const res = await fetch(`${started.url}/healthz`)
        return `answered ${res.status} ${await res.text()}`
      },
      (error: unknown) => `failed to start: ${String(error)}`,
    )
    console.log(outcome)
    expect(outcome).toMatch(/^failed to start|^answered 5\d\d/)
    expect(`${outcome}\n${logged.join('\n')}`).toMatch(/FRESHNESS_MS/)
  } finally {
    console.error = original
    await worker?.dispose()
  }
})
