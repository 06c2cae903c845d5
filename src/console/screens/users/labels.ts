/** @module Words the Users screens show for catalog keys, levels and add-ons. */
export { ADDON_LABELS, LEVEL_LABELS } from '../../../engine'

/** `tracking_numbers` → `Tracking numbers`. */
export { humanize } from '../roles/labels'

/** The Explain screen's URL for a user and a permission (the contract between screens). */
export const explainHref = (userId: string, permission: string): string =>
  `/console/explain?${new URLSearchParams({ user: userId, permission })}`

export const userHref = (id: string): string => `/console/users/${encodeURIComponent(id)}`
