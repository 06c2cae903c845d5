import { describe, expect, it } from 'vitest'
import { checkAs } from '../helpers/http'

describe('POST /v1/check', () => {
  it('allows alice to read a conversation in boston', async () => {
    const answer = await checkAs('alice', 'interactions.conversations:read', {
      type: 'conversation',
      id: 'c1',
      groupId: 'boston',
    })
    expect(answer).toMatchObject({ allowed: true, reason: 'group_scope', level: 'group' })
    expect(answer.version).toBeGreaterThanOrEqual(1)
  })
})
