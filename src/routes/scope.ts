/** @module POST /v1/scope: the rows a user may see, as a filter. */
import { Hono } from 'hono'
import { loadDecisionData } from '../cache/authz-data'
import { isEngineError, scope } from '../engine'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { readJson } from '../middleware/read-json'
import { NO_STORE, dataDeps, minVersionOf, subjectOf } from './decision-context'
import { ScopeBody } from './schemas'

export const scopeRoutes = new Hono<AppEnv>().post('/scope', async (c) => {
  const body = await readJson(c, ScopeBody)
  const principal = c.get('principal')
  const deps = dataDeps(c)
  const subject = subjectOf(principal, body.subject)
  const { data: loaded } = await loadDecisionData(
    deps,
    principal.tenantId,
    [subject],
    minVersionOf(c),
  )
  const data = loaded.get(subject)!
  const result = scope(data.snapshot, data.tree, body.permission)
  if (isEngineError(result)) {
    throw new AppError('unknown_permission', `"${result.permission}" is not in the catalog`)
  }
  return c.json({ ...result, version: data.version }, 200, NO_STORE)
})
