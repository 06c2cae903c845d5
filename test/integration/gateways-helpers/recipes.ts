// Facts about the gateway recipes that tests share: where they are shown, what they forward.

/** The document that shows every file under gateways/ verbatim. */
export const RECIPES_DOC = 'README.md'

/** The forward-auth endpoint every recipe calls: the demo route map. */
export const FORWARD_AUTH_PATH = '/v1/forward-auth/demo'

/** The answer headers every recipe passes to the app (SPEC §9). */
export const AUTHZ_HEADERS = [
  'X-Authz-User',
  'X-Authz-Tenant',
  'X-Authz-Level',
  'X-Authz-Reason',
  'X-Authz-Route',
  'X-Authz-Consistency',
] as const
