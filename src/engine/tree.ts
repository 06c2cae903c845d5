/** @module A tenant's group tree in preorder: every subtree is one contiguous index interval. */

export interface GroupRow {
  readonly id: string
  readonly parentId: string | null
}

export interface TenantTree {
  readonly version: number
  /** Group ids in preorder. */
  readonly ids: readonly string[]
  /** Preorder index of each group's parent, -1 for the root. */
  readonly parents: readonly number[]
  /** Last preorder index inside each group's subtree. */
  readonly ends: Int32Array
  readonly depths: Int32Array
  readonly indexOf: ReadonlyMap<string, number>
}

/** The layout of a tree without its version (what D1 stores beside the tenant). */
export interface TreeLayout {
  readonly ids: readonly string[]
  readonly parents: readonly number[]
}

/** The serializable part of a tree at one version (what KV holds). */
export interface TreeWire extends TreeLayout {
  readonly version: number
}

/**
 * Lays the groups out in preorder (children by id). Groups whose parent is missing are roots;
 * a cycle cannot be reached from a root and is left out, so it grants nothing.
 */
export function compileTree(groups: readonly GroupRow[], version: number): TenantTree {
  const children = new Map<string | null, string[]>()
  const known = new Set(groups.map((g) => g.id))
  for (const g of groups) {
    const parent = g.parentId !== null && known.has(g.parentId) ? g.parentId : null
    const list = children.get(parent)
    if (list) list.push(g.id)
    else children.set(parent, [g.id])
  }
  for (const list of children.values()) list.sort()
  const ids: string[] = []
  const parents: number[] = []
  const stack: [string, number][] = (children.get(null) ?? []).map((id) => [id, -1])
  stack.reverse()
  while (stack.length > 0) {
    const [id, parent] = stack.pop()!
    const index = ids.length
    ids.push(id)
    parents.push(parent)
    const kids = children.get(id) ?? []
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, index])
  }
  return treeFromWire({ version, ids, parents })
}

/** Rebuilds the derived arrays of a tree in O(n). */
export function treeFromWire(wire: TreeWire): TenantTree {
  const n = wire.ids.length
  const ends = new Int32Array(n)
  const depths = new Int32Array(n)
  const indexOf = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    ends[i] = i
    indexOf.set(wire.ids[i]!, i)
    const p = wire.parents[i]!
    depths[i] = p < 0 ? 0 : depths[p]! + 1
  }
  // In preorder a subtree ends where its last descendant is; children come after parents.
  for (let i = n - 1; i >= 0; i--) {
    const p = wire.parents[i]!
    if (p >= 0 && ends[i]! > ends[p]!) ends[p] = ends[i]!
  }
  return { version: wire.version, ids: wire.ids, parents: wire.parents, ends, depths, indexOf }
}

/** The preorder layout of a list of groups (stored in D1 beside the tenant). */
export const treeLayout = (groups: readonly GroupRow[]): TreeLayout => {
  const { ids, parents } = compileTree(groups, 0)
  return { ids, parents }
}

export const treeToWire = (tree: TenantTree): TreeWire => ({
  version: tree.version,
  ids: tree.ids,
  parents: tree.parents,
})

/** True when `ancestor` is `node` or lies on its path to the root. */
export const isInSubtree = (tree: TenantTree, ancestor: number, node: number): boolean =>
  ancestor <= node && node <= tree.ends[ancestor]!
