/**
 * @module The console's Roles screens (SPEC §10 "Roles", seed 000): the list with New custom
 * role, Clone, Rename and Delete; the role editor with its save and reset steps. Every action is
 * one admin use case (src/admin/roles.ts); refusals are shown with the API's code and status.
 */
import { Hono } from 'hono'
import { countRoleHolders } from '../../admin/role-holders'
import { roleFingerprint } from '../../admin/role-fingerprint'
import {
  cloneRole,
  createRole,
  deleteRole,
  listRoles,
  resetRole,
  showRole,
  updateRole,
} from '../../admin/roles'
import type { RoleView } from '../../admin/role-view'
import type { AppError } from '../../errors'
import {
  attempt,
  consoleCaller,
  field,
  formOf,
  page,
  refusalPage,
  type ConsoleAdmin,
  type ConsoleContext,
} from '../context'
import { RoleCloneBody, RoleCreateBody } from '../../schemas'
import { validated } from '../../schemas/validate'
import type { ConsoleEnv } from '../env'
import { editorModules } from './roles/editor-model'
import { RoleRefusal, rolePath } from './roles/parts'
import { RoleEditor } from './roles/role-editor'
import { RoleList } from './roles/role-list'
import { readSubmission } from './roles/role-save'
import { ResetReview, SaveReview } from './roles/review'

const SCREEN = 'Roles'

/** What a redirect after a write announces (`?done=`); anything else announces nothing. */
const DONE: Readonly<Record<string, string>> = {
  created: 'Created',
  cloned: 'Cloned',
  renamed: 'Renamed',
  deleted: 'Deleted',
  saved: 'Saved',
  reset: 'Reset to the defaults',
  unchanged: 'Nothing to save: no permission was changed',
}

function noticeOf(c: ConsoleContext): string | undefined {
  const done = DONE[c.req.query('done') ?? '']
  const version = Number(c.req.query('version'))
  if (done === undefined) return undefined
  return Number.isSafeInteger(version) && version > 0 ? `${done} (version ${version})` : done
}

const doneUrl = (path: string, done: string, version?: number) =>
  `${path}?done=${done}${version === undefined ? '' : `&version=${version}`}`

async function listPage(c: ConsoleContext, { deps, caller }: ConsoleAdmin, error?: AppError) {
  const [{ roles }, holders] = await Promise.all([
    listRoles(deps, caller),
    countRoleHolders(deps, caller),
  ])
  return page(
    c,
    { title: 'Roles', screen: SCREEN, status: error?.status },
    <RoleList
      roles={roles}
      holders={holders}
      csrf={c.get('csrf')}
      notice={error ? undefined : noticeOf(c)}
      error={error}
    />,
  )
}

async function editorPage(
  c: ConsoleContext,
  { caller }: ConsoleAdmin,
  role: RoleView,
  error?: AppError,
) {
  return page(
    c,
    { title: `Role: ${role.name}`, screen: SCREEN, status: error?.status },
    <RoleEditor
      role={role}
      modules={editorModules(caller.snapshot.products, role)}
      fingerprint={await roleFingerprint(role)}
      csrf={c.get('csrf')}
      notice={error ? undefined : noticeOf(c)}
      error={error}
    />,
  )
}

/** A save or reset refused because the role changed since it was loaded: 409 and a reload. */
const conflictPage = (c: ConsoleContext, id: string, error: AppError) =>
  page(
    c,
    { title: 'Role changed meanwhile', screen: SCREEN, status: error.status },
    <RoleRefusal error={error} reload={rolePath(id)} />,
  )

/** The role for a page, or the refusal page (404 for a role the tenant does not have). */
async function roleOrRefusal(c: ConsoleContext, { deps, caller }: ConsoleAdmin, id: string) {
  const shown = await attempt(() => showRole(deps, caller, { id }))
  return shown.ok
    ? { role: shown.value.role }
    : { refusal: refusalPage(c, 'Role', shown.error, SCREEN) }
}

export const rolesScreen = new Hono<ConsoleEnv>()
  .get('/', async (c) => listPage(c, await consoleCaller(c)))
  .post('/', async (c) => {
    const form = await formOf(c)
    const admin = await consoleCaller(c)
    const done = await attempt(() =>
      createRole(admin.deps, admin.caller, validated({ name: form['name'] }, RoleCreateBody)),
    )
    if (!done.ok) return listPage(c, admin, done.error)
    return c.redirect(doneUrl(rolePath(done.value.value.role.id), 'created'), 303)
  })
  .get('/:id', async (c) => {
    const admin = await consoleCaller(c)
    const found = await roleOrRefusal(c, admin, c.req.param('id'))
    return found.refusal ?? editorPage(c, admin, found.role)
  })
  .post('/:id', async (c) => {
    const id = c.req.param('id')
    const form = await formOf(c)
    const admin = await consoleCaller(c)
    const found = await roleOrRefusal(c, admin, id)
    if (found.refusal) return found.refusal
    const read = await attempt(async () => readSubmission(found.role, form))
    if (!read.ok) return editorPage(c, admin, found.role, read.error)
    const submission = read.value
    if (submission.step === 'review') {
      return page(
        c,
        { title: `Role: ${found.role.name}`, screen: SCREEN },
        <SaveReview role={found.role} submission={submission} csrf={c.get('csrf')} />,
      )
    }
    if (submission.changes.length === 0) return c.redirect(doneUrl(rolePath(id), 'unchanged'), 303)
    const saved = await attempt(() =>
      updateRole(admin.deps, admin.caller, {
        id,
        permissions: submission.patch,
        expected: submission.fingerprint,
      }),
    )
    if (saved.ok) return c.redirect(doneUrl(rolePath(id), 'saved', saved.value.value.version), 303)
    if (saved.error.code === 'version_conflict') return conflictPage(c, id, saved.error)
    return editorPage(c, admin, found.role, saved.error)
  })
  .get('/:id/reset', async (c) => {
    const admin = await consoleCaller(c)
    const found = await roleOrRefusal(c, admin, c.req.param('id'))
    if (found.refusal) return found.refusal
    return page(
      c,
      { title: `Role: ${found.role.name}`, screen: SCREEN },
      <ResetReview
        role={found.role}
        fingerprint={await roleFingerprint(found.role)}
        csrf={c.get('csrf')}
      />,
    )
  })
  .post('/:id/reset', async (c) => {
    const id = c.req.param('id')
    const expected = field(await formOf(c), '_fingerprint')
    const admin = await consoleCaller(c)
    const reset = await attempt(() => resetRole(admin.deps, admin.caller, { id, expected }))
    if (reset.ok) return c.redirect(doneUrl(rolePath(id), 'reset', reset.value.value.version), 303)
    if (reset.error.code === 'version_conflict') return conflictPage(c, id, reset.error)
    const found = await roleOrRefusal(c, admin, id)
    return found.refusal ?? editorPage(c, admin, found.role, reset.error)
  })
  .post('/:id/clone', async (c) => {
    const form = await formOf(c)
    const admin = await consoleCaller(c)
    const done = await attempt(() =>
      cloneRole(admin.deps, admin.caller, {
        id: c.req.param('id'),
        ...validated({ name: form['name'] }, RoleCloneBody),
      }),
    )
    if (!done.ok) return listPage(c, admin, done.error)
    return c.redirect(doneUrl(rolePath(done.value.value.role.id), 'cloned'), 303)
  })
  .post('/:id/rename', async (c) => {
    const form = await formOf(c)
    const admin = await consoleCaller(c)
    const done = await attempt(() =>
      updateRole(admin.deps, admin.caller, {
        id: c.req.param('id'),
        name: validated({ name: form['name'] }, RoleCloneBody).name,
      }),
    )
    if (!done.ok) return listPage(c, admin, done.error)
    return c.redirect(doneUrl('/console/roles', 'renamed', done.value.value.version), 303)
  })
  .post('/:id/delete', async (c) => {
    const admin = await consoleCaller(c)
    const done = await attempt(() =>
      deleteRole(admin.deps, admin.caller, { id: c.req.param('id') }),
    )
    if (!done.ok) return listPage(c, admin, done.error)
    return c.redirect(doneUrl('/console/roles', 'deleted', done.value.value.version), 303)
  })
