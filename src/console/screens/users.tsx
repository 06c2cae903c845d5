/**
 * @module The Users screens (SPEC §10 "Users", seed 004 "Change Permissions"): the paged,
 * searchable list, the user page with effective permissions, and Change Permissions.
 */
import { Hono } from 'hono'
import {
  showUserAccess,
  showUserAccessChildren,
  showUserPermissions,
  userAccessStart,
} from '../../admin/user-view'
import { listUsers, setUserAccess } from '../../admin/users'
import { UserListQuery, validated } from '../../schemas'
import { attempt, consoleCaller, formOf, page, type ConsoleContext } from '../context'
import type { ConsoleEnv } from '../env'
import { Notice } from '../layout'
import { accessFromForm } from './users/access-form'
import { AccessPage } from './users/access-page'
import { GroupList } from './users/group-tree'
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
    const view = await showUserAccess(deps, caller, {
      id: c.req.param('id'),
      open: c.req.queries('open') ?? [],
      ...(c.req.query('find') === undefined ? {} : { find: c.req.query('find')! }),
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
    const nodes = await showUserAccessChildren(deps, caller, { id, groupId })
    if (!wantsFragment(c)) {
      return c.redirect(`${userHref(id)}/access?open=${encodeURIComponent(groupId)}`, 303)
    }
    c.header('Cache-Control', 'no-store')
    const kids = `kids-${groupId.replace(/[^A-Za-z0-9_-]/g, '_')}`
    return c.html(<GroupList nodes={nodes} userId={id} id={kids} />)
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
