/** @module The words the roles screens show for catalog keys: modules, actions, levels, add-ons. */
const MODULE_NAMES: Readonly<Record<string, string>> = {
  admin: 'Admin',
  integrations: 'Integrations',
  profile: 'Profile',
  interactions: 'Interactions',
  analytics: 'Analytics',
  ai_metrics: 'AI Metrics',
  ai_process: 'AI Process',
  ai_tagging: 'AI Tagging',
  ai_transcription: 'AI Transcription',
  quality: 'Quality',
  observability: 'Observability',
  knowledge_base: 'Knowledge Base',
  campaigns: 'Campaigns',
}

/** `tracking_numbers` -> `Tracking numbers`: the catalog's keys are words joined by `_`. */
export const humanize = (key: string): string => {
  const text = key.replace(/_/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const moduleName = (key: string): string => MODULE_NAMES[key] ?? humanize(key)
export const submoduleName = humanize
export const actionName = humanize

/** SPEC §2 names the levels Disabled / Own / Group / All; the add-ons as seed 004's switches. */
export { ADDON_LABELS as ADDON_NAMES, LEVEL_LABELS as LEVEL_NAMES } from '../../../engine'

/** How a permission is named in the editor's labels and diffs: `Interactions · Audio · Listen`. */
export const permissionName = (module: string, submodule: string, action: string): string =>
  `${moduleName(module)} · ${submoduleName(submodule)} · ${actionName(action)}`
