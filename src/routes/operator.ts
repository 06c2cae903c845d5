/** @module Endpoints outside user tokens: the signed invalidation webhook, tenant provisioning. */
import { Hono, type Context } from 'hono'
import { invalidateTenant, provisionTenant } from '../admin/operator'
import { verifyWebhookSignature } from '../auth/webhook-signature'
import { secretList, type AppEnv } from '../env'
import { AppError } from '../errors'
import { parseJson, readJson, readJsonBytes } from '../middleware/read-json'
import { InvalidateBody, TenantCreateBody } from '../schemas'
import { adminDeps, writeHeaders } from './http-deps'

const sha256 = async (text: string) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))

/** Constant-time check of X-Operator-Secret against OPERATOR_SECRET (hashes equalize lengths). */
async function requireOperator(c: Context<AppEnv>) {
  const secret = c.env.OPERATOR_SECRET
  const given = c.req.header('x-operator-secret')
  if (!secret)
    throw new AppError('forbidden', 'provisioning is off (OPERATOR_SECRET is not set)', {
      reason: 'operator_disabled',
    })
  const ok =
    given !== undefined && crypto.subtle.timingSafeEqual(await sha256(given), await sha256(secret))
  if (!ok)
    throw new AppError('forbidden', 'X-Operator-Secret is missing or wrong', {
      reason: 'operator_secret',
    })
}

export const operatorRoutes = new Hono<AppEnv>()
  .post('/webhooks/invalidate', async (c) => {
    const bytes = await readJsonBytes(c.req.raw)
    const secrets = secretList(c.env.WEBHOOK_SECRETS, 'WEBHOOK_SECRETS')
    const deps = adminDeps(c)
    const signature = c.req.header('x-authz-signature')
    await verifyWebhookSignature(signature, bytes, secrets, Math.floor(deps.now() / 1000))
    const answer = await invalidateTenant(deps, parseJson(bytes, InvalidateBody))
    return c.json(answer.value, 202, writeHeaders(answer))
  })
  .post('/tenants', async (c) => {
    await requireOperator(c)
    const body = await readJson(c, TenantCreateBody)
    const answer = await provisionTenant(adminDeps(c), body)
    return c.json(answer, 201, { Location: `/v1/tenants/${body.id}` })
  })
