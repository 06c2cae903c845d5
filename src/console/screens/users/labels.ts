/** @module Words the Users screens show for catalog keys, levels and add-ons. */
import { explainHref as explainLink } from '../explain/query'

export { ADDON_LABELS, LEVEL_LABELS } from '../../../engine'

/** `tracking_numbers` → `Tracking numbers`. */
export { humanize } from '../roles/labels'

/** The Explain screen's URL for a user and a permission (the contract between screens). */
export const explainHref = (userId: string, permission: string): string =>
  explainLink({ user: userId, permission })

export const userHref = (id: string): string => `/console/users/${encodeURIComponent(id)}`
