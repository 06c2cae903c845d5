/**
 * @module The Groups screen (SPEC §10): the tree the admin may read, opened at one group, searched,
 * and create / rename / move / delete through the admin use cases (POST, then 303 back). A refusal
 * re-renders the page with the API's code, message and status; nothing is written then.
 */
import { Hono } from 'hono'
import { groupNamesOf, readableTree, searchReadableGroups } from '../../admin/group-tree-read'
import { createGroup, deleteGroup, updateGroup, type GroupCreateInput } from '../../admin/groups'
import type { AppError } from '../../errors'
import { GroupCreateBody, GroupPatchBody, Id, validated } from '../../schemas'
import {
  attempt,
  consoleCaller,
  field,
  formOf,
  page,
  type ConsoleAdmin,
  type ConsoleContext,
} from '../context'
import type { ConsoleEnv } from '../env'
import { GroupEditForms } from './groups/edit-forms'
import { GroupsPage, groupsShown, SEARCH_LIMIT, type GroupsPageProps } from './groups/groups-page'
import { ChildItems, ChildList } from './groups/tree'
import {
  CHILD_PAGE,
  childrenOf,
  expandedFor,
  groupOf,
  indexOf,
  readableId,
} from './groups/tree-view'

const OUTCOMES: Record<string, string> = {
  created: 'Created group',
  renamed: 'Renamed group',
  moved: 'Moved group',
  deleted: 'Deleted group',
}

/** The notice a redirect after a write asks for (`?saved=<outcome>&group=<id>&version=<n>`). */
function noticeOf(c: ConsoleContext): string | undefined {
  const outcome = OUTCOMES[c.req.query('saved') ?? '']
  if (!outcome) return undefined
  return `${outcome} ${c.req.query('group') ?? ''} (version ${c.req.query('version') ?? '?'}).`
}

type PageRequest = Omit<GroupsPageProps, 'index' | 'opening' | 'hits' | 'csrf'> & {
  readonly open?: string | undefined
  readonly from?: number | undefined
}

/**
 * Renders the page (after a refusal: with the refusal and its status): the structure from the
 * caller's tree, names read only for the groups shown.
 */
async function groupsPage(
  c: ConsoleContext,
  request: PageRequest,
  status = 200,
  admin?: ConsoleAdmin,
) {
  const { deps, caller } = admin ?? (await consoleCaller(c))
  const view = readableTree(caller)
  const bare = indexOf(view)
  const opening = {
    expanded: expandedFor(bare, request.open),
    current: request.open,
    from: request.from,
  }
  const text = request.query?.trim()
  const hits = text ? await searchReadableGroups(deps, caller, view, text, SEARCH_LIMIT) : undefined
  const names = await groupNamesOf(deps, caller, groupsShown(bare, opening, hits))
  const body = (
    <GroupsPage
      {...request}
      index={{ ...bare, names }}
      opening={opening}
      hits={hits}
      csrf={c.get('csrf')}
    />
  )
  return page(c, { title: 'Groups', screen: 'Groups', status }, body)
}

const savedAt = (outcome: string, id: string, version: number, open?: string) => {
  const query = new URLSearchParams({ saved: outcome, group: id, version: String(version) })
  if (open !== undefined) query.set('open', open)
  return `/console/groups?${query}${open === undefined ? '' : `#g-${encodeURIComponent(open)}`}`
}

/** The refused page, opened at the group the form was about (the admin as the handler read them). */
const refused = (c: ConsoleContext, admin: ConsoleAdmin, error: AppError, open?: string) =>
  groupsPage(c, { error, open }, error.status, admin)

/** `?from=` as a child-list offset (the "Show more" pages), or undefined. */
function startOf(c: ConsoleContext): number | undefined {
  const from = Number(c.req.query('from'))
  return Number.isInteger(from) && from > 0 ? from : undefined
}

/**
 * For a fragment: the path's group when the admin may read it, and the tree with the names of
 * that group and of the groups `shown` picks.
 */
async function readableGroup(
  c: ConsoleContext,
  shown: (index: ReturnType<typeof indexOf>, id: string) => readonly string[],
) {
  c.header('Cache-Control', 'no-store')
  const id = validated(c.req.param('id'), Id)
  const { deps, caller } = await consoleCaller(c)
  const bare = indexOf(readableTree(caller))
  if (!readableId(bare, id)) return undefined
  const names = await groupNamesOf(deps, caller, [id, ...shown(bare, id)])
  return { index: { ...bare, names }, id }
}

export const groupsScreen = new Hono<ConsoleEnv>()
  .get('/', (c) =>
    groupsPage(c, {
      open: c.req.query('open'),
      from: startOf(c),
      query: c.req.query('q'),
      notice: noticeOf(c),
    }),
  )
  .get('/:id/children', async (c) => {
    const from = startOf(c) ?? 0
    const found = await readableGroup(c, (index, id) =>
      childrenOf(index, id).slice(from, from + CHILD_PAGE),
    )
    if (!found) return c.html(<ul id={`kids-${c.req.param('id')}`} data-loaded=""></ul>, 404)
    const props = { ...found, expanded: expandedFor(found.index, undefined), csrf: c.get('csrf') }
    // A later page is the items that replace the "Show more" item; the first is the whole list.
    return c.html(
      from > 0 ? <ChildItems {...props} start={from} /> : <ChildList {...props} start={0} />,
    )
  })
  .get('/:id/edit', async (c) => {
    const found = await readableGroup(c, () => [])
    if (!found) return c.html(<p class="reason">No such group.</p>, 404)
    const group = groupOf(found.index, found.id)
    return c.html(<GroupEditForms group={group} csrf={c.get('csrf')} />)
  })
  .post('/', async (c) => {
    const form = await formOf(c)
    const admin = await consoleCaller(c)
    const { deps, caller } = admin
    const draft = {
      name: typeof form.name === 'string' ? form.name : '',
      parentId: typeof form.parentId === 'string' ? form.parentId : '',
      id: typeof form.id === 'string' ? form.id : '',
    }
    const result = await attempt(() => {
      const input: GroupCreateInput = validated(
        {
          name: field(form, 'name'),
          parentId: field(form, 'parentId').trim(),
          ...(draft.id.trim() === '' ? {} : { id: draft.id.trim() }),
        },
        GroupCreateBody,
      )
      return createGroup(deps, caller, input)
    })
    if (!result.ok) {
      return groupsPage(
        c,
        { error: result.error, draft, open: draft.parentId },
        result.error.status,
        admin,
      )
    }
    const { group, version } = result.value.value
    return c.redirect(savedAt('created', group.id, version, group.id), 303)
  })
  .post('/:id/rename', async (c) => {
    const form = await formOf(c)
    const admin = await consoleCaller(c)
    const { deps, caller } = admin
    const id = c.req.param('id')
    const result = await attempt(() =>
      updateGroup(deps, caller, {
        ...validated({ name: field(form, 'name') }, GroupPatchBody),
        id: validated(id, Id),
      }),
    )
    if (!result.ok) return refused(c, admin, result.error, id)
    return c.redirect(savedAt('renamed', id, result.value.value.version, id), 303)
  })
  .post('/:id/move', async (c) => {
    const form = await formOf(c)
    const admin = await consoleCaller(c)
    const { deps, caller } = admin
    const id = c.req.param('id')
    const result = await attempt(() =>
      updateGroup(deps, caller, {
        ...validated({ parentId: field(form, 'parentId').trim() }, GroupPatchBody),
        id: validated(id, Id),
      }),
    )
    if (!result.ok) return refused(c, admin, result.error, id)
    return c.redirect(savedAt('moved', id, result.value.value.version, id), 303)
  })
  .post('/:id/delete', async (c) => {
    const admin = await consoleCaller(c)
    const { deps, caller } = admin
    const id = c.req.param('id')
    const result = await attempt(() => deleteGroup(deps, caller, { id: validated(id, Id) }))
    if (!result.ok) return refused(c, admin, result.error, id)
    return c.redirect(savedAt('deleted', id, result.value.value.version), 303)
  })
