/**
 * @module The Users screens (SPEC §10 "Users", seed 004 "Change Permissions"): the paged,
 * searchable list, the user page with effective permissions, and Change Permissions.
 */
import { Hono } from 'hono'
import {
  showUserAccess,
  showUserAccessChildren,
  userAccessStart,
} from '../../admin/user-access-view'
import { showUserPermissions } from '../../admin/user-view'
import { listUsers, setUserAccess } from '../../admin/users'
import { UserListQuery, validated } from '../../schemas'
import { attempt, consoleCaller, formOf, page, type ConsoleContext } from '../context'
import type { ConsoleEnv } from '../env'
import { Notice } from '../layout'
import { accessFromForm } from './users/access-form'
import { AccessPage } from './users/access-page'
import { GroupItems, GroupList, domId } from './users/group-tree'
import { userHref } from './users/labels'
import { ResultCount, UserList, UserResults } from './users/list'
import { UserPage } from './users/user-page'

/** An htmx request for a fragment (not a history restore, which wants the whole page). */
const wantsFragment = (c: ConsoleContext) =>
  c.req.header('HX-Request') === 'true' && c.req.header('HX-History-Restore-Request') !== 'true'

const optional = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value.trim()

export const usersScreen = new Hono<ConsoleEnv>()
  .get('/', async (c) => {
    const query = { q: optional(c.req.query('q')), cursor: optional(c.req.query('cursor')) }
    const input = validated(
      Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)),
      UserListQuery,
    )
    const { deps, caller } = await consoleCaller(c)
    const users = await listUsers(deps, caller, input)
    if (wantsFragment(c)) {
      c.header('Cache-Control', 'no-store')
      return c.html(
        <>
          <UserResults page={users} query={query} />
          <ResultCount page={users} oob />
        </>,
      )
    }
    return page(c, { title: 'Users', screen: 'Users' }, <UserList page={users} query={query} />)
  })
  .get('/:id', async (c) => {
    const { deps, caller } = await consoleCaller(c)
    const view = await showUserPermissions(deps, caller, { id: c.req.param('id') })
    return page(
      c,
      { title: `User ${view.user.name}`, screen: 'Users' },
      <>
        {c.req.query('saved') !== undefined && <Notice>Permissions saved.</Notice>}
        <UserPage view={view} />
      </>,
    )
  })
  .get('/:id/access', async (c) => {
    const { deps, caller } = await consoleCaller(c)
    const open = c.req.queries('open') ?? []
    const from = Math.trunc(Number(c.req.query('from') ?? 0)) || 0
    const view = await showUserAccess(deps, caller, {
      id: c.req.param('id'),
      open,
      ...(c.req.query('find') === undefined ? {} : { find: c.req.query('find')! }),
      ...(from > 0 && open.length > 0 ? { page: { groupId: open[open.length - 1]!, from } } : {}),
    })
    return page(
      c,
      { title: `Change Permissions: ${view.user.name}`, screen: 'Users' },
      <AccessPage view={view} csrf={c.get('csrf')} />,
    )
  })
  .get('/:id/access/groups/:groupId', async (c) => {
    const { deps, caller } = await consoleCaller(c)
    const id = c.req.param('id')
    const groupId = c.req.param('groupId')
    const from = Math.max(0, Math.trunc(Number(c.req.query('from') ?? 0)) || 0)
    const skip = c.req.queries('skip') ?? []
    const page = await showUserAccessChildren(deps, caller, { id, groupId, from, skip })
    if (!wantsFragment(c)) {
      const query = new URLSearchParams({
        open: groupId,
        ...(from > 0 ? { from: String(from) } : {}),
      })
      return c.redirect(`${userHref(id)}/access?${query}`, 303)
    }
    c.header('Cache-Control', 'no-store')
    const name = page.name
    const more = page.more && { ...page.more, groupId, name }
    if (from > 0) return c.html(<GroupItems nodes={page.nodes} more={more} userId={id} />)
    return c.html(
      <GroupList nodes={page.nodes} more={more} userId={id} id={domId('kids', groupId)} />,
    )
  })
  .post('/:id/access', async (c) => {
    const id = c.req.param('id')
    const { deps, caller } = await consoleCaller(c)
    const form = await formOf(c)
    const result = await attempt(async () =>
      setUserAccess(
        deps,
        caller,
        await accessFromForm(form, await userAccessStart(deps, caller, { id })),
      ),
    )
    if (result.ok) return c.redirect(`${userHref(id)}?saved=1`, 303)
    const view = await showUserAccess(deps, caller, { id })
    return page(
      c,
      {
        title: `Change Permissions: ${view.user.name}`,
        screen: 'Users',
        status: result.error.status,
      },
      <AccessPage view={view} csrf={c.get('csrf')} error={result.error} />,
    )
  })
