/** @module Endpoints outside user tokens: the signed invalidation webhook, tenant provisioning. */
import { eq } from 'drizzle-orm'
import { Hono, type Context } from 'hono'
import type { Product } from '../catalog'
import { publishAfterWrite } from '../cache/authz-data'
import { verifyWebhookSignature } from '../auth/webhook-signature'
import { tenants } from '../db/schema'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { notifyVersion } from '../events/notify'
import { parseJson, readJson, readJsonBytes } from '../middleware/read-json'
import { commitAdminWrite } from '../repos/admin-write'
import { readD1 } from '../repos/authz-rows-repo'
import { tenantStatements } from '../repos/tenant-seed'
import { dataDeps } from './http-deps'
import { InvalidateBody, TenantCreateBody } from '../schemas'

const MAX_ATTEMPTS = 3

async function currentVersion(c: Context<AppEnv>, tenantId: string): Promise<number | undefined> {
  const [row] = await readD1(() =>
    dataDeps(c)
      .db.select({ version: tenants.version })
      .from(tenants)
      .where(eq(tenants.id, tenantId)),
  )
  return row?.version
}

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
    const bytes = await readJsonBytes(c)
    const secrets = (c.env.WEBHOOK_SECRETS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    if (secrets.length === 0) throw new AppError('misconfigured', 'WEBHOOK_SECRETS is not set')
    const deps = dataDeps(c)
    await verifyWebhookSignature(
      c.req.header('x-authz-signature'),
      bytes,
      secrets,
      Math.floor(deps.now() / 1000),
    )
    const body = parseJson(bytes, InvalidateBody)
    // Versions key every cache: a bump makes every location re-read the tenant from D1.
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const expectedVersion = await currentVersion(c, body.tenant)
      if (expectedVersion === undefined)
        throw new AppError('not_found', `no tenant "${body.tenant}"`)
      try {
        const primary = deps.primary()
        const version = await commitAdminWrite(primary.db, {
          tenantId: body.tenant,
          actorId: 'webhook',
          expectedVersion,
          now: deps.now(),
          changes: [],
          // Only a user's own compiled data goes stale for scope user; anything else is wider.
          reach: body.scope === 'user' ? 'user' : 'structure',
          audit: [
            {
              action: 'webhook.invalidate',
              targetType: body.scope,
              targetId: body.id ?? body.tenant,
              before: null,
              after: null,
            },
          ],
        })
        await publishAfterWrite(deps, body.tenant)
        // SPEC §8 push: after the commit, off the answer's path.
        c.executionCtx.waitUntil(notifyVersion(c.env, body.tenant, version))
        const bookmark = primary.bookmark()
        const token = await deps.tokens.sign({ tenant: body.tenant, version, bookmark })
        return c.json({ version }, 202, { 'X-Authz-Consistency': token })
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'version_conflict')) throw error
      }
    }
    throw new AppError('version_conflict')
  })
  .post('/tenants', async (c) => {
    await requireOperator(c)
    const body = await readJson(c, TenantCreateBody)
    const deps = dataDeps(c)
    if ((await currentVersion(c, body.id)) !== undefined) {
      throw new AppError('id_taken', `a tenant "${body.id}" exists`)
    }
    const statements = tenantStatements(deps.db, {
      id: body.id,
      name: body.name,
      products: body.products as Product[],
      ...(body.grantScope ? { grantScope: body.grantScope } : {}),
      groups: [{ id: body.rootGroup.id, name: body.rootGroup.name, parentId: null }],
      users: [
        {
          id: body.admin.id,
          name: body.admin.name ?? body.admin.id,
          ...(body.admin.email ? { email: body.admin.email } : {}),
          roleId: 'admin',
          homeGroupId: body.rootGroup.id,
        },
      ],
    })
    try {
      // One batch: the tenant exists whole or not at all.
      await deps.db.batch(statements as [(typeof statements)[number], ...typeof statements])
    } catch (error) {
      throw new AppError(
        'storage_unavailable',
        'provisioning failed; nothing was written',
        {},
        { cause: error },
      )
    }
    await publishAfterWrite(deps, body.id)
    c.header('Location', `/v1/tenants/${body.id}`)
    return c.json(
      {
        tenant: {
          id: body.id,
          name: body.name,
          products: ['core', ...body.products],
          grantScope: body.grantScope ?? 'siblings',
        },
        rootGroupId: body.rootGroup.id,
        adminId: body.admin.id,
        version: 1,
      },
      201,
    )
  })
