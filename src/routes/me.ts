/** @module GET /v1/me and GET /v1/catalog: what the caller's frontend may show. */
import { Hono, type Context } from 'hono'
import { loadDecisionData } from '../cache/authz-data'
import { catalogView } from '../catalog/catalog-view'
import { me, type Snapshot } from '../engine'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { NO_STORE, dataDeps, minVersionOf } from './decision-context'

async function callerData(c: Context<AppEnv>) {
  const principal = c.get('principal')
  const deps = dataDeps(c)
  const { data: loaded } = await loadDecisionData(
    deps,
    principal.tenantId,
    [principal.userId],
    minVersionOf(c),
  )
  const data = loaded.get(principal.userId)!
  if (data.snapshot === null) throw new AppError('unknown_user')
  return data as typeof data & { snapshot: Snapshot }
}

export const meRoutes = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const { snapshot, tree, version } = await callerData(c)
    // The snapshot may predate the answer's version; nothing it depends on changed since.
    return c.json({ ...me(snapshot, tree), version }, 200, NO_STORE)
  })
  .get('/catalog', async (c) => {
    const { snapshot, version } = await callerData(c)
    return c.json({ ...catalogView(snapshot.products), version }, 200, NO_STORE)
  })
