/** @module Use cases outside user tokens: the invalidation webhook, tenant provisioning. */
import type { z } from 'zod'
import { publishAfterWrite } from '../cache/authz-data'
import type { Product } from '../catalog'
import type { DecideDeps } from '../decide/deps'
import { AppError } from '../errors'
import { tenantVersion } from '../repos/tenant-repo'
import { insertTenant } from '../repos/tenant-seed'
import type { InvalidateBody, TenantCreateBody } from '../schemas'
import { commitWrite, type Written } from './commit'
import type { AdminDeps } from './deps'

export type InvalidateInput = z.output<typeof InvalidateBody>
export type TenantCreateInput = z.output<typeof TenantCreateBody>

export interface ProvisionedTenant {
  readonly tenant: {
    readonly id: string
    readonly name: string
    readonly products: string[]
    readonly grantScope: 'siblings' | 'same_level_or_below'
  }
  readonly rootGroupId: string
  readonly adminId: string
  readonly version: number
}

const MAX_ATTEMPTS = 3

/**
 * Bumps the tenant's version for an already verified webhook (audited `webhook.invalidate`),
 * retrying a concurrent write up to three times. 404 for an unknown tenant, 409
 * `version_conflict` when every attempt lost, 503 when D1 fails.
 */
export async function invalidateTenant(
  deps: AdminDeps,
  input: InvalidateInput,
): Promise<Written<{ version: number }>> {
  // Versions key every cache: a bump makes every location re-read the tenant from D1.
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const expectedVersion = await tenantVersion(deps.db, input.tenant)
    if (expectedVersion === undefined)
      throw new AppError('not_found', `no tenant "${input.tenant}"`)
    try {
      const { version, consistency } = await commitWrite(
        deps,
        { tenantId: input.tenant, actorId: 'webhook', expectedVersion },
        {
          changes: [],
          // Only a user's own compiled data goes stale for scope user; anything else is wider.
          reach: input.scope === 'user' ? 'user' : 'structure',
          audit: [
            {
              action: 'webhook.invalidate',
              targetType: input.scope,
              targetId: input.id ?? input.tenant,
              before: null,
              after: null,
            },
          ],
        },
      )
      return { value: { version }, consistency }
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'version_conflict')) throw error
    }
  }
  throw new AppError('version_conflict')
}

/**
 * Creates a tenant with its root group and first admin, at version 1, for an already
 * authenticated operator. 409 `id_taken` when the tenant exists, 503 when D1 fails (nothing is
 * written then).
 */
export async function provisionTenant(
  deps: DecideDeps,
  input: TenantCreateInput,
): Promise<ProvisionedTenant> {
  if ((await tenantVersion(deps.db, input.id)) !== undefined) {
    throw new AppError('id_taken', `a tenant "${input.id}" exists`)
  }
  await insertTenant(deps.db, {
    id: input.id,
    name: input.name,
    products: input.products as Product[],
    ...(input.grantScope ? { grantScope: input.grantScope } : {}),
    groups: [{ id: input.rootGroup.id, name: input.rootGroup.name, parentId: null }],
    users: [
      {
        id: input.admin.id,
        name: input.admin.name ?? input.admin.id,
        ...(input.admin.email ? { email: input.admin.email } : {}),
        roleId: 'admin',
        homeGroupId: input.rootGroup.id,
      },
    ],
  })
  await publishAfterWrite(deps, input.id)
  return {
    tenant: {
      id: input.id,
      name: input.name,
      products: ['core', ...input.products],
      grantScope: input.grantScope ?? 'siblings',
    },
    rootGroupId: input.rootGroup.id,
    adminId: input.admin.id,
    version: 1,
  }
}
