/** The hand-written fast paths accept only what the zod schemas accept, and return it unchanged. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BatchBody, CheckBody, ScopeBody } from '../../src/schemas'
import { plainBatch, plainCheck, plainScope } from '../../src/schemas/fast-path'

// Mostly valid values (so the fast path says yes often), with every rule's edges mixed in.
const validId = fc.constantFrom('a', 'g1', 'nyc', 'A.b_c:d@e-f', 'x'.repeat(128))
const invalidId = fc.constantFrom('', '-x', 'a b', 'ü', '..', 'x'.repeat(129))
const id = fc.oneof({ weight: 4, arbitrary: validId }, { weight: 1, arbitrary: invalidId })
const wrong = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(validId, { maxLength: 2 }),
  fc.constant({}),
)
const either = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: wrong })
const sized = (lengths: number[]) => fc.constantFrom(...lengths).map((n) => 'x'.repeat(n))
/** Drops `extra` four times in five, so most bodies have only known keys. */
const mostlyKnownKeys = <T extends { extra?: unknown }>(a: fc.Arbitrary<T>) =>
  fc.tuple(a, fc.integer({ min: 0, max: 4 })).map(([v, n]) => {
    if (n === 0) return v
    const { extra: _, ...rest } = v
    return rest
  })
const resource = fc
  .record(
    {
      type: either(
        fc.constantFrom(
          'conversation',
          'report',
          'user',
          'a_1',
          'x'.repeat(64),
          'A',
          '1a',
          '',
          'x'.repeat(65),
        ),
      ),
      id: either(fc.oneof(validId, sized([0, 1, 256, 257]))),
      groupId: either(id),
      ownerId: either(id),
      assigneeIds: either(
        fc.oneof(
          fc.array(id, { maxLength: 4 }),
          fc
            .integer({ min: 98, max: 102 })
            .map((n) => Array.from({ length: n }, (_, i) => `u${i}`)),
        ),
      ),
      extra: wrong,
    },
    { requiredKeys: [] },
  )
  .map((r) => ({ type: 'conversation', id: 'c1', ...r }))
const check = fc
  .record(
    {
      permission: either(
        fc.oneof(fc.constantFrom('interactions.conversations:read', 'x'), sized([0, 128, 129])),
      ),
      resource: either(mostlyKnownKeys(resource)),
      subject: either(id),
      extra: wrong,
    },
    { requiredKeys: [] },
  )
  .map((c) => ({ permission: 'interactions.conversations:read', ...c }))
const checks = mostlyKnownKeys(check)
const dropUndefined = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null))

function agrees(
  fast: (v: unknown) => boolean,
  schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } },
  value: unknown,
) {
  if (!fast(value)) return // zod decides: nothing to hold the fast path to
  const parsed = schema.safeParse(value)
  expect(parsed.success, JSON.stringify(value)).toBe(true)
  expect(parsed.data).toEqual(value)
}

describe('fast paths against zod', () => {
  it('check bodies', () => {
    fc.assert(
      fc.property(checks.map(dropUndefined), (v) => agrees(plainCheck, CheckBody, v)),
      { numRuns: 5000 },
    )
  })
  it('batch bodies', () => {
    const batch = fc.record(
      { checks: either(fc.array(checks, { maxLength: 101 })), extra: wrong },
      { requiredKeys: ['checks'] },
    )
    fc.assert(
      fc.property(mostlyKnownKeys(batch).map(dropUndefined), (v) =>
        agrees(plainBatch, BatchBody, v),
      ),
      { numRuns: 2000 },
    )
  })
  it('scope bodies', () => {
    fc.assert(
      fc.property(checks.map(dropUndefined), (v) => agrees(plainScope, ScopeBody, v)),
      { numRuns: 5000 },
    )
  })
  it('the common bodies take the fast path', () => {
    const body = {
      permission: 'interactions.conversations:read',
      resource: { type: 'conversation', id: 'c1', groupId: 'nyc', assigneeIds: ['a'] },
    }
    expect(plainCheck(body)).toBe(true)
    expect(plainBatch({ checks: [body, { permission: 'admin.users:read' }] })).toBe(true)
    expect(plainScope({ permission: 'x', subject: 'sam' })).toBe(true)
  })
})
