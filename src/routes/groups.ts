/** @module Group administration over HTTP: /v1/groups (SPEC §4, §6), over src/admin/groups. */
import { Hono } from 'hono'
import { createGroup, deleteGroup, listGroups, showGroup, updateGroup } from '../admin/groups'
import type { AppEnv } from '../env'
import { readJson } from '../middleware/read-json'
import { GroupCreateBody, GroupPatchBody } from '../schemas'
import { adminCaller, writeHeaders } from './http-deps'
import { pathId } from './path-id'

export const groupRoutes = new Hono<AppEnv>()
  .get('/groups', async (c) => {
    const { deps, caller } = await adminCaller(c)
    return c.json(await listGroups(deps, caller))
  })
  .get('/groups/:id', async (c) => {
    const { deps, caller } = await adminCaller(c)
    return c.json(await showGroup(deps, caller, { id: pathId(c, 'id') }))
  })
  .post('/groups', async (c) => {
    const body = await readJson(c, GroupCreateBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await createGroup(deps, caller, body)
    const location = `/v1/groups/${answer.value.group.id}`
    return c.json(answer.value, 201, { Location: location, ...writeHeaders(answer) })
  })
  .patch('/groups/:id', async (c) => {
    const body = await readJson(c, GroupPatchBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await updateGroup(deps, caller, { ...body, id: pathId(c, 'id') })
    return c.json(answer.value, 200, writeHeaders(answer))
  })
  .delete('/groups/:id', async (c) => {
    const { deps, caller } = await adminCaller(c)
    const answer = await deleteGroup(deps, caller, { id: pathId(c, 'id') })
    return c.json(answer.value, 200, writeHeaders(answer))
  })
