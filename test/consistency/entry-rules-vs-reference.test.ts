/** SPEC §4 write rules: groupEntryProblems against a naive rule-by-rule reading of the spec. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileTree, groupEntryProblems, type GrantScope } from '../../src/engine'
import type { NaiveGroup } from '../helpers/naive-reference'

const parentOf = (groups: NaiveGroup[], id: string) =>
  groups.find((g) => g.id === id)?.parentId ?? null
const ancestors = (groups: NaiveGroup[], id: string): string[] => {
  const out: string[] = []
  for (let at = parentOf(groups, id); at !== null; at = parentOf(groups, at)) out.push(at)
  return out
}
const depth = (groups: NaiveGroup[], id: string) => ancestors(groups, id).length
const inSubtreeOf = (groups: NaiveGroup[], root: string, id: string) =>
  id === root || ancestors(groups, id).includes(root)

/** Is one entry acceptable, reading SPEC §4 literally? */
function naiveEntryOk(
  groups: NaiveGroup[],
  home: string,
  entry: { groupId: string; allow: boolean },
  scope: GrantScope,
  writerSees: (id: string) => boolean,
): boolean {
  if (!groups.some((g) => g.id === entry.groupId)) return false
  if (entry.groupId === home) return entry.allow
  if (ancestors(groups, home).includes(entry.groupId)) return false
  const inside = inSubtreeOf(groups, home, entry.groupId)
  if (!entry.allow && !inside) return false
  if (entry.allow && !inside) {
    const ok =
      scope === 'same_level_or_below'
        ? depth(groups, entry.groupId) >= depth(groups, home)
        : groups.some(
            (sister) =>
              sister.id !== home &&
              sister.parentId !== null &&
              sister.parentId === parentOf(groups, home) &&
              inSubtreeOf(groups, sister.id, entry.groupId),
          )
    if (!ok) return false
  }
  return writerSees(entry.groupId)
}

const caseArb = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc
    .array(fc.nat(), { minLength: n - 1, maxLength: n - 1 })
    .map((picks): NaiveGroup[] => [
      { id: 'g0', parentId: null },
      ...picks.map((pick, i) => ({ id: `g${i + 1}`, parentId: `g${pick % (i + 1)}` })),
    ])
    .chain((groups) =>
      fc.record({
        groups: fc.constant(groups),
        home: fc.constantFrom(...groups.map((g) => g.id)),
        entries: fc.uniqueArray(
          fc.record({
            groupId: fc.constantFrom(...groups.map((g) => g.id), 'ghost'),
            allow: fc.boolean(),
          }),
          { maxLength: 5, selector: (e) => e.groupId },
        ),
        scope: fc.constantFrom<GrantScope>('siblings', 'same_level_or_below'),
        hidden: fc.subarray(groups.map((g) => g.id)),
      }),
    ),
)

describe('SPEC §4 entry rules against the reference', () => {
  it('an entry is refused exactly when a rule of the spec refuses it', () => {
    fc.assert(
      fc.property(caseArb, ({ groups, home, entries, scope, hidden }) => {
        const writerSees = (id: string) => !hidden.includes(id)
        const problems = groupEntryProblems(
          compileTree(groups, 1),
          home,
          entries,
          scope,
          writerSees,
        )
        const refused = new Set(problems.map((p) => Number(p.path.split('/')[2])))
        entries.forEach((entry, i) => {
          expect(refused.has(i), JSON.stringify({ home, entry, scope })).toBe(
            !naiveEntryOk(groups, home, entry, scope, writerSees),
          )
        })
      }),
      { numRuns: 3000 },
    )
  })
})
