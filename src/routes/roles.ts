/** @module Role administration over HTTP: /v1/roles (SPEC §3, §6), over src/admin/roles. */
import { Hono } from 'hono'
import {
  cloneRole,
  createRole,
  deleteRole,
  listRoles,
  resetRole,
  showRole,
  updateRole,
  type RoleAnswer,
} from '../admin/roles'
import type { Written } from '../admin/commit'
import type { AppEnv } from '../env'
import { readJson } from '../middleware/read-json'
import { RoleCloneBody, RoleCreateBody, RolePatchBody } from '../schemas'
import { adminCaller, writeHeaders } from './http-deps'
import { pathId } from './path-id'

/** A new role's answer headers: where it is, and the write's token. */
const createdHeaders = (answer: Written<RoleAnswer>) => ({
  Location: `/v1/roles/${answer.value.role.id}`,
  ...writeHeaders(answer),
})

export const roleRoutes = new Hono<AppEnv>()
  .get('/roles', async (c) => {
    const { deps, caller } = await adminCaller(c)
    return c.json(await listRoles(deps, caller))
  })
  .get('/roles/:id', async (c) => {
    const { deps, caller } = await adminCaller(c)
    return c.json(await showRole(deps, caller, { id: pathId(c, 'id') }))
  })
  .post('/roles', async (c) => {
    const body = await readJson(c, RoleCreateBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await createRole(deps, caller, body)
    return c.json(answer.value, 201, createdHeaders(answer))
  })
  .patch('/roles/:id', async (c) => {
    const body = await readJson(c, RolePatchBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await updateRole(deps, caller, { ...body, id: pathId(c, 'id') })
    return c.json(answer.value, 200, writeHeaders(answer))
  })
  .delete('/roles/:id', async (c) => {
    const { deps, caller } = await adminCaller(c)
    const answer = await deleteRole(deps, caller, { id: pathId(c, 'id') })
    return c.json(answer.value, 200, writeHeaders(answer))
  })
  .post('/roles/:id/clone', async (c) => {
    const body = await readJson(c, RoleCloneBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await cloneRole(deps, caller, { ...body, id: pathId(c, 'id') })
    return c.json(answer.value, 201, createdHeaders(answer))
  })
  .post('/roles/:id/reset', async (c) => {
    const { deps, caller } = await adminCaller(c)
    const answer = await resetRole(deps, caller, { id: pathId(c, 'id') })
    return c.json(answer.value, 200, writeHeaders(answer))
  })
