/** @module POST /v1/check and POST /v1/check/batch. */
import { Hono, type Context } from 'hono'
import { loadDecisionData } from '../cache/authz-data'
import { check, isEngineError, type Decision } from '../engine'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { readJson } from '../middleware/read-json'
import { NO_STORE, dataDeps, minVersionOf, resolveResource, subjectOf } from './decision-context'
import { BatchBody, CheckBody } from './schemas'
import type { z } from 'zod'

type CheckInput = z.output<typeof CheckBody>

/** Decides each input at one version; an unknown permission anywhere is a 400 naming it. */
async function decideAll(
  c: Context<AppEnv>,
  inputs: readonly CheckInput[],
): Promise<{ results: Decision[]; version: number }> {
  const principal = c.get('principal')
  const deps = dataDeps(c)
  const subjects = inputs.map((input) => subjectOf(principal, input.subject))
  const { data, loadOther } = await loadDecisionData(
    deps,
    principal.tenantId,
    [...new Set(subjects)],
    minVersionOf(c),
  )
  const answeredAt = data.values().next().value!.version
  const results: Decision[] = []
  for (const [i, input] of inputs.entries()) {
    const { snapshot, tree } = data.get(subjects[i]!)!
    const resource = await resolveResource(loadOther, input.resource)
    const outcome = check(snapshot, tree, { permission: input.permission, resource })
    if (isEngineError(outcome)) {
      const where = inputs.length > 1 ? ` (checks[${i}])` : ''
      throw new AppError(
        'unknown_permission',
        `"${outcome.permission}"${where} is not in the catalog`,
      )
    }
    results.push(outcome)
  }
  return { results, version: answeredAt }
}

export const checkRoutes = new Hono<AppEnv>()
  .post('/check', async (c) => {
    const body = await readJson(c, CheckBody)
    const { results, version } = await decideAll(c, [body])
    return c.json({ ...results[0]!, version }, 200, NO_STORE)
  })
  .post('/check/batch', async (c) => {
    const body = await readJson(c, BatchBody)
    return c.json(await decideAll(c, body.checks), 200, NO_STORE)
  })
