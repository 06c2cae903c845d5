// Generated from /openapi.json by `npm run client:types` (openapi-typescript). Do not edit.
export interface paths {
  readonly '/healthz': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Liveness: no auth, no storage */
    readonly get: operations['health']
    /** Not allowed: use GET */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    readonly head?: never
    /** Not allowed: use GET */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    readonly trace?: never
  }
  readonly '/openapi.json': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** This document */
    readonly get: operations['openApi']
    /** Not allowed: use GET */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    readonly head?: never
    /** Not allowed: use GET */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/webhooks/invalidate': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Not allowed: use POST */
    readonly get: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Signed invalidation: bumps the tenant version so every cache re-reads it */
    readonly post: operations['invalidate']
    /** Not allowed: use POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly head: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/tenants': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Not allowed: use POST */
    readonly get: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Provision a tenant with its root group and first admin (operator) */
    readonly post: operations['provisionTenant']
    /** Not allowed: use POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly head: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/check': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Not allowed: use POST */
    readonly get: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * May this user do this action on this resource?
     * @description `subject` (another user of the same tenant) needs a token with scope `authz:check` (else 403 `subject_not_allowed`). A permission not in the catalog is 400 `unknown_permission`; a deny is 200 with `allowed: false`.
     */
    readonly post: operations['check']
    /** Not allowed: use POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly head: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/check/batch': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Not allowed: use POST */
    readonly get: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Up to 100 checks, answered in order at one version
     * @description `subject` (another user of the same tenant) needs a token with scope `authz:check` (else 403 `subject_not_allowed`). A permission not in the catalog is 400 `unknown_permission`; a deny is 200 with `allowed: false`. An unknown permission anywhere fails the whole batch.
     */
    readonly post: operations['checkBatch']
    /** Not allowed: use POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly head: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/scope': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Not allowed: use POST */
    readonly get: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Which rows may this user see? All, none, or a filter that agrees with check
     * @description `subject` (another user of the same tenant) needs a token with scope `authz:check` (else 403 `subject_not_allowed`). A permission not in the catalog is 400 `unknown_permission`; a deny is 200 with `allowed: false`.
     */
    readonly post: operations['scope']
    /** Not allowed: use POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly head: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/me': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * Visibility for the caller: modules, levels, reports, groups, add-ons
     * @description Revalidate with If-None-Match: the ETag covers everything but `version`, so writes that change nothing for the caller keep it. 403 `unknown_user` if the token's user is not in its tenant.
     */
    readonly get: operations['me']
    /** Not allowed: use GET */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /** Not allowed: use GET */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/catalog': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** The catalog, limited to the tenant's enabled products */
    readonly get: operations['catalog']
    /** Not allowed: use GET */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /** Not allowed: use GET */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/roles': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * All roles, with their drift from defaults (enabled products only)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    readonly get: operations['listRoles']
    /** Not allowed: use GET, POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Create a custom role (its content is also what Reset restores)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Nobody creates a role above their own levels.
     */
    readonly post: operations['createRole']
    /** Not allowed: use GET, POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /** Not allowed: use GET, POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/roles/{id}': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * One role
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    readonly get: operations['getRole']
    /** Not allowed: use GET, DELETE, PATCH */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, DELETE, PATCH */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Delete a custom role no user holds
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    readonly delete: operations['deleteRole']
    /** Not allowed: use GET, DELETE, PATCH */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /**
     * Rename, or change permissions (merged; `none` removes) or reports (replaced)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    readonly patch: operations['updateRole']
    readonly trace?: never
  }
  readonly '/v1/roles/{id}/clone': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Not allowed: use POST */
    readonly get: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Clone any role into a new custom role
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    readonly post: operations['cloneRole']
    /** Not allowed: use POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly head: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/roles/{id}/reset': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Not allowed: use POST */
    readonly get: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Restore the preset (system role) or the copy the role started with
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    readonly post: operations['resetRole']
    /** Not allowed: use POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly head: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/groups': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * Groups in the caller’s scope, flat and as a tree
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    readonly get: operations['listGroups']
    /** Not allowed: use GET, POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Create a group below a parent (404 when the parent does not exist)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    readonly post: operations['createGroup']
    /** Not allowed: use GET, POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /** Not allowed: use GET, POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/groups/{id}': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * One group with its path and children
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    readonly get: operations['getGroup']
    /** Not allowed: use GET, DELETE, PATCH */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, DELETE, PATCH */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Delete a group without children or home users (never the root)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    readonly delete: operations['deleteGroup']
    /** Not allowed: use GET, DELETE, PATCH */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /**
     * Rename and/or move (no cycles; the root does not move)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    readonly patch: operations['updateGroup']
    readonly trace?: never
  }
  readonly '/v1/users': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * Users in the caller’s scope, by id, a page at a time
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Unknown query parameters are 400.
     */
    readonly get: operations['listUsers']
    /** Not allowed: use GET, POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Create a user
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Nobody changes their own role, add-ons, access or status; nobody assigns a role above their own levels or grants a group they cannot access. A referenced role or home group that does not exist is 404.
     */
    readonly post: operations['createUser']
    /** Not allowed: use GET, POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /** Not allowed: use GET, POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/users/{id}': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * One user with group entries, add-ons and report overrides
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    readonly get: operations['getUser']
    /** Not allowed: use GET, DELETE, PATCH */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, DELETE, PATCH */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Delete a user (never oneself)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    readonly delete: operations['deleteUser']
    /** Not allowed: use GET, DELETE, PATCH */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /**
     * Name, email, status (deactivation), role, home group
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Nobody changes their own role, add-ons, access or status; nobody assigns a role above their own levels or grants a group they cannot access. A referenced role or home group that does not exist is 404.
     */
    readonly patch: operations['updateUser']
    readonly trace?: never
  }
  readonly '/v1/users/{id}/access': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Not allowed: use PUT */
    readonly get: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Role, home group, group entries, add-ons, report overrides
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Nobody changes their own role, add-ons, access or status; nobody assigns a role above their own levels or grants a group they cannot access. A referenced role or home group that does not exist is 404. A given list replaces the stored one.
     */
    readonly put: operations['setUserAccess']
    /** Not allowed: use PUT */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use PUT */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use PUT */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use PUT */
    readonly head: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use PUT */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/tenant/products': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * Enabled and available products
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    readonly get: operations['getProducts']
    /**
     * Set the enabled products (core is always on)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Needs admin.settings:write over the whole tenant.
     */
    readonly put: operations['setProducts']
    /** Not allowed: use GET, PUT */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, PUT */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, PUT */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /** Not allowed: use GET, PUT */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/tenant/settings': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * Tenant settings (grant scope)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    readonly get: operations['getSettings']
    /**
     * Set the grant scope
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Needs admin.settings:write over the whole tenant.
     */
    readonly put: operations['setSettings']
    /** Not allowed: use GET, PUT */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, PUT */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, PUT */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /** Not allowed: use GET, PUT */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/audit': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * Admin writes, newest first, filtered, a page at a time
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Unknown query parameters are 400.
     */
    readonly get: operations['listAudit']
    /** Not allowed: use GET */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /** Not allowed: use GET */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/events/ticket': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** Not allowed: use POST */
    readonly get: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * A single-use ticket (60 s) to open the push WebSocket
     * @description Bound to the tenant and user of the token; 403 `unknown_user` when the user is not in the tenant, 403 `forbidden` (reason `user_disabled`) when deactivated.
     */
    readonly post: operations['eventTicket']
    /** Not allowed: use POST */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly head: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/events': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /**
     * The tenant's version, pushed over a WebSocket
     * @description Authenticated by the ticket alone (a browser sends no header on a WebSocket). The socket receives a `VersionEvent` once on connect and within 1 s of every committed change of the tenant's version (a burst may arrive as one message with the latest version); versions never go down. It only listens: a text `ping` is answered `pong`. Refetch /v1/me (If-None-Match, X-Authz-Consistency of the message) when the version grows. A request without `Upgrade: websocket` is 426 and leaves the ticket unused; a missing, malformed, unknown, used or expired ticket is 401 `invalid_ticket` (with that `reason`) before any upgrade.
     */
    readonly get: operations['events']
    /** Not allowed: use GET */
    readonly put: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly post: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly delete: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    readonly options: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly head?: never
    /** Not allowed: use GET */
    readonly patch: {
      readonly parameters: {
        readonly query?: never
        readonly header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        readonly path?: never
        readonly cookie?: never
      }
      readonly requestBody?: never
      readonly responses: {
        readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
        readonly 405: components['responses']['Problem.405.method_not_allowed']
        readonly 500: components['responses']['Problem.500.internal.misconfigured']
        readonly 503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    readonly trace?: never
  }
  readonly '/v1/forward-auth/{map}': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** May the original request through? (forward auth, GET) */
    readonly get: operations['forwardAuthGet']
    /** May the original request through? (forward auth, PUT) */
    readonly put: operations['forwardAuthPut']
    /** May the original request through? (forward auth, POST) */
    readonly post: operations['forwardAuthPost']
    /** May the original request through? (forward auth, DELETE) */
    readonly delete: operations['forwardAuthDelete']
    /** May the original request through? (forward auth, OPTIONS) */
    readonly options: operations['forwardAuthOptions']
    /** May the original request through? (forward auth, HEAD) */
    readonly head: operations['forwardAuthHead']
    /** May the original request through? (forward auth, PATCH) */
    readonly patch: operations['forwardAuthPatch']
    readonly trace?: never
  }
  readonly '/v1/forward-auth/{map}/{path}': {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    /** May the original request through? (forward auth, GET) */
    readonly get: operations['forwardAuthPathGet']
    /** May the original request through? (forward auth, PUT) */
    readonly put: operations['forwardAuthPathPut']
    /** May the original request through? (forward auth, POST) */
    readonly post: operations['forwardAuthPathPost']
    /** May the original request through? (forward auth, DELETE) */
    readonly delete: operations['forwardAuthPathDelete']
    /** May the original request through? (forward auth, OPTIONS) */
    readonly options: operations['forwardAuthPathOptions']
    /** May the original request through? (forward auth, HEAD) */
    readonly head: operations['forwardAuthPathHead']
    /** May the original request through? (forward auth, PATCH) */
    readonly patch: operations['forwardAuthPathPatch']
    readonly trace?: never
  }
}
export type webhooks = Record<string, never>
export interface components {
  schemas: {
    readonly AuditEntry: {
      /** @description Also the cursor: pass it to read older */
      readonly id: number
      /** @description Unix milliseconds */
      readonly at: number
      /** @description A user id, or `webhook` */
      readonly actorId: string
      /** @example role.update */
      readonly action: string
      /** @enum {string} */
      readonly targetType: 'role' | 'group' | 'user' | 'tenant'
      readonly targetId: string
      /** @description The target before the write (JSON), or null */
      readonly before: unknown
      /** @description The target after the write (JSON), or null */
      readonly after: unknown
      /** @description The tenant version it produced */
      readonly version: number
    }
    readonly AuditPageResponse: {
      /** @description Newest first */
      readonly entries: readonly components['schemas']['AuditEntry'][]
      /** @description The cursor of the next (older) page; null at the end */
      readonly next: number | null
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly BatchCheckRequest: {
      readonly checks: readonly components['schemas']['CheckRequest'][]
    }
    readonly BatchCheckResponse: {
      /** @description One decision per check, in order */
      readonly results: readonly components['schemas']['Decision'][]
      /** @description The tenant version the answer is based on (SPEC §8) */
      readonly version: number
    }
    /** @description The catalog limited to the tenant's products */
    readonly CatalogResponse: {
      readonly products: readonly {
        /** @enum {string} */
        readonly key:
          | 'core'
          | 'interactions'
          | 'analytics'
          | 'ai_metrics'
          | 'ai_process'
          | 'ai_tagging'
          | 'ai_transcription'
          | 'quality'
          | 'observability'
          | 'knowledge_base'
          | 'conversation_intelligence'
        readonly modules: readonly (
          | 'admin'
          | 'integrations'
          | 'profile'
          | 'interactions'
          | 'analytics'
          | 'ai_metrics'
          | 'ai_process'
          | 'ai_tagging'
          | 'ai_transcription'
          | 'quality'
          | 'observability'
          | 'knowledge_base'
          | 'campaigns'
        )[]
      }[]
      readonly modules: readonly {
        /** @enum {string} */
        readonly key:
          | 'admin'
          | 'integrations'
          | 'profile'
          | 'interactions'
          | 'analytics'
          | 'ai_metrics'
          | 'ai_process'
          | 'ai_tagging'
          | 'ai_transcription'
          | 'quality'
          | 'observability'
          | 'knowledge_base'
          | 'campaigns'
        /** @enum {string} */
        readonly product:
          | 'core'
          | 'interactions'
          | 'analytics'
          | 'ai_metrics'
          | 'ai_process'
          | 'ai_tagging'
          | 'ai_transcription'
          | 'quality'
          | 'observability'
          | 'knowledge_base'
          | 'conversation_intelligence'
        readonly submodules: readonly {
          readonly key: string
          readonly actions: readonly string[]
          readonly description?: string
        }[]
      }[]
      readonly permissions: readonly {
        readonly key: string
        /** @enum {string} */
        readonly module:
          | 'admin'
          | 'integrations'
          | 'profile'
          | 'interactions'
          | 'analytics'
          | 'ai_metrics'
          | 'ai_process'
          | 'ai_tagging'
          | 'ai_transcription'
          | 'quality'
          | 'observability'
          | 'knowledge_base'
          | 'campaigns'
        readonly submodule: string
        readonly action: string
        /** @description Levels a role may give it, ascending */
        readonly levels: readonly ('none' | 'own' | 'group' | 'all')[]
      }[]
      readonly levels: readonly ('none' | 'own' | 'group' | 'all')[]
      readonly reports: readonly {
        /** @enum {string} */
        readonly key:
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        /** @enum {string} */
        readonly product:
          | 'core'
          | 'interactions'
          | 'analytics'
          | 'ai_metrics'
          | 'ai_process'
          | 'ai_tagging'
          | 'ai_transcription'
          | 'quality'
          | 'observability'
          | 'knowledge_base'
          | 'conversation_intelligence'
      }[]
      readonly addons: readonly {
        /** @enum {string} */
        readonly key: 'audio' | 'score'
        readonly default: boolean
      }[]
      /** @description The tenant version the answer is based on (SPEC §8) */
      readonly version: number
    }
    readonly CheckRequest: {
      /**
       * @description `module.submodule:action`
       * @example interactions.conversations:read
       */
      readonly permission: string
      readonly resource?: components['schemas']['Resource']
      /** @description Check on behalf of this user of the same tenant (needs scope authz:check) */
      readonly subject?: string
    }
    readonly CheckResponse: {
      readonly allowed: boolean
      /** @enum {string} */
      readonly reason:
        | 'unknown_user'
        | 'user_disabled'
        | 'product_disabled'
        | 'addon_required'
        | 'no_permission'
        | 'report_not_granted'
        | 'report_granted'
        | 'level_own'
        | 'level_group'
        | 'level_all'
        | 'own'
        | 'group_scope'
        | 'out_of_scope'
      /**
       * @description The effective level the user holds for the permission
       * @enum {string}
       */
      readonly level: 'none' | 'own' | 'group' | 'all'
      /** @description The tenant version the answer is based on (SPEC §8) */
      readonly version: number
    }
    readonly Decision: {
      readonly allowed: boolean
      /** @enum {string} */
      readonly reason:
        | 'unknown_user'
        | 'user_disabled'
        | 'product_disabled'
        | 'addon_required'
        | 'no_permission'
        | 'report_not_granted'
        | 'report_granted'
        | 'level_own'
        | 'level_group'
        | 'level_all'
        | 'own'
        | 'group_scope'
        | 'out_of_scope'
      /**
       * @description The effective level the user holds for the permission
       * @enum {string}
       */
      readonly level: 'none' | 'own' | 'group' | 'all'
    }
    readonly DeletedResponse: {
      /** @description The id deleted */
      readonly deleted: string
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly EventTicketResponse: {
      /** @description Single use, valid 60 s: connect with `GET /v1/events?ticket=<ticket>` */
      readonly ticket: string
      /** @description Unix milliseconds */
      readonly expiresAt: number
    }
    readonly GroupCreateRequest: {
      readonly id?: string
      readonly name: string
      readonly parentId: string
    }
    readonly GroupDetailResponse: {
      readonly group: {
        readonly id: string
        readonly name: string
        /** @description null for the root group */
        readonly parentId: string | null
        readonly depth: number
        /** @description Ancestor ids, root first */
        readonly path: readonly string[]
        /** @description Child group ids */
        readonly children: readonly string[]
      }
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly GroupListResponse: {
      /** @description The groups in the caller's scope, flat */
      readonly groups: readonly {
        readonly id: string
        readonly name: string
        /** @description null for the root group */
        readonly parentId: string | null
        readonly depth: number
      }[]
      /** @description The same groups nested under their nearest visible parent, in preorder */
      readonly tree: readonly components['schemas']['GroupTreeNode'][]
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    /** @description rename and/or move below another group */
    readonly GroupPatchRequest: {
      readonly name?: string
      readonly parentId?: string
    }
    /** @description The group as written */
    readonly GroupResponse: {
      readonly group: {
        readonly id: string
        readonly name: string
        /** @description null for the root group */
        readonly parentId: string | null
      }
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly GroupTreeNode: {
      readonly id: string
      readonly name: string
      readonly children: readonly components['schemas']['GroupTreeNode'][]
    }
    readonly HealthResponse: {
      /** @constant */
      readonly status: 'ok'
    }
    readonly InvalidateRequest: {
      readonly tenant: string
      /** @enum {string} */
      readonly scope: 'tenant' | 'user' | 'role' | 'group'
      readonly id?: string
    }
    readonly MeResponse: {
      readonly user: {
        readonly id: string
        readonly name: string
        readonly email: string | null
        /** @enum {string} */
        readonly status: 'active' | 'disabled'
        readonly homeGroupId: string
        readonly addons: {
          readonly audio: boolean
          readonly score: boolean
        }
      }
      readonly role: {
        readonly id: string
        readonly name: string
      }
      readonly addons: {
        readonly audio: boolean
        readonly score: boolean
      }
      /** @description The groups the user can access */
      readonly groups: readonly string[]
      readonly reports: readonly (
        | 'conversation_log'
        | 'campaign_performance'
        | 'tracking_numbers'
        | 'agent_activity'
        | 'scoring_summary'
        | 'scorecard_results'
        | 'agent_scores'
        | 'observability_overview'
      )[]
      /** @description Modules of enabled products */
      readonly modules: readonly {
        /** @enum {string} */
        readonly key:
          | 'admin'
          | 'integrations'
          | 'profile'
          | 'interactions'
          | 'analytics'
          | 'ai_metrics'
          | 'ai_process'
          | 'ai_tagging'
          | 'ai_transcription'
          | 'quality'
          | 'observability'
          | 'knowledge_base'
          | 'campaigns'
        /** @enum {string} */
        readonly product:
          | 'core'
          | 'interactions'
          | 'analytics'
          | 'ai_metrics'
          | 'ai_process'
          | 'ai_tagging'
          | 'ai_transcription'
          | 'quality'
          | 'observability'
          | 'knowledge_base'
          | 'conversation_intelligence'
        /** @description submodule -> action -> effective level (`none` where a required add-on is off) */
        readonly submodules: {
          readonly [key: string]: {
            readonly [key: string]: 'none' | 'own' | 'group' | 'all'
          }
        }
      }[]
      /** @description permission -> add-on: entries the role grants but whose required add-on is off (their level above is `none`; a check answers `addon_required`) */
      readonly addonRequired: {
        readonly [key: string]: 'audio' | 'score'
      }
      /** @description The tenant version the answer is based on (SPEC §8) */
      readonly version: number
    }
    /** @description This document (OpenAPI 3.1) */
    readonly OpenApiDocument: {
      readonly openapi: string
      readonly info: {
        readonly title: string
        readonly version: string
      } & {
        readonly [key: string]: unknown
      }
      readonly paths: {
        readonly [key: string]: unknown
      }
    } & {
      readonly [key: string]: unknown
    }
    readonly Problem: {
      /** @example urn:authz:problem:forbidden */
      readonly type: string
      readonly title: string
      readonly status: number
      /** @description Stable machine code; the operation lists its codes */
      readonly code: string
      readonly detail?: string
      /** @description The request path */
      readonly instance?: string
      /** @description Why a 403 `forbidden`: the SPEC §5 deny reason of the decision, or `user_disabled`, `exceeds_own_level`, `self_change`, `not_tenant_wide`, `operator_disabled`, `operator_secret`; why a 401 `invalid_ticket`: `missing`, `malformed`, `unknown`, `used`, `expired` */
      readonly reason?: string
      /** @description `invalid_request`, `invalid_group_access`: every failing path */
      readonly errors?: readonly {
        readonly path: string
        readonly message: string
      }[]
      /** @description `role_in_use`: how many users hold the role */
      readonly holders?: number
      /** @description `group_not_empty`: child groups */
      readonly children?: number
      /** @description `group_not_empty`: users whose home the group is */
      readonly homeUsers?: number
      /** @description `forbidden` with reason `exceeds_own_level`: the permissions above the caller */
      readonly permissions?: readonly string[]
      /** @description `version_not_reached`: the version the tenant is at */
      readonly version?: number
    } & {
      readonly [key: string]: unknown
    }
    readonly ProductsRequest: {
      /** @description the enabled products (core is always on) */
      readonly products: readonly (
        | 'interactions'
        | 'analytics'
        | 'ai_metrics'
        | 'ai_process'
        | 'ai_tagging'
        | 'ai_transcription'
        | 'quality'
        | 'observability'
        | 'knowledge_base'
        | 'conversation_intelligence'
      )[]
    }
    readonly ProductsResponse: {
      /** @description Enabled products, core first */
      readonly enabled: readonly (
        | 'core'
        | 'interactions'
        | 'analytics'
        | 'ai_metrics'
        | 'ai_process'
        | 'ai_tagging'
        | 'ai_transcription'
        | 'quality'
        | 'observability'
        | 'knowledge_base'
        | 'conversation_intelligence'
      )[]
      readonly available: readonly (
        | 'core'
        | 'interactions'
        | 'analytics'
        | 'ai_metrics'
        | 'ai_process'
        | 'ai_tagging'
        | 'ai_transcription'
        | 'quality'
        | 'observability'
        | 'knowledge_base'
        | 'conversation_intelligence'
      )[]
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly Resource: {
      /**
       * @description `report` and `user` have special meaning
       * @example conversation
       */
      readonly type: string
      readonly id: string
      readonly groupId?: string
      readonly ownerId?: string
      readonly assigneeIds?: readonly string[]
    }
    readonly Role: {
      readonly id: string
      readonly name: string
      readonly system: boolean
      readonly comingSoon: boolean
      readonly assignable: boolean
      /** @description permission -> entry, for enabled products only */
      readonly permissions: {
        readonly [key: string]: {
          /** @enum {string} */
          readonly level: 'none' | 'own' | 'group' | 'all'
          /** @enum {string} */
          readonly requires?: 'audio' | 'score'
        }
      }
      /** @description Default reports */
      readonly reports: readonly {
        /** @enum {string} */
        readonly key:
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        /** @enum {string} */
        readonly requires?: 'audio' | 'score'
      }[]
      /** @description How the role differs from its defaults: what Reset would undo */
      readonly drift: {
        readonly permissions: readonly {
          readonly permission: string
          readonly from: {
            /** @enum {string} */
            readonly level: 'none' | 'own' | 'group' | 'all'
            /** @enum {string} */
            readonly requires?: 'audio' | 'score'
          }
          readonly to: {
            /** @enum {string} */
            readonly level: 'none' | 'own' | 'group' | 'all'
            /** @enum {string} */
            readonly requires?: 'audio' | 'score'
          }
        }[]
        readonly reports: {
          readonly added: readonly {
            /** @enum {string} */
            readonly key:
              | 'conversation_log'
              | 'campaign_performance'
              | 'tracking_numbers'
              | 'agent_activity'
              | 'scoring_summary'
              | 'scorecard_results'
              | 'agent_scores'
              | 'observability_overview'
            /** @enum {string} */
            readonly requires?: 'audio' | 'score'
          }[]
          readonly removed: readonly {
            /** @enum {string} */
            readonly key:
              | 'conversation_log'
              | 'campaign_performance'
              | 'tracking_numbers'
              | 'agent_activity'
              | 'scoring_summary'
              | 'scorecard_results'
              | 'agent_scores'
              | 'observability_overview'
            /** @enum {string} */
            readonly requires?: 'audio' | 'score'
          }[]
        }
      }
    }
    readonly RoleCloneRequest: {
      readonly name: string
    }
    readonly RoleCreateRequest: {
      readonly name: string
      /** @description permission -> entry; `none` removes an entry */
      readonly permissions?: {
        readonly [key: string]: {
          /** @enum {string} */
          readonly level: 'none' | 'own' | 'group' | 'all'
          /** @enum {string} */
          readonly requires?: 'audio' | 'score'
        }
      }
      /** @description default reports */
      readonly reports?: readonly {
        /** @enum {string} */
        readonly key:
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        /** @enum {string} */
        readonly requires?: 'audio' | 'score'
      }[]
    }
    readonly RoleListResponse: {
      readonly roles: readonly components['schemas']['Role'][]
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly RolePatchRequest: {
      readonly name?: string
      /** @description merged into the stored permissions: a given key replaces that entry */
      readonly permissions?: {
        readonly [key: string]: {
          /** @enum {string} */
          readonly level: 'none' | 'own' | 'group' | 'all'
          /** @enum {string} */
          readonly requires?: 'audio' | 'score'
        }
      }
      /** @description replaces the list */
      readonly reports?: readonly {
        /** @enum {string} */
        readonly key:
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        /** @enum {string} */
        readonly requires?: 'audio' | 'score'
      }[]
    }
    readonly RoleResponse: {
      readonly role: components['schemas']['Role']
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly ScopeRequest: {
      /**
       * @description `module.submodule:action`
       * @example interactions.conversations:read
       */
      readonly permission: string
      readonly subject?: string
    }
    readonly ScopeResponse:
      | {
          /** @description The tenant version the answer is based on (SPEC §8) */
          readonly version: number
          /** @constant */
          readonly kind: 'all'
        }
      | {
          /** @description The tenant version the answer is based on (SPEC §8) */
          readonly version: number
          /** @constant */
          readonly kind: 'none'
        }
      | {
          /** @description The tenant version the answer is based on (SPEC §8) */
          readonly version: number
          /** @constant */
          readonly kind: 'filter'
          readonly groupIds: readonly string[]
          /** @description Rows owned by or assigned to this user match too */
          readonly userId: string
        }
    readonly SettingsRequest: {
      /** @enum {string} */
      readonly grantScope: 'siblings' | 'same_level_or_below'
    }
    readonly SettingsResponse: {
      /** @enum {string} */
      readonly grantScope: 'siblings' | 'same_level_or_below'
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly TenantCreateRequest: {
      readonly id: string
      readonly name: string
      readonly products: readonly (
        | 'interactions'
        | 'analytics'
        | 'ai_metrics'
        | 'ai_process'
        | 'ai_tagging'
        | 'ai_transcription'
        | 'quality'
        | 'observability'
        | 'knowledge_base'
        | 'conversation_intelligence'
      )[]
      /** @enum {string} */
      readonly grantScope?: 'siblings' | 'same_level_or_below'
      readonly rootGroup: {
        readonly id: string
        readonly name: string
      }
      readonly admin: {
        readonly id: string
        readonly name?: string
        /** Format: email */
        readonly email?: string
      }
    }
    readonly TenantProvisionedResponse: {
      readonly tenant: {
        readonly id: string
        readonly name: string
        /** @description Enabled products, core first */
        readonly products: readonly (
          | 'core'
          | 'interactions'
          | 'analytics'
          | 'ai_metrics'
          | 'ai_process'
          | 'ai_tagging'
          | 'ai_transcription'
          | 'quality'
          | 'observability'
          | 'knowledge_base'
          | 'conversation_intelligence'
        )[]
        /** @enum {string} */
        readonly grantScope: 'siblings' | 'same_level_or_below'
      }
      readonly rootGroupId: string
      readonly adminId: string
      /** @constant */
      readonly version: 1
    }
    readonly User: {
      readonly id: string
      readonly name: string
      readonly email: string | null
      readonly roleId: string
      readonly homeGroupId: string
      /** @enum {string} */
      readonly status: 'active' | 'disabled'
      readonly addons: {
        readonly audio: boolean
        readonly score: boolean
      }
      /** @description Explicit group entries */
      readonly groups: readonly {
        readonly groupId: string
        readonly allow: boolean
      }[]
      /** @description Report overrides */
      readonly reports: {
        readonly grant: readonly (
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        )[]
        readonly revoke: readonly (
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        )[]
      }
    }
    readonly UserAccessRequest: {
      readonly roleId?: string
      readonly homeGroupId?: string
      /** @description replaces the stored entries */
      readonly groups?: readonly {
        readonly groupId: string
        readonly allow: boolean
      }[]
      readonly addons?: {
        readonly audio?: boolean
        readonly score?: boolean
      }
      /** @description each given list replaces the stored one */
      readonly reports?: {
        readonly grant?: readonly (
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        )[]
        readonly revoke?: readonly (
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        )[]
      }
    }
    readonly UserCreateRequest: {
      readonly id: string
      readonly name?: string
      /** Format: email */
      readonly email?: string
      readonly roleId: string
      readonly homeGroupId: string
    }
    readonly UserPageResponse: {
      readonly users: readonly components['schemas']['UserSummary'][]
      /** @description The cursor of the next page; null at the end */
      readonly next: string | null
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly UserPatchRequest: {
      readonly name?: string
      readonly email?: string | null
      /** @enum {string} */
      readonly status?: 'active' | 'disabled'
      readonly roleId?: string
      readonly homeGroupId?: string
    }
    readonly UserResponse: {
      readonly user: components['schemas']['User']
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
    readonly UserSummary: {
      readonly id: string
      readonly name: string
      readonly email: string | null
      readonly roleId: string
      readonly homeGroupId: string
      /** @enum {string} */
      readonly status: 'active' | 'disabled'
      readonly addons: {
        readonly audio: boolean
        readonly score: boolean
      }
    }
    readonly VersionEvent: {
      /** @constant */
      readonly type: 'version'
      /** @description The tenant's version now; never lower than one the socket received before */
      readonly version: number
      /** @description The consistency token of `version`: send it as X-Authz-Consistency when refetching /v1/me to read at least this fresh (SPEC §8) */
      readonly consistency: string
    }
    /** @description The version after the invalidation */
    readonly VersionResponse: {
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      readonly version: number
    }
  }
  responses: {
    readonly NotFound: {
      headers: {
        readonly [name: string]: unknown
      }
      content?: never
    }
    /** @description `invalid_consistency_token`: X-Authz-Consistency is not a token of this service for this tenant; `invalid_request`: The request does not match the schema */
    readonly 'ForwardAuth.400.invalid_consistency_token.invalid_request': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        readonly 'X-Request-Id'?: string
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'X-Authz-User': components['headers']['X-Authz-User']
        readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
        readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
        readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
        readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 400
          /** @enum {unknown} */
          readonly code?: 'invalid_consistency_token' | 'invalid_request'
        }
      }
    }
    /** @description `invalid_token`: The bearer token is not valid; `unauthenticated`: A bearer token is required */
    readonly 'ForwardAuth.401.invalid_token.unauthenticated': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        readonly 'X-Request-Id'?: string
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'WWW-Authenticate': components['headers']['WWW-Authenticate']
        readonly 'X-Authz-User': components['headers']['X-Authz-User']
        readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
        readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
        readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
        readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 401
          /** @enum {unknown} */
          readonly code?: 'invalid_token' | 'unauthenticated'
        }
      }
    }
    /** @description `forbidden`: The caller may not do this; `no_route`: No route of the route map matches the request */
    readonly 'ForwardAuth.403.forbidden.no_route': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        readonly 'X-Request-Id'?: string
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'X-Authz-User': components['headers']['X-Authz-User']
        readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
        readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
        readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
        readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 403
          /** @enum {unknown} */
          readonly code?: 'forbidden' | 'no_route'
        }
      }
    }
    /** @description `version_not_reached`: The tenant has not reached the requested version */
    readonly 'ForwardAuth.409.version_not_reached': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        readonly 'X-Request-Id'?: string
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'X-Authz-User': components['headers']['X-Authz-User']
        readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
        readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
        readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
        readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 409
          /** @enum {unknown} */
          readonly code?: 'version_not_reached'
        }
      }
    }
    /** @description `internal`: Internal error; `misconfigured`: The service is misconfigured; `unknown_route_map`: No route map of that name is deployed */
    readonly 'ForwardAuth.500.internal.misconfigured.unknown_route_map': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        readonly 'X-Request-Id'?: string
        readonly 'Cache-Control': components['headers']['Cache-Control']
        /** @description The user id, `-` when not applicable */
        readonly 'X-Authz-User'?: string
        /** @description The tenant id, `-` when not applicable */
        readonly 'X-Authz-Tenant'?: string
        /** @description The user's level for the permission, as /v1/check reports it, or `-` */
        readonly 'X-Authz-Level'?: string
        /** @description The SPEC §5 reason of the decision, the problem code of a refusal, or `-` */
        readonly 'X-Authz-Reason'?: string
        /** @description The matched route pattern, or `-` */
        readonly 'X-Authz-Route'?: string
        /** @description Consistency token of the data the answer is based on: send it back in X-Authz-Consistency to read at least this fresh (SPEC §8) */
        readonly 'X-Authz-Consistency'?: string
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 500
          /** @enum {unknown} */
          readonly code?: 'internal' | 'misconfigured' | 'unknown_route_map'
        }
      }
    }
    /** @description `key_fetch_unavailable`: The signing keys could not be fetched; `storage_unavailable`: Storage is unavailable */
    readonly 'ForwardAuth.503.key_fetch_unavailable.storage_unavailable': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        readonly 'X-Request-Id'?: string
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'Retry-After': components['headers']['Retry-After']
        readonly 'X-Authz-User': components['headers']['X-Authz-User']
        readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
        readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
        readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
        readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 503
          /** @enum {unknown} */
          readonly code?: 'key_fetch_unavailable' | 'storage_unavailable'
        }
      }
    }
    /** @description `group_cycle`: A group cannot move below itself; `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema */
    readonly 'Problem.400.group_cycle.invalid_json.invalid_request': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 400
          /** @enum {unknown} */
          readonly code?: 'group_cycle' | 'invalid_json' | 'invalid_request'
        }
      }
    }
    /** @description `invalid_consistency_token`: X-Authz-Consistency is not a token of this service for this tenant; `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema; `unknown_permission`: The permission is not in the catalog */
    readonly 'Problem.400.invalid_consistency_token.invalid_json.invalid_request.unknown_permission': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 400
          /** @enum {unknown} */
          readonly code?:
            'invalid_consistency_token' | 'invalid_json' | 'invalid_request' | 'unknown_permission'
        }
      }
    }
    /** @description `invalid_consistency_token`: X-Authz-Consistency is not a token of this service for this tenant; `invalid_request`: The request does not match the schema */
    readonly 'Problem.400.invalid_consistency_token.invalid_request': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 400
          /** @enum {unknown} */
          readonly code?: 'invalid_consistency_token' | 'invalid_request'
        }
      }
    }
    /** @description `invalid_group_access`: The group entries break the group access rules; `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema; `role_unavailable`: The role cannot be assigned (coming soon) */
    readonly 'Problem.400.invalid_group_access.invalid_json.invalid_request.role_unavailable': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 400
          /** @enum {unknown} */
          readonly code?:
            'invalid_group_access' | 'invalid_json' | 'invalid_request' | 'role_unavailable'
        }
      }
    }
    /** @description `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema */
    readonly 'Problem.400.invalid_json.invalid_request': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 400
          /** @enum {unknown} */
          readonly code?: 'invalid_json' | 'invalid_request'
        }
      }
    }
    /** @description `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema; `unknown_permission`: The permission is not in the catalog */
    readonly 'Problem.400.invalid_json.invalid_request.unknown_permission': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 400
          /** @enum {unknown} */
          readonly code?: 'invalid_json' | 'invalid_request' | 'unknown_permission'
        }
      }
    }
    /** @description `invalid_request`: The request does not match the schema */
    readonly 'Problem.400.invalid_request': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 400
          /** @enum {unknown} */
          readonly code?: 'invalid_request'
        }
      }
    }
    /** @description `invalid_signature`: The webhook signature is missing, wrong or stale */
    readonly 'Problem.401.invalid_signature': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'WWW-Authenticate': components['headers']['WWW-Authenticate']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 401
          /** @enum {unknown} */
          readonly code?: 'invalid_signature'
        }
      }
    }
    /** @description `invalid_ticket`: The push ticket is missing, malformed, unknown, used or expired */
    readonly 'Problem.401.invalid_ticket': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'WWW-Authenticate': components['headers']['WWW-Authenticate']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 401
          /** @enum {unknown} */
          readonly code?: 'invalid_ticket'
        }
      }
    }
    /** @description `invalid_token`: The bearer token is not valid; `unauthenticated`: A bearer token is required */
    readonly 'Problem.401.invalid_token.unauthenticated': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'WWW-Authenticate': components['headers']['WWW-Authenticate']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 401
          /** @enum {unknown} */
          readonly code?: 'invalid_token' | 'unauthenticated'
        }
      }
    }
    /** @description `forbidden`: The caller may not do this */
    readonly 'Problem.403.forbidden': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 403
          /** @enum {unknown} */
          readonly code?: 'forbidden'
        }
      }
    }
    /** @description `forbidden`: The caller may not do this; `unknown_user`: The token's user is not known in its tenant */
    readonly 'Problem.403.forbidden.unknown_user': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 403
          /** @enum {unknown} */
          readonly code?: 'forbidden' | 'unknown_user'
        }
      }
    }
    /** @description `subject_not_allowed`: Checking on behalf of another user needs scope authz:check */
    readonly 'Problem.403.subject_not_allowed': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 403
          /** @enum {unknown} */
          readonly code?: 'subject_not_allowed'
        }
      }
    }
    /** @description `unknown_user`: The token's user is not known in its tenant */
    readonly 'Problem.403.unknown_user': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 403
          /** @enum {unknown} */
          readonly code?: 'unknown_user'
        }
      }
    }
    /** @description `not_found`: No such resource */
    readonly 'Problem.404.not_found': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 404
          /** @enum {unknown} */
          readonly code?: 'not_found'
        }
      }
    }
    /** @description `method_not_allowed`: Method not allowed on this resource */
    readonly 'Problem.405.method_not_allowed': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly Allow: components['headers']['Allow']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 405
          /** @enum {unknown} */
          readonly code?: 'method_not_allowed'
        }
      }
    }
    /** @description `group_not_empty`: The group has child groups or home users; `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    readonly 'Problem.409.group_not_empty.version_conflict': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 409
          /** @enum {unknown} */
          readonly code?: 'group_not_empty' | 'version_conflict'
        }
      }
    }
    /** @description `id_taken`: The id is already used in this tenant */
    readonly 'Problem.409.id_taken': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 409
          /** @enum {unknown} */
          readonly code?: 'id_taken'
        }
      }
    }
    /** @description `id_taken`: The id is already used in this tenant; `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    readonly 'Problem.409.id_taken.version_conflict': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 409
          /** @enum {unknown} */
          readonly code?: 'id_taken' | 'version_conflict'
        }
      }
    }
    /** @description `name_taken`: The name is already used in this tenant; `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    readonly 'Problem.409.name_taken.version_conflict': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 409
          /** @enum {unknown} */
          readonly code?: 'name_taken' | 'version_conflict'
        }
      }
    }
    /** @description `role_in_use`: The role is held by users and cannot be deleted; `system_role`: System roles cannot be deleted; `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    readonly 'Problem.409.role_in_use.system_role.version_conflict': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 409
          /** @enum {unknown} */
          readonly code?: 'role_in_use' | 'system_role' | 'version_conflict'
        }
      }
    }
    /** @description `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    readonly 'Problem.409.version_conflict': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 409
          /** @enum {unknown} */
          readonly code?: 'version_conflict'
        }
      }
    }
    /** @description `version_not_reached`: The tenant has not reached the requested version */
    readonly 'Problem.409.version_not_reached': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 409
          /** @enum {unknown} */
          readonly code?: 'version_not_reached'
        }
      }
    }
    /** @description `payload_too_large`: The body is larger than 64 KiB */
    readonly 'Problem.413.payload_too_large': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 413
          /** @enum {unknown} */
          readonly code?: 'payload_too_large'
        }
      }
    }
    /** @description `unsupported_media_type`: The body must be application/json */
    readonly 'Problem.415.unsupported_media_type': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 415
          /** @enum {unknown} */
          readonly code?: 'unsupported_media_type'
        }
      }
    }
    /** @description `upgrade_required`: This resource is a WebSocket: send Upgrade: websocket */
    readonly 'Problem.426.upgrade_required': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 426
          /** @enum {unknown} */
          readonly code?: 'upgrade_required'
        }
      }
    }
    /** @description `internal`: Internal error */
    readonly 'Problem.500.internal': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 500
          /** @enum {unknown} */
          readonly code?: 'internal'
        }
      }
    }
    /** @description `internal`: Internal error; `misconfigured`: The service is misconfigured */
    readonly 'Problem.500.internal.misconfigured': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 500
          /** @enum {unknown} */
          readonly code?: 'internal' | 'misconfigured'
        }
      }
    }
    /** @description `key_fetch_unavailable`: The signing keys could not be fetched */
    readonly 'Problem.503.key_fetch_unavailable': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'Retry-After': components['headers']['Retry-After']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 503
          /** @enum {unknown} */
          readonly code?: 'key_fetch_unavailable'
        }
      }
    }
    /** @description `key_fetch_unavailable`: The signing keys could not be fetched; `storage_unavailable`: Storage is unavailable */
    readonly 'Problem.503.key_fetch_unavailable.storage_unavailable': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'Retry-After': components['headers']['Retry-After']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 503
          /** @enum {unknown} */
          readonly code?: 'key_fetch_unavailable' | 'storage_unavailable'
        }
      }
    }
    /** @description `storage_unavailable`: Storage is unavailable */
    readonly 'Problem.503.storage_unavailable': {
      headers: {
        readonly 'X-Request-Id': components['headers']['X-Request-Id']
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly 'Retry-After': components['headers']['Retry-After']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 503
          /** @enum {unknown} */
          readonly code?: 'storage_unavailable'
        }
      }
    }
    /** @description `not_found`: No such resource */
    readonly 'UnknownPath.404.not_found': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        readonly 'X-Request-Id'?: string
        readonly 'Cache-Control': components['headers']['Cache-Control']
        readonly [name: string]: unknown
      }
      content: {
        readonly 'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          readonly status?: 404
          /** @enum {unknown} */
          readonly code?: 'not_found'
        }
      }
    }
  }
  parameters: {
    /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
    readonly 'X-Request-Id': string
    /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
    readonly 'X-Authz-Min-Version': number
    /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
    readonly 'X-Authz-Consistency': string
    /** @description ETags of a cached answer (or `*`): 304 with no body when one matches (weak comparison) */
    readonly 'If-None-Match': string
    /** @description Method of the original request (Traefik, Caddy, nginx) */
    readonly 'X-Forwarded-Method': string
    /** @description URI of the original request; when present it and X-Forwarded-Method are used */
    readonly 'X-Forwarded-Uri': string
    /** @description Method of the original request, when X-Forwarded-Uri is absent */
    readonly 'X-Original-Method': string
    /** @description URI of the original request, when X-Forwarded-Uri is absent */
    readonly 'X-Original-URI': string
    /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
    readonly Authorization: string
    /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
    readonly map: string
    /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
    readonly path: string
  }
  requestBodies: never
  headers: {
    /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
    readonly 'X-Request-Id': string
    /** @description `no-store` unless stated otherwise */
    readonly 'Cache-Control': string
    /** @description Consistency token of the data the answer is based on: send it back in X-Authz-Consistency to read at least this fresh (SPEC §8) */
    readonly 'X-Authz-Consistency': string
    /** @description `Bearer realm="authz"` without a token, `Bearer realm="authz", error="invalid_token"` for a bad one (RFC 6750 §3); `Signature …` for a bad webhook signature; `Ticket …` for a bad push ticket */
    readonly 'WWW-Authenticate': string
    /** @description Seconds to wait before retrying */
    readonly 'Retry-After': number
    /** @description The methods the path accepts */
    readonly Allow: string
    /** @description Weak ETag of the caller's visibility (everything but `version`) */
    readonly ETag: string
    /** @description `Authorization` */
    readonly Vary: string
    /** @description The URL of what was created */
    readonly Location: string
    /** @description The user id, `-` when not applicable */
    readonly 'X-Authz-User': string
    /** @description The tenant id, `-` when not applicable */
    readonly 'X-Authz-Tenant': string
    /** @description The user's level for the permission, as /v1/check reports it, or `-` */
    readonly 'X-Authz-Level': string
    /** @description The SPEC §5 reason of the decision, the problem code of a refusal, or `-` */
    readonly 'X-Authz-Reason': string
    /** @description The matched route pattern, or `-` */
    readonly 'X-Authz-Route': string
  }
  pathItems: never
}
export type $defs = Record<string, never>
export interface operations {
  readonly health: {
    readonly parameters: {
      readonly query?: never
      readonly header?: never
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Alive */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['HealthResponse']
        }
      }
    }
  }
  readonly openApi: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description OpenAPI 3.1 */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['OpenApiDocument']
        }
      }
      readonly 500: components['responses']['Problem.500.internal']
    }
  }
  readonly invalidate: {
    readonly parameters: {
      readonly query?: never
      readonly header: {
        /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`; any secret of WEBHOOK_SECRETS, |now − t| ≤ 300 s (else 401 `invalid_signature`) */
        readonly 'X-Authz-Signature': string
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['InvalidateRequest']
      }
    }
    readonly responses: {
      /** @description Accepted: the new version */
      readonly 202: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['VersionResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_json.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_signature']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.storage_unavailable']
    }
  }
  readonly provisionTenant: {
    readonly parameters: {
      readonly query?: never
      readonly header: {
        /** @description OPERATOR_SECRET (403 `forbidden` with reason `operator_secret` when missing or wrong, `operator_disabled` when provisioning is off) */
        readonly 'X-Operator-Secret': string
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['TenantCreateRequest']
      }
    }
    readonly responses: {
      /** @description The tenant */
      readonly 201: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly Location: components['headers']['Location']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['TenantProvisionedResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_json.invalid_request']
      readonly 403: components['responses']['Problem.403.forbidden']
      readonly 409: components['responses']['Problem.409.id_taken']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.storage_unavailable']
    }
  }
  readonly check: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['CheckRequest']
      }
    }
    readonly responses: {
      /** @description The decision and its version */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['CheckResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_consistency_token.invalid_json.invalid_request.unknown_permission']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.subject_not_allowed']
      readonly 409: components['responses']['Problem.409.version_not_reached']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly checkBatch: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['BatchCheckRequest']
      }
    }
    readonly responses: {
      /** @description The decisions, in order */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['BatchCheckResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_consistency_token.invalid_json.invalid_request.unknown_permission']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.subject_not_allowed']
      readonly 409: components['responses']['Problem.409.version_not_reached']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly scope: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ScopeRequest']
      }
    }
    readonly responses: {
      /** @description The filter */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['ScopeResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_consistency_token.invalid_json.invalid_request.unknown_permission']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.subject_not_allowed']
      readonly 409: components['responses']['Problem.409.version_not_reached']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly me: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description ETags of a cached answer (or `*`): 304 with no body when one matches (weak comparison) */
        readonly 'If-None-Match'?: components['parameters']['If-None-Match']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The caller’s visibility (`Cache-Control: private, no-cache`, `Vary: Authorization`) */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly ETag: components['headers']['ETag']
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly Vary: components['headers']['Vary']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['MeResponse']
        }
      }
      /** @description If-None-Match matched: no body, the same ETag */
      readonly 304: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly ETag: components['headers']['ETag']
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly Vary: components['headers']['Vary']
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['Problem.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.unknown_user']
      readonly 409: components['responses']['Problem.409.version_not_reached']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly catalog: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The catalog */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['CatalogResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.unknown_user']
      readonly 409: components['responses']['Problem.409.version_not_reached']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly listRoles: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The roles */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['RoleListResponse']
        }
      }
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly createRole: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RoleCreateRequest']
      }
    }
    readonly responses: {
      /** @description The role */
      readonly 201: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly Location: components['headers']['Location']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['RoleResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_json.invalid_request.unknown_permission']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 409: components['responses']['Problem.409.name_taken.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly getRole: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The role */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['RoleResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly deleteRole: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The id deleted */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['DeletedResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.role_in_use.system_role.version_conflict']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly updateRole: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RolePatchRequest']
      }
    }
    readonly responses: {
      /** @description The role */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['RoleResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_json.invalid_request.unknown_permission']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.name_taken.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly cloneRole: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RoleCloneRequest']
      }
    }
    readonly responses: {
      /** @description The new role */
      readonly 201: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly Location: components['headers']['Location']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['RoleResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_json.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.name_taken.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly resetRole: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The role */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['RoleResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.version_conflict']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly listGroups: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The groups */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['GroupListResponse']
        }
      }
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly createGroup: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['GroupCreateRequest']
      }
    }
    readonly responses: {
      /** @description The group */
      readonly 201: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly Location: components['headers']['Location']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['GroupResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_json.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.id_taken.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly getGroup: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A group id */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The group */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['GroupDetailResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly deleteGroup: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A group id */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The id deleted */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['DeletedResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.group_not_empty.version_conflict']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly updateGroup: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A group id */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['GroupPatchRequest']
      }
    }
    readonly responses: {
      /** @description The group (no X-Authz-Consistency when nothing changed) */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          /** @description Consistency token of the data the answer is based on: send it back in X-Authz-Consistency to read at least this fresh (SPEC §8) */
          readonly 'X-Authz-Consistency'?: string
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['GroupResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.group_cycle.invalid_json.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly listUsers: {
    readonly parameters: {
      readonly query?: {
        readonly cursor?: string
        readonly limit?: number
        readonly groupId?: string
        /** @description only users whose id, email or name starts with this (case-insensitive) */
        readonly q?: string
      }
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description A page of users */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['UserPageResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly createUser: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['UserCreateRequest']
      }
    }
    readonly responses: {
      /** @description The user */
      readonly 201: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly Location: components['headers']['Location']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['UserResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_group_access.invalid_json.invalid_request.role_unavailable']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.id_taken.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly getUser: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A user id */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The user */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['UserResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly deleteUser: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A user id */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The id deleted */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['DeletedResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.version_conflict']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly updateUser: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A user id */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['UserPatchRequest']
      }
    }
    readonly responses: {
      /** @description The user */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['UserResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_group_access.invalid_json.invalid_request.role_unavailable']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly setUserAccess: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A user id */
        readonly id: string
      }
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['UserAccessRequest']
      }
    }
    readonly responses: {
      /** @description The user */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['UserResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_group_access.invalid_json.invalid_request.role_unavailable']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly getProducts: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The products */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['ProductsResponse']
        }
      }
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly setProducts: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ProductsRequest']
      }
    }
    readonly responses: {
      /** @description The products */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['ProductsResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_json.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly getSettings: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The settings */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['SettingsResponse']
        }
      }
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly setSettings: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['SettingsRequest']
      }
    }
    readonly responses: {
      /** @description The settings */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['SettingsResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_json.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 404: components['responses']['Problem.404.not_found']
      readonly 409: components['responses']['Problem.409.version_conflict']
      readonly 413: components['responses']['Problem.413.payload_too_large']
      readonly 415: components['responses']['Problem.415.unsupported_media_type']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly listAudit: {
    readonly parameters: {
      readonly query?: {
        readonly targetType?: 'role' | 'group' | 'user' | 'tenant'
        readonly targetId?: string
        readonly actorId?: string
        /** @description unix ms, inclusive */
        readonly since?: number
        /** @description unix ms, exclusive */
        readonly until?: number
        readonly cursor?: number
        readonly limit?: number
      }
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description A page of audit entries */
      readonly 200: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['AuditPageResponse']
        }
      }
      readonly 400: components['responses']['Problem.400.invalid_request']
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly eventTicket: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description The ticket (never stored) */
      readonly 201: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly [name: string]: unknown
        }
        content: {
          readonly 'application/json': components['schemas']['EventTicketResponse']
        }
      }
      readonly 401: components['responses']['Problem.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['Problem.403.forbidden.unknown_user']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly events: {
    readonly parameters: {
      readonly query: {
        /** @description The ticket of POST /v1/events/ticket */
        readonly ticket: string
      }
      readonly header: {
        /** @description `websocket` (else 426 `upgrade_required`) */
        readonly Upgrade: string
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path?: never
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Switching Protocols: the WebSocket; each message is a JSON `VersionEvent` */
      readonly 101: {
        headers: {
          readonly 'X-Request-Id': components['headers']['X-Request-Id']
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 401: components['responses']['Problem.401.invalid_ticket']
      readonly 426: components['responses']['Problem.426.upgrade_required']
      readonly 500: components['responses']['Problem.500.internal.misconfigured']
      readonly 503: components['responses']['Problem.503.storage_unavailable']
    }
  }
  readonly forwardAuthGet: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPut: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPost: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthDelete: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthOptions: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthHead: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPatch: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPathGet: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        readonly path: components['parameters']['path']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPathPut: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        readonly path: components['parameters']['path']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPathPost: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        readonly path: components['parameters']['path']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPathDelete: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        readonly path: components['parameters']['path']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPathOptions: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        readonly path: components['parameters']['path']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPathHead: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        readonly path: components['parameters']['path']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  readonly forwardAuthPathPatch: {
    readonly parameters: {
      readonly query?: never
      readonly header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        readonly 'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        readonly 'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        readonly 'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        readonly Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        readonly 'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        readonly 'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        readonly 'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      readonly path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        readonly map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        readonly path: components['parameters']['path']
      }
      readonly cookie?: never
    }
    readonly requestBody?: never
    readonly responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      readonly 200: {
        headers: {
          readonly 'Cache-Control': components['headers']['Cache-Control']
          readonly 'X-Authz-User': components['headers']['X-Authz-User']
          readonly 'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          readonly 'X-Authz-Level': components['headers']['X-Authz-Level']
          readonly 'X-Authz-Reason': components['headers']['X-Authz-Reason']
          readonly 'X-Authz-Route': components['headers']['X-Authz-Route']
          readonly 'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          readonly 'X-Request-Id'?: string
          readonly [name: string]: unknown
        }
        content?: never
      }
      readonly 400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      readonly 401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      readonly 403: components['responses']['ForwardAuth.403.forbidden.no_route']
      readonly 409: components['responses']['ForwardAuth.409.version_not_reached']
      readonly 500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      readonly 503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
}
