/** @module Decision answers (zod): what check, batch, scope, me and catalog return, for /openapi.json. */
import { z } from 'zod'
import { ADDONS, LEVELS, MODULE_KEYS, PRODUCTS, REPORT_KEYS } from '../catalog'
import { REASON_CODES } from '../engine/reasons'

/** Every reason the engine gives (SPEC §5): the engine's own list, complete by its type check. */
const REASONS = REASON_CODES

export const Level = z.enum(LEVELS)
export const Addon = z.enum(ADDONS)
export const Product = z.enum(PRODUCTS)
export const ReportKey = z.enum(REPORT_KEYS)
export const TenantVersion = z
  .number()
  .int()
  .min(0)
  .meta({ description: 'The tenant version the answer is based on (SPEC §8)' })
export const AddonSwitches = z.object({ audio: z.boolean(), score: z.boolean() })

export const Decision = z
  .object({
    allowed: z.boolean(),
    reason: z.enum(REASONS),
    level: Level.meta({ description: 'The effective level the user holds for the permission' }),
  })
  .meta({ id: 'Decision' })

export const CheckResponse = Decision.extend({ version: TenantVersion }).meta({
  id: 'CheckResponse',
})

export const BatchResponse = z
  .object({
    results: z.array(Decision).meta({ description: 'One decision per check, in order' }),
    version: TenantVersion,
  })
  .meta({ id: 'BatchCheckResponse' })

export const ScopeResponse = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('none') }),
    z.object({
      kind: z.literal('filter'),
      groupIds: z.array(z.string()),
      userId: z.string().meta({ description: 'Rows owned by or assigned to this user match too' }),
    }),
  ])
  .and(z.object({ version: TenantVersion }))
  .meta({ id: 'ScopeResponse' })

const MeUser = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  homeGroupId: z.string(),
  addons: AddonSwitches,
})

const VisibleModule = z.object({
  key: z.enum(MODULE_KEYS),
  product: Product,
  submodules: z.record(z.string(), z.record(z.string(), Level)).meta({
    description: 'submodule -> action -> effective level (`none` where a required add-on is off)',
  }),
})

export const MeResponse = z
  .object({
    user: MeUser,
    role: z.object({ id: z.string(), name: z.string() }),
    addons: AddonSwitches,
    groups: z.array(z.string()).meta({ description: 'The groups the user can access' }),
    reports: z.array(ReportKey),
    modules: z.array(VisibleModule).meta({ description: 'Modules of enabled products' }),
    addonRequired: z.record(z.string(), Addon).meta({
      description:
        'permission -> add-on: entries the role grants but whose required add-on is off ' +
        '(their level above is `none`; a check answers `addon_required`)',
    }),
    version: TenantVersion,
  })
  .meta({ id: 'MeResponse' })

export const CatalogResponse = z
  .object({
    products: z.array(z.object({ key: Product, modules: z.array(z.enum(MODULE_KEYS)) })),
    modules: z.array(
      z.object({
        key: z.enum(MODULE_KEYS),
        product: Product,
        submodules: z.array(
          z.object({
            key: z.string(),
            actions: z.array(z.string()),
            description: z.string().optional(),
          }),
        ),
      }),
    ),
    permissions: z.array(
      z.object({
        key: z.string(),
        module: z.enum(MODULE_KEYS),
        submodule: z.string(),
        action: z.string(),
        levels: z.array(Level).meta({ description: 'Levels a role may give it, ascending' }),
      }),
    ),
    levels: z.array(Level),
    reports: z.array(z.object({ key: ReportKey, product: Product })),
    addons: z.array(z.object({ key: Addon, default: z.boolean() })),
    version: TenantVersion,
  })
  .meta({ id: 'CatalogResponse', description: "The catalog limited to the tenant's products" })

export const HealthResponse = z.object({ status: z.literal('ok') }).meta({ id: 'HealthResponse' })

export const OpenApiResponse = z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'OpenApiDocument', description: 'This document (OpenAPI 3.1)' })
