/** @module POST /v1/check and POST /v1/check/batch. */
import { Hono } from 'hono'
import { check, checkBatch } from '../decide/check'
import type { AppEnv } from '../env'
import { readJson } from '../middleware/read-json'
import { BatchBody, CheckBody } from '../schemas'
import { dataDeps, decisionHeaders, freshnessOf } from './http-deps'

export const checkRoutes = new Hono<AppEnv>()
  .post('/check', async (c) => {
    const body = await readJson(c, CheckBody)
    const answer = await check(dataDeps(c), c.get('principal'), body, freshnessOf(c))
    return c.json(answer.value, 200, decisionHeaders(answer))
  })
  .post('/check/batch', async (c) => {
    const body = await readJson(c, BatchBody)
    const answer = await checkBatch(dataDeps(c), c.get('principal'), body, freshnessOf(c))
    return c.json(answer.value, 200, decisionHeaders(answer))
  })
