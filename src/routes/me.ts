/** @module GET /v1/me and GET /v1/catalog: what the caller's frontend may show. */
import { Hono } from 'hono'
import { catalog, me } from '../decide/me'
import type { AppEnv } from '../env'
import { dataDeps, decisionHeaders, freshnessOf } from './http-deps'

export const meRoutes = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const answer = await me(dataDeps(c), c.get('principal'), freshnessOf(c))
    return c.json(answer, 200, decisionHeaders(answer.version))
  })
  .get('/catalog', async (c) => {
    const answer = await catalog(dataDeps(c), c.get('principal'), freshnessOf(c))
    return c.json(answer, 200, decisionHeaders(answer.version))
  })
