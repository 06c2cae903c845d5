/** @module Groups as the admin answers show them: flat with depth, with a path, nested as a tree. */
import type { GroupRow, TenantTree } from '../engine'
import type { GroupRecord } from '../repos/groups-repo'

/** The tree's groups as rows (what the stored layout is rebuilt from). */
export const rowsOf = (tree: TenantTree): GroupRow[] =>
  tree.ids.map((id, i) => ({
    id,
    parentId: tree.parents[i]! < 0 ? null : tree.ids[tree.parents[i]!]!,
  }))

/** The ids of a group's ancestors, root first. */
export function pathOf(tree: TenantTree, id: string): string[] {
  const path: string[] = []
  for (let at = tree.parents[tree.indexOf.get(id)!]!; at >= 0; at = tree.parents[at]!) {
    path.unshift(tree.ids[at]!)
  }
  return path
}

/** A group with its depth in the tree. */
export const groupView = (tree: TenantTree, g: GroupRecord) => ({
  id: g.id,
  name: g.name,
  parentId: g.parentId,
  depth: tree.depths[tree.indexOf.get(g.id)!] ?? 0,
})

export type GroupView = ReturnType<typeof groupView>

export interface TreeNode {
  id: string
  name: string
  children: TreeNode[]
}

/** Nests the visible groups under their nearest visible parent, in preorder. */
export function nest(tree: TenantTree, visible: readonly GroupRecord[]): TreeNode[] {
  const byId = new Map(
    visible.map((g) => [g.id, { id: g.id, name: g.name, children: [] as TreeNode[] }]),
  )
  const roots: TreeNode[] = []
  const ordered = [...visible].sort((a, b) => tree.indexOf.get(a.id)! - tree.indexOf.get(b.id)!)
  for (const g of ordered) {
    const parent = g.parentId === null ? undefined : byId.get(g.parentId)
    ;(parent ? parent.children : roots).push(byId.get(g.id)!)
  }
  return roots
}
