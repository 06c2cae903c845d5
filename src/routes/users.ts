/** @module User administration over HTTP: /v1/users and /v1/users/:id/access (SPEC §4, §6). */
import { Hono } from 'hono'
import {
  createUser,
  deleteUser,
  listUsers,
  setUserAccess,
  showUser,
  updateUser,
} from '../admin/users'
import type { AppEnv } from '../env'
import { readJson } from '../middleware/read-json'
import { AccessBody, UserCreateBody, UserListQuery, UserPatchBody, validated } from '../schemas'
import { adminCaller, writeHeaders } from './http-deps'
import { pathId } from './path-id'

export const userRoutes = new Hono<AppEnv>()
  .get('/users', async (c) => {
    const query = validated(c.req.query(), UserListQuery)
    const { deps, caller } = await adminCaller(c)
    return c.json(await listUsers(deps, caller, query))
  })
  .get('/users/:id', async (c) => {
    const { deps, caller } = await adminCaller(c)
    return c.json(await showUser(deps, caller, { id: pathId(c, 'id') }))
  })
  .post('/users', async (c) => {
    const body = await readJson(c, UserCreateBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await createUser(deps, caller, body)
    const location = `/v1/users/${answer.value.user.id}`
    return c.json(answer.value, 201, { Location: location, ...writeHeaders(answer) })
  })
  .patch('/users/:id', async (c) => {
    const body = await readJson(c, UserPatchBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await updateUser(deps, caller, { ...body, id: pathId(c, 'id') })
    return c.json(answer.value, 200, writeHeaders(answer))
  })
  .put('/users/:id/access', async (c) => {
    const body = await readJson(c, AccessBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await setUserAccess(deps, caller, { ...body, id: pathId(c, 'id') })
    return c.json(answer.value, 200, writeHeaders(answer))
  })
  .delete('/users/:id', async (c) => {
    const { deps, caller } = await adminCaller(c)
    const answer = await deleteUser(deps, caller, { id: pathId(c, 'id') })
    return c.json(answer.value, 200, writeHeaders(answer))
  })
