// The README's runnable client example (examples/node-client.ts) runs against the real worker.
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startAuthzWorker, type AuthzWorker } from '../harness/authz-worker'

let worker: AuthzWorker
beforeAll(async () => {
  worker = await startAuthzWorker()
})
afterAll(() => worker?.dispose())

it('prints sam’s decisions before, with and without the Score add-on', async () => {
  const output = execFileSync('node_modules/.bin/tsx', ['examples/node-client.ts'], {
    env: {
      ...process.env,
      AUTHZ_URL: worker.url,
      ALICE: await worker.tokenFor('alice'),
      SAM: await worker.tokenFor('sam'),
    },
    encoding: 'utf8',
  })
  expect(output.split('\n').filter(Boolean)).toEqual([
    'sam may score: false addon_required',
    "locally: { allowed: false, reason: 'addon_required', level: 'none' }",
    expect.stringMatching(/^score on at version \d+ \(token carried: true\): level_group$/),
    '  locally: true',
    expect.stringMatching(/^score off at version \d+ \(token carried: true\): addon_required$/),
    '  locally: false',
  ])
})
