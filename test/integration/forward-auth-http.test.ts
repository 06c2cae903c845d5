// Smoke: the deployable bundle serves forward auth over real HTTP on loopback.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startAuthzWorker, type AuthzWorker } from '../harness/authz-worker'

let worker: AuthzWorker
beforeAll(async () => {
  worker = await startAuthzWorker()
})
afterAll(() => worker?.dispose())

it('allows alice to list conversations through /v1/forward-auth/demo', async () => {
  const res = await fetch(`${worker.url}/v1/forward-auth/demo`, {
    headers: {
      authorization: `Bearer ${await worker.tokenFor('alice')}`,
      'x-forwarded-method': 'GET',
      'x-forwarded-uri': '/api/conversations',
    },
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('x-authz-user')).toBe('alice')
})
