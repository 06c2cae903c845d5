/** @module The static catalog (SPEC §2): products, modules, permissions, levels, add-ons, reports. */

export const LEVELS = ['none', 'own', 'group', 'all'] as const
export type Level = (typeof LEVELS)[number]

/** Rank of a level in `none < own < group < all`. */
export const levelRank = (level: Level): number => LEVELS.indexOf(level)

export const ADDONS = ['audio', 'score'] as const
export type Addon = (typeof ADDONS)[number]

/** Add-on values a new user starts with (seed 004 "User Permissions"). */
export const DEFAULT_ADDONS: Readonly<Record<Addon, boolean>> = { audio: true, score: false }

export const PRODUCTS = [
  'core',
  'interactions',
  'analytics',
  'ai_metrics',
  'ai_process',
  'ai_tagging',
  'ai_transcription',
  'quality',
  'observability',
  'knowledge_base',
  'conversation_intelligence',
] as const
export type Product = (typeof PRODUCTS)[number]

/** Products that cannot be switched off. */
export const ALWAYS_ON_PRODUCTS: readonly Product[] = ['core']

const CRUD = ['read', 'write', 'delete'] as const

interface SubmoduleDef {
  readonly actions: readonly string[]
  readonly description?: string
}

interface ModuleDef {
  readonly product: Product
  readonly submodules: Readonly<Record<string, SubmoduleDef>>
  /** Levels every permission of the module accepts (admin: none/group/all). */
  readonly levels?: readonly Level[]
}

const crud = (description?: string): SubmoduleDef =>
  description === undefined ? { actions: CRUD } : { actions: CRUD, description }

export const MODULES = {
  admin: {
    product: 'core',
    levels: ['none', 'group', 'all'],
    submodules: {
      users: crud(),
      groups: crud(),
      roles: crud(),
      routing: crud(),
      workflows: crud(),
      settings: crud(),
    },
  },
  integrations: { product: 'core', submodules: { integrations: crud() } },
  profile: { product: 'core', submodules: { preferences: { actions: ['read', 'write'] } } },
  interactions: {
    product: 'interactions',
    submodules: {
      conversations: { actions: [...CRUD, 'be_assigned'] },
      audio: { actions: ['listen', 'download', 'email'] },
    },
  },
  analytics: {
    product: 'analytics',
    submodules: { dashboards: crud(), exports: crud(), reports: { actions: ['read'] } },
  },
  ai_metrics: { product: 'ai_metrics', submodules: { metrics: crud() } },
  ai_process: { product: 'ai_process', submodules: { processes: crud() } },
  ai_tagging: { product: 'ai_tagging', submodules: { tags: crud() } },
  ai_transcription: { product: 'ai_transcription', submodules: { transcripts: crud() } },
  quality: {
    product: 'quality',
    submodules: {
      evaluations: crud(
        'Scoring a conversation: write = score, edit score, identify agent, attach scorecard; delete = remove scorecard or score',
      ),
      scorecards: crud('The Manage Scorecards page: scorecard templates'),
    },
  },
  observability: {
    product: 'observability',
    submodules: { reports: { actions: ['read'] }, alerts: crud() },
  },
  knowledge_base: { product: 'knowledge_base', submodules: { articles: crud() } },
  campaigns: {
    product: 'conversation_intelligence',
    submodules: { campaigns: crud(), tracking_numbers: crud(), conversation_actions: crud() },
  },
} as const satisfies Record<string, ModuleDef>

export type ModuleKey = keyof typeof MODULES
export const MODULE_KEYS = Object.keys(MODULES) as ModuleKey[]

export interface PermissionDef {
  /** `module.submodule:action` */
  readonly key: string
  readonly module: ModuleKey
  readonly submodule: string
  readonly action: string
  readonly product: Product
  /** Levels a role may give this permission, ascending. */
  readonly levels: readonly Level[]
  /** Position in PERMISSIONS; snapshots index by it. */
  readonly index: number
}

/** `be_assigned` is a capability of the user, not of a resource (SPEC §2): none or all. */
const levelsFor = (module: ModuleDef, action: string): readonly Level[] =>
  action === 'be_assigned' ? ['none', 'all'] : (module.levels ?? LEVELS)

const buildPermissions = (): PermissionDef[] => {
  const out: PermissionDef[] = []
  for (const module of MODULE_KEYS) {
    const def: ModuleDef = MODULES[module]
    for (const [submodule, sub] of Object.entries(def.submodules)) {
      for (const action of sub.actions) {
        out.push({
          key: `${module}.${submodule}:${action}`,
          module,
          submodule,
          action,
          product: def.product,
          levels: levelsFor(def, action),
          index: out.length,
        })
      }
    }
  }
  return out
}

export const PERMISSIONS: readonly PermissionDef[] = buildPermissions()
export const PERMISSION_BY_KEY: ReadonlyMap<string, PermissionDef> = new Map(
  PERMISSIONS.map((p) => [p.key, p]),
)

export const REPORT_PERMISSION = 'analytics.reports:read'

export const REPORTS = {
  conversation_log: 'analytics',
  campaign_performance: 'analytics',
  tracking_numbers: 'analytics',
  agent_activity: 'analytics',
  scoring_summary: 'quality',
  scorecard_results: 'quality',
  agent_scores: 'quality',
  observability_overview: 'observability',
} as const satisfies Record<string, Product>

export type ReportKey = keyof typeof REPORTS
export const REPORT_KEYS = Object.keys(REPORTS) as ReportKey[]
export const isReportKey = (key: string): key is ReportKey => Object.hasOwn(REPORTS, key)

/** Bumped whenever the catalog changes shape; part of every cache key of compiled data. */
export const CATALOG_VERSION = 1
