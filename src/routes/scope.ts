/** @module POST /v1/scope: the rows a user may see, as a filter. */
import { Hono } from 'hono'
import { scope } from '../decide/scope'
import type { AppEnv } from '../env'
import { readJson } from '../middleware/read-json'
import { ScopeBody } from '../schemas'
import { dataDeps, decisionHeaders, freshnessOf } from './http-deps'

export const scopeRoutes = new Hono<AppEnv>().post('/scope', async (c) => {
  const body = await readJson(c, ScopeBody)
  const answer = await scope(dataDeps(c), c.get('principal'), body, freshnessOf(c))
  return c.json(answer.value, 200, decisionHeaders(answer))
})
