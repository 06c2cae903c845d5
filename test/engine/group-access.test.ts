/** SPEC §4 on the Company > Region > Location tree of seed 004's illustrations; pure engine. */
import { describe, expect, it } from 'vitest'
import {
  compileAccessRanges,
  compileTree,
  expandRanges,
  inRanges,
  type GroupEntry,
} from '../../src/engine'

// Company > Region A (Location A1, A2) and Region B (Location B1, B2 > Desk B2x).
const TREE = compileTree(
  [
    { id: 'company', parentId: null },
    { id: 'region-a', parentId: 'company' },
    { id: 'a1', parentId: 'region-a' },
    { id: 'a2', parentId: 'region-a' },
    { id: 'region-b', parentId: 'company' },
    { id: 'b1', parentId: 'region-b' },
    { id: 'b2', parentId: 'region-b' },
    { id: 'b2x', parentId: 'b2' },
  ],
  1,
)

const accessible = (home: string, entries: GroupEntry[] = []) =>
  expandRanges(TREE, compileAccessRanges(TREE, home, entries)).sort()

interface Case {
  name: string
  home: string
  entries?: GroupEntry[]
  sees: string[]
}

const CASES: Case[] = [
  {
    name: '1.1 a company user sees every group by default',
    home: 'company',
    sees: ['a1', 'a2', 'b1', 'b2', 'b2x', 'company', 'region-a', 'region-b'],
  },
  {
    name: '1.1 an admin can remove a sub-group (and what is below it)',
    home: 'company',
    entries: [{ groupId: 'region-b', allow: false }],
    sees: ['a1', 'a2', 'company', 'region-a'],
  },
  {
    name: '1.2 a region user sees the region and below',
    home: 'region-a',
    sees: ['a1', 'a2', 'region-a'],
  },
  {
    name: '1.2 … and can be granted a sister region with its sub-groups',
    home: 'region-a',
    entries: [{ groupId: 'region-b', allow: true }],
    sees: ['a1', 'a2', 'b1', 'b2', 'b2x', 'region-a', 'region-b'],
  },
  {
    name: '1.2 … but never the company (an entry on an ancestor is ignored)',
    home: 'region-a',
    entries: [{ groupId: 'company', allow: true }],
    sees: ['a1', 'a2', 'region-a'],
  },
  {
    name: '1.3 a region user limited to chosen locations across regions',
    home: 'region-a',
    entries: [
      { groupId: 'a2', allow: false },
      { groupId: 'b2', allow: true },
    ],
    sees: ['a1', 'b2', 'b2x', 'region-a'],
  },
  {
    name: '1.4 a location user sees only their location',
    home: 'b1',
    sees: ['b1'],
  },
  {
    name: '1.4 … and can be granted a sister location',
    home: 'b1',
    entries: [{ groupId: 'b2', allow: true }],
    sees: ['b1', 'b2', 'b2x'],
  },
  {
    name: 'a deny inside an allowed subtree, re-allowed below',
    home: 'company',
    entries: [
      { groupId: 'region-b', allow: false },
      { groupId: 'b2', allow: true },
    ],
    sees: ['a1', 'a2', 'b2', 'b2x', 'company', 'region-a'],
  },
  {
    name: 'entries on groups the tenant does not have change nothing',
    home: 'region-a',
    entries: [{ groupId: 'ghost', allow: true }],
    sees: ['a1', 'a2', 'region-a'],
  },
  {
    name: 'a home group that is not in the tree gives nothing but explicit allows',
    home: 'ghost',
    entries: [{ groupId: 'b1', allow: true }],
    sees: ['b1'],
  },
]

describe('SPEC §4 group access', () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(accessible(c.home, c.entries)).toEqual([...c.sees].sort())
    })
  }

  it('ranges stay small: one range for a root user, whatever the tree size', () => {
    const big = compileTree(
      Array.from({ length: 10_000 }, (_, i) => ({
        id: `g${i}`,
        parentId: i === 0 ? null : `g${Math.floor((i - 1) / 10)}`,
      })),
      1,
    )
    const ranges = compileAccessRanges(big, 'g0', [])
    expect(ranges).toEqual([0, 9999])
    expect(inRanges(ranges, 5000)).toBe(true)
    expect(inRanges(ranges, 10_000)).toBe(false)
  })
})

describe('compileTree', () => {
  it('lays out subtrees as contiguous preorder intervals', () => {
    const at = (id: string) => TREE.indexOf.get(id)!
    expect(TREE.ids[0]).toBe('company')
    expect(TREE.ends[at('region-b')]).toBe(at('b2x'))
    expect(TREE.depths[at('b2x')]).toBe(3)
  })

  it('leaves out groups caught in a parent cycle: they grant nothing', () => {
    const tree = compileTree(
      [
        { id: 'root', parentId: null },
        { id: 'x', parentId: 'y' },
        { id: 'y', parentId: 'x' },
      ],
      1,
    )
    expect(tree.ids).toEqual(['root'])
    expect(
      expandRanges(tree, compileAccessRanges(tree, 'x', [{ groupId: 'y', allow: true }])),
    ).toEqual([])
  })
})
