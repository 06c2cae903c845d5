/** @module Group administration: /v1/groups (SPEC §4, §6). */
import { Hono, type Context } from 'hono'
import { expandRanges, isInSubtree, type GroupRow, type TenantTree } from '../engine'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { readJson } from '../middleware/read-json'
import {
  createGroupStatements,
  deleteGroupStatements,
  findGroup,
  groupOccupancy,
  listGroups,
  moveGroupStatements,
  renameGroupStatement,
  type GroupRecord,
} from '../repos/groups-repo'
import {
  callerLevel,
  commit,
  groupAsResource,
  loadCaller,
  requireAllowed,
  type Caller,
} from './admin-context'
import { dataDeps } from './http-deps'
import { pathId } from './path-id'
import { GroupCreateBody, GroupPatchBody } from '../schemas'
import { slugId } from './slug-id'

/** The tree's groups as rows (what the stored layout is rebuilt from). */
const rowsOf = (tree: TenantTree): GroupRow[] =>
  tree.ids.map((id, i) => ({
    id,
    parentId: tree.parents[i]! < 0 ? null : tree.ids[tree.parents[i]!]!,
  }))

function pathOf(tree: TenantTree, id: string): string[] {
  const path: string[] = []
  for (let at = tree.parents[tree.indexOf.get(id)!]!; at >= 0; at = tree.parents[at]!) {
    path.unshift(tree.ids[at]!)
  }
  return path
}

const groupView = (tree: TenantTree, g: GroupRecord) => ({
  id: g.id,
  name: g.name,
  parentId: g.parentId,
  depth: tree.depths[tree.indexOf.get(g.id)!] ?? 0,
})

interface TreeNode {
  id: string
  name: string
  children: TreeNode[]
}

/** Nests the visible groups under their nearest visible parent, in preorder. */
function nest(tree: TenantTree, visible: readonly GroupRecord[]): TreeNode[] {
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

async function groupOr404(c: Context<AppEnv>, caller: Caller, id: string): Promise<GroupRecord> {
  const group = await findGroup(dataDeps(c).db, caller.principal.tenantId, id)
  if (!group) throw new AppError('not_found', `no group "${id}"`)
  return group
}

export const groupRoutes = new Hono<AppEnv>()
  .get('/groups', async (c) => {
    const caller = await loadCaller(c)
    requireAllowed(caller, 'admin.groups:read')
    const all = await listGroups(dataDeps(c).db, caller.principal.tenantId)
    const inScope =
      callerLevel(caller, 'admin.groups:read') === 'all'
        ? all
        : (() => {
            const ids = new Set(expandRanges(caller.tree, caller.snapshot.ranges))
            return all.filter((g) => ids.has(g.id))
          })()
    const known = inScope.filter((g) => caller.tree.indexOf.has(g.id))
    return c.json({
      groups: known.map((g) => groupView(caller.tree, g)),
      tree: nest(caller.tree, known),
      version: caller.version,
    })
  })
  .get('/groups/:id', async (c) => {
    const caller = await loadCaller(c)
    const group = await groupOr404(c, caller, pathId(c, 'id'))
    requireAllowed(caller, 'admin.groups:read', groupAsResource(group.id))
    const at = caller.tree.indexOf.get(group.id)!
    const children = caller.tree.ids.filter((_, i) => caller.tree.parents[i] === at)
    return c.json({
      group: { ...groupView(caller.tree, group), path: pathOf(caller.tree, group.id), children },
      version: caller.version,
    })
  })
  .post('/groups', async (c) => {
    const body = await readJson(c, GroupCreateBody)
    const caller = await loadCaller(c)
    await groupOr404(c, caller, body.parentId)
    requireAllowed(caller, 'admin.groups:write', groupAsResource(body.parentId))
    const id = body.id ?? slugId(body.name, 'group')
    if (caller.tree.indexOf.has(id)) throw new AppError('id_taken', `a group "${id}" exists`)
    const group = { id, name: body.name, parentId: body.parentId }
    const db = dataDeps(c).db
    const version = await commit(c, caller, {
      reach: 'structure',
      changes: createGroupStatements(db, caller.principal.tenantId, group, [
        ...rowsOf(caller.tree),
        group,
      ]),
      audit: [
        { action: 'group.create', targetType: 'group', targetId: id, before: null, after: group },
      ],
    })
    c.header('Location', `/v1/groups/${id}`)
    return c.json({ group, version }, 201)
  })
  .patch('/groups/:id', async (c) => {
    const body = await readJson(c, GroupPatchBody)
    const caller = await loadCaller(c)
    const group = await groupOr404(c, caller, pathId(c, 'id'))
    requireAllowed(caller, 'admin.groups:write', groupAsResource(group.id))
    const tenantId = caller.principal.tenantId
    const db = dataDeps(c).db
    const changes = []
    if (body.name !== undefined && body.name !== group.name) {
      changes.push(renameGroupStatement(db, tenantId, group.id, body.name))
    }
    const moving = body.parentId !== undefined && body.parentId !== group.parentId
    if (moving) {
      const parentId = body.parentId!
      if (group.parentId === null) throw new AppError('group_cycle', 'the root group cannot move')
      await groupOr404(c, caller, parentId)
      requireAllowed(caller, 'admin.groups:write', groupAsResource(parentId))
      const tree = caller.tree
      if (isInSubtree(tree, tree.indexOf.get(group.id)!, tree.indexOf.get(parentId)!)) {
        throw new AppError('group_cycle', `"${parentId}" is inside "${group.id}"`)
      }
      const after = rowsOf(tree).map((g) => (g.id === group.id ? { ...g, parentId } : g))
      changes.push(...moveGroupStatements(db, tenantId, group.id, parentId, after))
    }
    const updated = {
      ...group,
      name: body.name ?? group.name,
      parentId: body.parentId ?? group.parentId,
    }
    if (changes.length === 0) return c.json({ group: updated, version: caller.version })
    const version = await commit(c, caller, {
      reach: 'structure',
      changes,
      audit: [
        {
          action: moving ? 'group.move' : 'group.rename',
          targetType: 'group',
          targetId: group.id,
          before: group,
          after: updated,
        },
      ],
    })
    return c.json({ group: updated, version })
  })
  .delete('/groups/:id', async (c) => {
    const caller = await loadCaller(c)
    const group = await groupOr404(c, caller, pathId(c, 'id'))
    requireAllowed(caller, 'admin.groups:delete', groupAsResource(group.id))
    const tenantId = caller.principal.tenantId
    const db = dataDeps(c).db
    const occupancy = await groupOccupancy(db, tenantId, group.id)
    if (group.parentId === null || occupancy.children > 0 || occupancy.homeUsers > 0) {
      const what =
        group.parentId === null
          ? 'it is the root group'
          : `${occupancy.children} child group(s), ${occupancy.homeUsers} home user(s)`
      throw new AppError('group_not_empty', what, occupancy)
    }
    const after = rowsOf(caller.tree).filter((g) => g.id !== group.id)
    const version = await commit(c, caller, {
      reach: 'structure',
      changes: deleteGroupStatements(db, tenantId, group.id, after),
      audit: [
        {
          action: 'group.delete',
          targetType: 'group',
          targetId: group.id,
          before: group,
          after: null,
        },
      ],
    })
    return c.json({ deleted: group.id, version })
  })
