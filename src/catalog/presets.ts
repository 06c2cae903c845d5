/** @module The eight system role presets (SPEC §3), as data. */
import {
  PERMISSIONS,
  REPORT_KEYS,
  type Addon,
  type Level,
  type PermissionDef,
  type ReportKey,
} from './catalog'

export interface RoleEntry {
  readonly level: Level
  readonly requires?: Addon
}

/** Permission key -> entry; permissions left out are `none`. */
export type RolePermissions = Readonly<Record<string, RoleEntry>>

/** A default report of a role; `requires` makes it count only while the user has that add-on. */
export interface RoleReport {
  readonly key: ReportKey
  readonly requires?: Addon
}

export interface RolePreset {
  readonly id: SystemRoleId
  readonly name: string
  readonly comingSoon: boolean
  readonly permissions: RolePermissions
  readonly reports: readonly RoleReport[]
}

export const SYSTEM_ROLE_IDS = [
  'admin',
  'standard',
  'read_only',
  'identified_only',
  'scorer',
  'auditor',
  'agent',
  'team_lead',
] as const
export type SystemRoleId = (typeof SYSTEM_ROLE_IDS)[number]
export const isSystemRoleId = (id: string): id is SystemRoleId =>
  (SYSTEM_ROLE_IDS as readonly string[]).includes(id)

type Cell = 'G' | 'O' | 'A' | 'G+audio' | 'O+audio' | 'G+score' | ''
type Row = readonly [
  match: (p: PermissionDef) => boolean,
  cells: Readonly<Partial<Record<SystemRoleId, Cell>>>,
]

const AI_MODULES = ['ai_metrics', 'ai_process', 'ai_tagging', 'ai_transcription']
const WD = ['write', 'delete']
const isAction = (p: PermissionDef, actions: readonly string[]) => actions.includes(p.action)

/** Roles that get `level` on a row; the rest of the eight get nothing. */
const every = (cell: Cell, except: readonly SystemRoleId[] = []) =>
  Object.fromEntries(SYSTEM_ROLE_IDS.filter((r) => !except.includes(r)).map((r) => [r, cell]))

/** SPEC §3, one row per line of the table. */
const TABLE: readonly Row[] = [
  [(p) => p.module === 'admin', { admin: 'G' }],
  [(p) => p.module === 'integrations', { admin: 'G' }],
  [(p) => p.module === 'profile', { ...every('O'), admin: 'G' }],
  [
    (p) => p.submodule === 'conversations' && p.action === 'read',
    { ...every('G'), identified_only: 'O', agent: 'O' },
  ],
  [(p) => p.submodule === 'conversations' && isAction(p, WD), { admin: 'G' }],
  [(p) => p.action === 'be_assigned', every('A', ['scorer', 'auditor'])],
  [
    (p) => p.submodule === 'audio',
    { ...every('G+audio'), identified_only: 'O+audio', agent: 'O+audio' },
  ],
  [
    (p) => p.module === 'analytics' && p.action === 'read',
    { admin: 'G', standard: 'G', read_only: 'G', scorer: 'G', auditor: 'G', team_lead: 'G' },
  ],
  [(p) => p.module === 'analytics' && isAction(p, WD), { admin: 'G' }],
  [
    (p) => AI_MODULES.includes(p.module) && p.action === 'read',
    { admin: 'G', standard: 'G', read_only: 'G', auditor: 'G' },
  ],
  [(p) => AI_MODULES.includes(p.module) && isAction(p, WD), { admin: 'G' }],
  [
    (p) => p.submodule === 'evaluations' && p.action === 'read',
    { ...every('G'), identified_only: 'O', agent: 'O' },
  ],
  [
    (p) => p.submodule === 'evaluations' && p.action === 'write',
    { admin: 'G+score', standard: 'G+score', scorer: 'G', auditor: 'G', team_lead: 'G' },
  ],
  [
    (p) => p.submodule === 'evaluations' && p.action === 'delete',
    { admin: 'G+score', standard: 'G+score', scorer: 'G' },
  ],
  [
    (p) => p.submodule === 'scorecards' && p.action === 'read',
    { admin: 'G+score', standard: 'G+score', scorer: 'G', auditor: 'G', team_lead: 'G' },
  ],
  [(p) => p.submodule === 'scorecards' && isAction(p, WD), { admin: 'G+score' }],
  [
    (p) => p.module === 'observability' && p.action === 'read',
    { admin: 'G', standard: 'G', read_only: 'G', auditor: 'G' },
  ],
  [(p) => p.module === 'observability' && isAction(p, WD), { admin: 'G' }],
  [
    (p) => p.module === 'knowledge_base' && p.action === 'read',
    { admin: 'G', standard: 'G', read_only: 'G', agent: 'G', team_lead: 'G' },
  ],
  [(p) => p.module === 'knowledge_base' && isAction(p, WD), { admin: 'G' }],
  [
    (p) => p.module === 'campaigns' && p.action === 'read',
    { admin: 'G', standard: 'G', read_only: 'G', scorer: 'G' },
  ],
  [(p) => p.module === 'campaigns' && isAction(p, WD), { admin: 'G', standard: 'O' }],
]

const CELL_LEVEL: Record<string, Level> = { G: 'group', O: 'own', A: 'all' }

const toEntry = (cell: Cell): RoleEntry | undefined => {
  if (cell === '') return undefined
  const [code, addon] = cell.split('+') as [string, Addon | undefined]
  const level = CELL_LEVEL[code]
  if (level === undefined) throw new Error(`bad preset cell ${cell}`)
  return addon === undefined ? { level } : { level, requires: addon }
}

const presetPermissions = (role: SystemRoleId): RolePermissions => {
  const out: Record<string, RoleEntry> = {}
  for (const p of PERMISSIONS) {
    const row = TABLE.find(([match]) => match(p))
    const entry = row && toEntry(row[1][role] ?? '')
    if (entry) out[p.key] = entry
  }
  return out
}

const ANALYTICS_REPORTS: readonly ReportKey[] = [
  'conversation_log',
  'campaign_performance',
  'tracking_numbers',
  'agent_activity',
]
const SCORING_REPORTS: readonly ReportKey[] = [
  'scoring_summary',
  'scorecard_results',
  'agent_scores',
]

const reports = (keys: readonly ReportKey[], requires?: Addon): RoleReport[] =>
  keys.map((key) => (requires ? { key, requires } : { key }))

const DEFAULT_REPORTS: Record<SystemRoleId, readonly RoleReport[]> = {
  admin: reports(REPORT_KEYS),
  auditor: reports(REPORT_KEYS),
  standard: [...reports(ANALYTICS_REPORTS), ...reports(SCORING_REPORTS, 'score')],
  read_only: reports(ANALYTICS_REPORTS),
  scorer: reports(['conversation_log', ...SCORING_REPORTS]),
  team_lead: reports(['conversation_log', 'agent_activity', 'scoring_summary']),
  identified_only: [],
  agent: [],
}

const NAMES: Record<SystemRoleId, string> = {
  admin: 'Admin',
  standard: 'Standard',
  read_only: 'Read-only',
  identified_only: 'Identified-only',
  scorer: 'Scorer',
  auditor: 'Auditor',
  agent: 'Agent',
  team_lead: 'Team Lead',
}

export const ROLE_PRESETS: Readonly<Record<SystemRoleId, RolePreset>> = Object.fromEntries(
  SYSTEM_ROLE_IDS.map((id) => [
    id,
    {
      id,
      name: NAMES[id],
      comingSoon: id === 'team_lead',
      permissions: presetPermissions(id),
      reports: DEFAULT_REPORTS[id],
    },
  ]),
) as Record<SystemRoleId, RolePreset>
