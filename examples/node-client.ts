// The typed client and the frontend helper against a running service (npm start):
//   ALICE=$(npm run -s token -- alice) SAM=$(npm run -s token -- sam) npx tsx examples/node-client.ts
// AUTHZ_URL overrides http://127.0.0.1:8787. It turns sam's Score add-on on and off again.
import { createAuthzClient } from '@edge-authz/client'
import { createVisibility } from '@edge-authz/client/visibility'

const baseUrl = process.env.AUTHZ_URL ?? 'http://127.0.0.1:8787'
const alice = process.env.ALICE ?? ''
const sam = process.env.SAM ?? ''
const authz = createAuthzClient({ baseUrl })
const score = { permission: 'quality.evaluations:write' }

// A Decider answer is a value: {ok: true, value, consistency} or {ok: false, problem}.
const before = await authz.check(sam, score)
if (!before.ok) throw new Error(`${before.problem.status} ${before.problem.code}`)
console.log('sam may score:', before.value.allowed, before.value.reason)

// The frontend helper decides locally with the service's own engine.
const visibility = createVisibility({ baseUrl, token: sam })
await visibility.revalidate()
console.log('locally:', visibility.decide(score.permission))

// An admin write through the typed API; its consistency token rides on later decisions.
for (const on of [true, false]) {
  const write = await authz.api.PUT('/v1/users/{id}/access', {
    params: { path: { id: 'sam' } },
    body: { addons: { score: on } },
    headers: { authorization: `Bearer ${alice}` },
  })
  if (write.error) throw new Error(`${write.response.status} ${write.error.code}`)
  const after = await authz.check(sam, score)
  const carried = authz.consistencyFor(alice) === write.response.headers.get('x-authz-consistency')
  const at = `at version ${write.data.version} (token carried: ${carried})`
  console.log(`score ${on ? 'on' : 'off'} ${at}:`, after.ok && after.value.reason)
  await visibility.onVersion(write.data.version, write.response.headers.get('x-authz-consistency')!)
  console.log('  locally:', visibility.can(score.permission))
}
