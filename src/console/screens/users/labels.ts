/** @module Words the Users screens show for catalog keys, levels and add-ons. */
import type { Addon, Level } from '../../../catalog'

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  none: 'Disabled',
  own: 'Own',
  group: 'Group',
  all: 'All',
}

/** The add-on switches as seed 004 names them (SPEC §10: labelled exactly so). */
export const ADDON_LABELS: Readonly<Record<Addon, string>> = {
  audio: 'Audio access',
  score: 'Score conversations',
}

/** `tracking_numbers` → `Tracking numbers`. */
export const humanize = (key: string): string => {
  const words = key.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The Explain screen's URL for a user and a permission (the contract between screens). */
export const explainHref = (userId: string, permission: string): string =>
  `/console/explain?${new URLSearchParams({ user: userId, permission })}`

export const userHref = (id: string): string => `/console/users/${encodeURIComponent(id)}`
