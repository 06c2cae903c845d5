/** @module GET /v1/me and GET /v1/catalog: what the caller's frontend may show. */
import { Hono } from 'hono'
import { catalog, me, meEtag, noneMatch } from '../decide/me'
import type { AppEnv } from '../env'
import { dataDeps, decisionHeaders, freshnessOf } from './http-deps'

export const meRoutes = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const answer = await me(dataDeps(c), c.get('principal'), freshnessOf(c.req.raw))
    const etag = await meEtag(answer.value)
    // Stored only by the caller's own client and revalidated on every use.
    const headers = {
      ...decisionHeaders(answer),
      'Cache-Control': 'private, no-cache',
      Vary: 'Authorization',
      ETag: etag,
    }
    if (noneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers)
    return c.json(answer.value, 200, headers)
  })
  .get('/catalog', async (c) => {
    const answer = await catalog(dataDeps(c), c.get('principal'), freshnessOf(c.req.raw))
    return c.json(answer.value, 200, decisionHeaders(answer))
  })
