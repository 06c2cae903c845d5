// Generated from /openapi.json by `npm run client:types` (openapi-typescript). Do not edit.
export interface paths {
  '/healthz': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Liveness: no auth, no storage */
    get: operations['health']
    /** Not allowed: use GET */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    head?: never
    /** Not allowed: use GET */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    trace?: never
  }
  '/openapi.json': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** This document */
    get: operations['openApi']
    /** Not allowed: use GET */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    /** Not allowed: use GET */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    head?: never
    /** Not allowed: use GET */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal']
      }
    }
    trace?: never
  }
  '/v1/webhooks/invalidate': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Not allowed: use POST */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Signed invalidation: bumps the tenant version so every cache re-reads it */
    post: operations['invalidate']
    /** Not allowed: use POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    head: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/tenants': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Not allowed: use POST */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Provision a tenant with its root group and first admin (operator) */
    post: operations['provisionTenant']
    /** Not allowed: use POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    head: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/check': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Not allowed: use POST */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * May this user do this action on this resource?
     * @description `subject` (another user of the same tenant) needs a token with scope `authz:check` (else 403 `subject_not_allowed`). A permission not in the catalog is 400 `unknown_permission`; a deny is 200 with `allowed: false`.
     */
    post: operations['check']
    /** Not allowed: use POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    head: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/check/batch': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Not allowed: use POST */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Up to 100 checks, answered in order at one version
     * @description `subject` (another user of the same tenant) needs a token with scope `authz:check` (else 403 `subject_not_allowed`). A permission not in the catalog is 400 `unknown_permission`; a deny is 200 with `allowed: false`. An unknown permission anywhere fails the whole batch.
     */
    post: operations['checkBatch']
    /** Not allowed: use POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    head: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/scope': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Not allowed: use POST */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Which rows may this user see? All, none, or a filter that agrees with check
     * @description `subject` (another user of the same tenant) needs a token with scope `authz:check` (else 403 `subject_not_allowed`). A permission not in the catalog is 400 `unknown_permission`; a deny is 200 with `allowed: false`.
     */
    post: operations['scope']
    /** Not allowed: use POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    head: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/me': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Visibility for the caller: modules, levels, reports, groups, add-ons
     * @description Revalidate with If-None-Match: the ETag covers everything but `version`, so writes that change nothing for the caller keep it. 403 `unknown_user` if the token's user is not in its tenant.
     */
    get: operations['me']
    /** Not allowed: use GET */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /** Not allowed: use GET */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/catalog': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The catalog, limited to the tenant's enabled products */
    get: operations['catalog']
    /** Not allowed: use GET */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /** Not allowed: use GET */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/roles': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * All roles, with their drift from defaults (enabled products only)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    get: operations['listRoles']
    /** Not allowed: use GET, POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Create a custom role (its content is also what Reset restores)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Nobody creates a role above their own levels.
     */
    post: operations['createRole']
    /** Not allowed: use GET, POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /** Not allowed: use GET, POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/roles/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * One role
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    get: operations['getRole']
    /** Not allowed: use GET, DELETE, PATCH */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, DELETE, PATCH */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Delete a custom role no user holds
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    delete: operations['deleteRole']
    /** Not allowed: use GET, DELETE, PATCH */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /**
     * Rename, or change permissions (merged; `none` removes) or reports (replaced)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    patch: operations['updateRole']
    trace?: never
  }
  '/v1/roles/{id}/clone': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Not allowed: use POST */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Clone any role into a new custom role
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    post: operations['cloneRole']
    /** Not allowed: use POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    head: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/roles/{id}/reset': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Not allowed: use POST */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Restore the preset (system role) or the copy the role started with
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    post: operations['resetRole']
    /** Not allowed: use POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    head: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/groups': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Groups in the caller’s scope, flat and as a tree
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    get: operations['listGroups']
    /** Not allowed: use GET, POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Create a group below a parent (404 when the parent does not exist)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    post: operations['createGroup']
    /** Not allowed: use GET, POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /** Not allowed: use GET, POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/groups/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * One group with its path and children
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    get: operations['getGroup']
    /** Not allowed: use GET, DELETE, PATCH */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, DELETE, PATCH */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Delete a group without children or home users (never the root)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    delete: operations['deleteGroup']
    /** Not allowed: use GET, DELETE, PATCH */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /**
     * Rename and/or move (no cycles; the root does not move)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    patch: operations['updateGroup']
    trace?: never
  }
  '/v1/users': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Users in the caller’s scope, by id, a page at a time
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Unknown query parameters are 400.
     */
    get: operations['listUsers']
    /** Not allowed: use GET, POST */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Create a user
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Nobody changes their own role, add-ons, access or status; nobody assigns a role above their own levels or grants a group they cannot access. A referenced role or home group that does not exist is 404.
     */
    post: operations['createUser']
    /** Not allowed: use GET, POST */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, POST */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /** Not allowed: use GET, POST */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/users/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * One user with group entries, add-ons and report overrides
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    get: operations['getUser']
    /** Not allowed: use GET, DELETE, PATCH */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, DELETE, PATCH */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Delete a user (never oneself)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged.
     */
    delete: operations['deleteUser']
    /** Not allowed: use GET, DELETE, PATCH */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /**
     * Name, email, status (deactivation), role, home group
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Nobody changes their own role, add-ons, access or status; nobody assigns a role above their own levels or grants a group they cannot access. A referenced role or home group that does not exist is 404.
     */
    patch: operations['updateUser']
    trace?: never
  }
  '/v1/users/{id}/access': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Not allowed: use PUT */
    get: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /**
     * Role, home group, group entries, add-ons, report overrides
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Nobody changes their own role, add-ons, access or status; nobody assigns a role above their own levels or grants a group they cannot access. A referenced role or home group that does not exist is 404. A given list replaces the stored one.
     */
    put: operations['setUserAccess']
    /** Not allowed: use PUT */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use PUT */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use PUT */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use PUT */
    head: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use PUT */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/tenant/products': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Enabled and available products
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    get: operations['getProducts']
    /**
     * Set the enabled products (core is always on)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Needs admin.settings:write over the whole tenant.
     */
    put: operations['setProducts']
    /** Not allowed: use GET, PUT */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, PUT */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, PUT */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /** Not allowed: use GET, PUT */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/tenant/settings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Tenant settings (grant scope)
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`.
     */
    get: operations['getSettings']
    /**
     * Set the grant scope
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Atomic: on any error nothing is written; 409 `version_conflict` when another write changed the tenant meanwhile (retry). A field left out is left unchanged. Needs admin.settings:write over the whole tenant.
     */
    put: operations['setSettings']
    /** Not allowed: use GET, PUT */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, PUT */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET, PUT */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /** Not allowed: use GET, PUT */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/audit': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /**
     * Admin writes, newest first, filtered, a page at a time
     * @description Authorized by the engine over the target (SPEC §6); the caller is read from storage, never from a cache. 403 `forbidden` carries the `reason`. Unknown query parameters are 400.
     */
    get: operations['listAudit']
    /** Not allowed: use GET */
    put: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    post: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    delete: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    /** Not allowed: use GET */
    options: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    head?: never
    /** Not allowed: use GET */
    patch: {
      parameters: {
        query?: never
        header?: {
          /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
          'X-Request-Id'?: components['parameters']['X-Request-Id']
        }
        path?: never
        cookie?: never
      }
      requestBody?: never
      responses: {
        401: components['responses']['Problem.401.invalid_token.unauthenticated']
        405: components['responses']['Problem.405.method_not_allowed']
        500: components['responses']['Problem.500.internal.misconfigured']
        503: components['responses']['Problem.503.key_fetch_unavailable']
      }
    }
    trace?: never
  }
  '/v1/forward-auth/{map}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** May the original request through? (forward auth, GET) */
    get: operations['forwardAuthGet']
    /** May the original request through? (forward auth, PUT) */
    put: operations['forwardAuthPut']
    /** May the original request through? (forward auth, POST) */
    post: operations['forwardAuthPost']
    /** May the original request through? (forward auth, DELETE) */
    delete: operations['forwardAuthDelete']
    /** May the original request through? (forward auth, OPTIONS) */
    options: operations['forwardAuthOptions']
    /** May the original request through? (forward auth, HEAD) */
    head: operations['forwardAuthHead']
    /** May the original request through? (forward auth, PATCH) */
    patch: operations['forwardAuthPatch']
    trace?: never
  }
  '/v1/forward-auth/{map}/{path}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** May the original request through? (forward auth, GET) */
    get: operations['forwardAuthPathGet']
    /** May the original request through? (forward auth, PUT) */
    put: operations['forwardAuthPathPut']
    /** May the original request through? (forward auth, POST) */
    post: operations['forwardAuthPathPost']
    /** May the original request through? (forward auth, DELETE) */
    delete: operations['forwardAuthPathDelete']
    /** May the original request through? (forward auth, OPTIONS) */
    options: operations['forwardAuthPathOptions']
    /** May the original request through? (forward auth, HEAD) */
    head: operations['forwardAuthPathHead']
    /** May the original request through? (forward auth, PATCH) */
    patch: operations['forwardAuthPathPatch']
    trace?: never
  }
}
export type webhooks = Record<string, never>
export interface components {
  schemas: {
    AuditEntry: {
      /** @description Also the cursor: pass it to read older */
      id: number
      /** @description Unix milliseconds */
      at: number
      /** @description A user id, or `webhook` */
      actorId: string
      /** @example role.update */
      action: string
      /** @enum {string} */
      targetType: 'role' | 'group' | 'user' | 'tenant'
      targetId: string
      /** @description The target before the write (JSON), or null */
      before: unknown
      /** @description The target after the write (JSON), or null */
      after: unknown
      /** @description The tenant version it produced */
      version: number
    }
    AuditPageResponse: {
      /** @description Newest first */
      entries: components['schemas']['AuditEntry'][]
      /** @description The cursor of the next (older) page; null at the end */
      next: number | null
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    BatchCheckRequest: {
      checks: components['schemas']['CheckRequest'][]
    }
    BatchCheckResponse: {
      /** @description One decision per check, in order */
      results: components['schemas']['Decision'][]
      /** @description The tenant version the answer is based on (SPEC §8) */
      version: number
    }
    /** @description The catalog limited to the tenant's products */
    CatalogResponse: {
      products: {
        /** @enum {string} */
        key:
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
        modules: (
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
      modules: {
        /** @enum {string} */
        key:
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
        product:
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
        submodules: {
          key: string
          actions: string[]
          description?: string
        }[]
      }[]
      permissions: {
        key: string
        /** @enum {string} */
        module:
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
        submodule: string
        action: string
        /** @description Levels a role may give it, ascending */
        levels: ('none' | 'own' | 'group' | 'all')[]
      }[]
      levels: ('none' | 'own' | 'group' | 'all')[]
      reports: {
        /** @enum {string} */
        key:
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        /** @enum {string} */
        product:
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
      addons: {
        /** @enum {string} */
        key: 'audio' | 'score'
        default: boolean
      }[]
      /** @description The tenant version the answer is based on (SPEC §8) */
      version: number
    }
    CheckRequest: {
      /**
       * @description `module.submodule:action`
       * @example interactions.conversations:read
       */
      permission: string
      resource?: components['schemas']['Resource']
      /** @description Check on behalf of this user of the same tenant (needs scope authz:check) */
      subject?: string
    }
    CheckResponse: {
      allowed: boolean
      /** @enum {string} */
      reason:
        | 'report_granted'
        | 'level_own'
        | 'level_group'
        | 'level_all'
        | 'own'
        | 'group_scope'
        | 'unknown_user'
        | 'user_disabled'
        | 'product_disabled'
        | 'addon_required'
        | 'no_permission'
        | 'report_not_granted'
        | 'out_of_scope'
      /**
       * @description The effective level the user holds for the permission
       * @enum {string}
       */
      level: 'none' | 'own' | 'group' | 'all'
      /** @description The tenant version the answer is based on (SPEC §8) */
      version: number
    }
    Decision: {
      allowed: boolean
      /** @enum {string} */
      reason:
        | 'report_granted'
        | 'level_own'
        | 'level_group'
        | 'level_all'
        | 'own'
        | 'group_scope'
        | 'unknown_user'
        | 'user_disabled'
        | 'product_disabled'
        | 'addon_required'
        | 'no_permission'
        | 'report_not_granted'
        | 'out_of_scope'
      /**
       * @description The effective level the user holds for the permission
       * @enum {string}
       */
      level: 'none' | 'own' | 'group' | 'all'
    }
    DeletedResponse: {
      /** @description The id deleted */
      deleted: string
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    GroupCreateRequest: {
      id?: string
      name: string
      parentId: string
    }
    GroupDetailResponse: {
      group: {
        id: string
        name: string
        /** @description null for the root group */
        parentId: string | null
        depth: number
        /** @description Ancestor ids, root first */
        path: string[]
        /** @description Child group ids */
        children: string[]
      }
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    GroupListResponse: {
      /** @description The groups in the caller's scope, flat */
      groups: {
        id: string
        name: string
        /** @description null for the root group */
        parentId: string | null
        depth: number
      }[]
      /** @description The same groups nested under their nearest visible parent, in preorder */
      tree: components['schemas']['GroupTreeNode'][]
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    /** @description rename and/or move below another group */
    GroupPatchRequest: {
      name?: string
      parentId?: string
    }
    /** @description The group as written */
    GroupResponse: {
      group: {
        id: string
        name: string
        /** @description null for the root group */
        parentId: string | null
      }
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    GroupTreeNode: {
      id: string
      name: string
      children: components['schemas']['GroupTreeNode'][]
    }
    HealthResponse: {
      /** @constant */
      status: 'ok'
    }
    InvalidateRequest: {
      tenant: string
      /** @enum {string} */
      scope: 'tenant' | 'user' | 'role' | 'group'
      id?: string
    }
    MeResponse: {
      user: {
        id: string
        name: string
        email: string | null
        /** @enum {string} */
        status: 'active' | 'disabled'
        homeGroupId: string
        addons: {
          audio: boolean
          score: boolean
        }
      }
      role: {
        id: string
        name: string
      }
      addons: {
        audio: boolean
        score: boolean
      }
      /** @description The groups the user can access */
      groups: string[]
      reports: (
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
      modules: {
        /** @enum {string} */
        key:
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
        product:
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
        submodules: {
          [key: string]: {
            [key: string]: 'none' | 'own' | 'group' | 'all'
          }
        }
      }[]
      /** @description permission -> add-on: entries the role grants but whose required add-on is off (their level above is `none`; a check answers `addon_required`) */
      addonRequired: {
        [key: string]: 'audio' | 'score'
      }
      /** @description The tenant version the answer is based on (SPEC §8) */
      version: number
    }
    /** @description This document (OpenAPI 3.1) */
    OpenApiDocument: {
      openapi: string
      info: {
        title: string
        version: string
      } & {
        [key: string]: unknown
      }
      paths: {
        [key: string]: unknown
      }
    } & {
      [key: string]: unknown
    }
    Problem: {
      /** @example urn:authz:problem:forbidden */
      type: string
      title: string
      status: number
      /** @description Stable machine code; the operation lists its codes */
      code: string
      detail?: string
      /** @description The request path */
      instance?: string
      /** @description Why a 403 `forbidden`: the SPEC §5 deny reason of the decision, or `user_disabled`, `exceeds_own_level`, `self_change`, `not_tenant_wide`, `operator_disabled`, `operator_secret` */
      reason?: string
      /** @description `invalid_request`, `invalid_group_access`: every failing path */
      errors?: {
        path: string
        message: string
      }[]
      /** @description `role_in_use`: how many users hold the role */
      holders?: number
      /** @description `group_not_empty`: child groups */
      children?: number
      /** @description `group_not_empty`: users whose home the group is */
      homeUsers?: number
      /** @description `forbidden` with reason `exceeds_own_level`: the permissions above the caller */
      permissions?: string[]
      /** @description `version_not_reached`: the version the tenant is at */
      version?: number
    } & {
      [key: string]: unknown
    }
    ProductsRequest: {
      /** @description the enabled products (core is always on) */
      products: (
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
    ProductsResponse: {
      /** @description Enabled products, core first */
      enabled: (
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
      available: (
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
      version: number
    }
    Resource: {
      /**
       * @description `report` and `user` have special meaning
       * @example conversation
       */
      type: string
      id: string
      groupId?: string
      ownerId?: string
      assigneeIds?: string[]
    }
    Role: {
      id: string
      name: string
      system: boolean
      comingSoon: boolean
      assignable: boolean
      /** @description permission -> entry, for enabled products only */
      permissions: {
        [key: string]: {
          /** @enum {string} */
          level: 'none' | 'own' | 'group' | 'all'
          /** @enum {string} */
          requires?: 'audio' | 'score'
        }
      }
      /** @description Default reports */
      reports: {
        /** @enum {string} */
        key:
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        /** @enum {string} */
        requires?: 'audio' | 'score'
      }[]
      /** @description How the role differs from its defaults: what Reset would undo */
      drift: {
        permissions: {
          permission: string
          from: {
            /** @enum {string} */
            level: 'none' | 'own' | 'group' | 'all'
            /** @enum {string} */
            requires?: 'audio' | 'score'
          }
          to: {
            /** @enum {string} */
            level: 'none' | 'own' | 'group' | 'all'
            /** @enum {string} */
            requires?: 'audio' | 'score'
          }
        }[]
        reports: {
          added: {
            /** @enum {string} */
            key:
              | 'conversation_log'
              | 'campaign_performance'
              | 'tracking_numbers'
              | 'agent_activity'
              | 'scoring_summary'
              | 'scorecard_results'
              | 'agent_scores'
              | 'observability_overview'
            /** @enum {string} */
            requires?: 'audio' | 'score'
          }[]
          removed: {
            /** @enum {string} */
            key:
              | 'conversation_log'
              | 'campaign_performance'
              | 'tracking_numbers'
              | 'agent_activity'
              | 'scoring_summary'
              | 'scorecard_results'
              | 'agent_scores'
              | 'observability_overview'
            /** @enum {string} */
            requires?: 'audio' | 'score'
          }[]
        }
      }
    }
    RoleCloneRequest: {
      name: string
    }
    RoleCreateRequest: {
      name: string
      /** @description permission -> entry; `none` removes an entry */
      permissions?: {
        [key: string]: {
          /** @enum {string} */
          level: 'none' | 'own' | 'group' | 'all'
          /** @enum {string} */
          requires?: 'audio' | 'score'
        }
      }
      /** @description default reports */
      reports?: {
        /** @enum {string} */
        key:
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        /** @enum {string} */
        requires?: 'audio' | 'score'
      }[]
    }
    RoleListResponse: {
      roles: components['schemas']['Role'][]
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    RolePatchRequest: {
      name?: string
      /** @description merged into the stored permissions: a given key replaces that entry */
      permissions?: {
        [key: string]: {
          /** @enum {string} */
          level: 'none' | 'own' | 'group' | 'all'
          /** @enum {string} */
          requires?: 'audio' | 'score'
        }
      }
      /** @description replaces the list */
      reports?: {
        /** @enum {string} */
        key:
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        /** @enum {string} */
        requires?: 'audio' | 'score'
      }[]
    }
    RoleResponse: {
      role: components['schemas']['Role']
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    ScopeRequest: {
      /**
       * @description `module.submodule:action`
       * @example interactions.conversations:read
       */
      permission: string
      subject?: string
    }
    ScopeResponse:
      | {
          /** @description The tenant version the answer is based on (SPEC §8) */
          version: number
          /** @constant */
          kind: 'all'
        }
      | {
          /** @description The tenant version the answer is based on (SPEC §8) */
          version: number
          /** @constant */
          kind: 'none'
        }
      | {
          /** @description The tenant version the answer is based on (SPEC §8) */
          version: number
          /** @constant */
          kind: 'filter'
          groupIds: string[]
          /** @description Rows owned by or assigned to this user match too */
          userId: string
        }
    SettingsRequest: {
      /** @enum {string} */
      grantScope: 'siblings' | 'same_level_or_below'
    }
    SettingsResponse: {
      /** @enum {string} */
      grantScope: 'siblings' | 'same_level_or_below'
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    TenantCreateRequest: {
      id: string
      name: string
      products: (
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
      grantScope?: 'siblings' | 'same_level_or_below'
      rootGroup: {
        id: string
        name: string
      }
      admin: {
        id: string
        name?: string
        /** Format: email */
        email?: string
      }
    }
    TenantProvisionedResponse: {
      tenant: {
        id: string
        name: string
        /** @description Enabled products, core first */
        products: (
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
        grantScope: 'siblings' | 'same_level_or_below'
      }
      rootGroupId: string
      adminId: string
      /** @constant */
      version: 1
    }
    User: {
      id: string
      name: string
      email: string | null
      roleId: string
      homeGroupId: string
      /** @enum {string} */
      status: 'active' | 'disabled'
      addons: {
        audio: boolean
        score: boolean
      }
      /** @description Explicit group entries */
      groups: {
        groupId: string
        allow: boolean
      }[]
      /** @description Report overrides */
      reports: {
        grant: (
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        )[]
        revoke: (
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
    UserAccessRequest: {
      roleId?: string
      homeGroupId?: string
      /** @description replaces the stored entries */
      groups?: {
        groupId: string
        allow: boolean
      }[]
      addons?: {
        audio?: boolean
        score?: boolean
      }
      /** @description each given list replaces the stored one */
      reports?: {
        grant?: (
          | 'conversation_log'
          | 'campaign_performance'
          | 'tracking_numbers'
          | 'agent_activity'
          | 'scoring_summary'
          | 'scorecard_results'
          | 'agent_scores'
          | 'observability_overview'
        )[]
        revoke?: (
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
    UserCreateRequest: {
      id: string
      name?: string
      /** Format: email */
      email?: string
      roleId: string
      homeGroupId: string
    }
    UserPageResponse: {
      users: components['schemas']['UserSummary'][]
      /** @description The cursor of the next page; null at the end */
      next: string | null
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    UserPatchRequest: {
      name?: string
      email?: string | null
      /** @enum {string} */
      status?: 'active' | 'disabled'
      roleId?: string
      homeGroupId?: string
    }
    UserResponse: {
      user: components['schemas']['User']
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
    UserSummary: {
      id: string
      name: string
      email: string | null
      roleId: string
      homeGroupId: string
      /** @enum {string} */
      status: 'active' | 'disabled'
      addons: {
        audio: boolean
        score: boolean
      }
    }
    /** @description The version after the invalidation */
    VersionResponse: {
      /** @description The tenant version after the write (or now, for a read or a no-op write) */
      version: number
    }
  }
  responses: {
    NotFound: {
      headers: {
        [name: string]: unknown
      }
      content?: never
    }
    /** @description `invalid_consistency_token`: X-Authz-Consistency is not a token of this service for this tenant; `invalid_request`: The request does not match the schema */
    'ForwardAuth.400.invalid_consistency_token.invalid_request': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        'X-Request-Id'?: string
        'Cache-Control': components['headers']['Cache-Control']
        'X-Authz-User': components['headers']['X-Authz-User']
        'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        'X-Authz-Level': components['headers']['X-Authz-Level']
        'X-Authz-Reason': components['headers']['X-Authz-Reason']
        'X-Authz-Route': components['headers']['X-Authz-Route']
        'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 400
          /** @enum {unknown} */
          code?: 'invalid_consistency_token' | 'invalid_request'
        }
      }
    }
    /** @description `invalid_token`: The bearer token is not valid; `unauthenticated`: A bearer token is required */
    'ForwardAuth.401.invalid_token.unauthenticated': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        'X-Request-Id'?: string
        'Cache-Control': components['headers']['Cache-Control']
        'WWW-Authenticate': components['headers']['WWW-Authenticate']
        'X-Authz-User': components['headers']['X-Authz-User']
        'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        'X-Authz-Level': components['headers']['X-Authz-Level']
        'X-Authz-Reason': components['headers']['X-Authz-Reason']
        'X-Authz-Route': components['headers']['X-Authz-Route']
        'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 401
          /** @enum {unknown} */
          code?: 'invalid_token' | 'unauthenticated'
        }
      }
    }
    /** @description `forbidden`: The caller may not do this; `no_route`: No route of the route map matches the request */
    'ForwardAuth.403.forbidden.no_route': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        'X-Request-Id'?: string
        'Cache-Control': components['headers']['Cache-Control']
        'X-Authz-User': components['headers']['X-Authz-User']
        'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        'X-Authz-Level': components['headers']['X-Authz-Level']
        'X-Authz-Reason': components['headers']['X-Authz-Reason']
        'X-Authz-Route': components['headers']['X-Authz-Route']
        'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 403
          /** @enum {unknown} */
          code?: 'forbidden' | 'no_route'
        }
      }
    }
    /** @description `version_not_reached`: The tenant has not reached the requested version */
    'ForwardAuth.409.version_not_reached': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        'X-Request-Id'?: string
        'Cache-Control': components['headers']['Cache-Control']
        'X-Authz-User': components['headers']['X-Authz-User']
        'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        'X-Authz-Level': components['headers']['X-Authz-Level']
        'X-Authz-Reason': components['headers']['X-Authz-Reason']
        'X-Authz-Route': components['headers']['X-Authz-Route']
        'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 409
          /** @enum {unknown} */
          code?: 'version_not_reached'
        }
      }
    }
    /** @description `internal`: Internal error; `misconfigured`: The service is misconfigured; `unknown_route_map`: No route map of that name is deployed */
    'ForwardAuth.500.internal.misconfigured.unknown_route_map': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        'X-Request-Id'?: string
        'Cache-Control': components['headers']['Cache-Control']
        /** @description The user id, `-` when not applicable */
        'X-Authz-User'?: string
        /** @description The tenant id, `-` when not applicable */
        'X-Authz-Tenant'?: string
        /** @description The user's level for the permission, as /v1/check reports it, or `-` */
        'X-Authz-Level'?: string
        /** @description The SPEC §5 reason of the decision, the problem code of a refusal, or `-` */
        'X-Authz-Reason'?: string
        /** @description The matched route pattern, or `-` */
        'X-Authz-Route'?: string
        /** @description Consistency token of the data the answer is based on: send it back in X-Authz-Consistency to read at least this fresh (SPEC §8) */
        'X-Authz-Consistency'?: string
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 500
          /** @enum {unknown} */
          code?: 'internal' | 'misconfigured' | 'unknown_route_map'
        }
      }
    }
    /** @description `key_fetch_unavailable`: The signing keys could not be fetched; `storage_unavailable`: Storage is unavailable */
    'ForwardAuth.503.key_fetch_unavailable.storage_unavailable': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        'X-Request-Id'?: string
        'Cache-Control': components['headers']['Cache-Control']
        'Retry-After': components['headers']['Retry-After']
        'X-Authz-User': components['headers']['X-Authz-User']
        'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
        'X-Authz-Level': components['headers']['X-Authz-Level']
        'X-Authz-Reason': components['headers']['X-Authz-Reason']
        'X-Authz-Route': components['headers']['X-Authz-Route']
        'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 503
          /** @enum {unknown} */
          code?: 'key_fetch_unavailable' | 'storage_unavailable'
        }
      }
    }
    /** @description `group_cycle`: A group cannot move below itself; `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema */
    'Problem.400.group_cycle.invalid_json.invalid_request': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 400
          /** @enum {unknown} */
          code?: 'group_cycle' | 'invalid_json' | 'invalid_request'
        }
      }
    }
    /** @description `invalid_consistency_token`: X-Authz-Consistency is not a token of this service for this tenant; `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema; `unknown_permission`: The permission is not in the catalog */
    'Problem.400.invalid_consistency_token.invalid_json.invalid_request.unknown_permission': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 400
          /** @enum {unknown} */
          code?:
            'invalid_consistency_token' | 'invalid_json' | 'invalid_request' | 'unknown_permission'
        }
      }
    }
    /** @description `invalid_consistency_token`: X-Authz-Consistency is not a token of this service for this tenant; `invalid_request`: The request does not match the schema */
    'Problem.400.invalid_consistency_token.invalid_request': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 400
          /** @enum {unknown} */
          code?: 'invalid_consistency_token' | 'invalid_request'
        }
      }
    }
    /** @description `invalid_group_access`: The group entries break the group access rules; `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema; `role_unavailable`: The role cannot be assigned (coming soon) */
    'Problem.400.invalid_group_access.invalid_json.invalid_request.role_unavailable': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 400
          /** @enum {unknown} */
          code?: 'invalid_group_access' | 'invalid_json' | 'invalid_request' | 'role_unavailable'
        }
      }
    }
    /** @description `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema */
    'Problem.400.invalid_json.invalid_request': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 400
          /** @enum {unknown} */
          code?: 'invalid_json' | 'invalid_request'
        }
      }
    }
    /** @description `invalid_json`: The body is not valid JSON; `invalid_request`: The request does not match the schema; `unknown_permission`: The permission is not in the catalog */
    'Problem.400.invalid_json.invalid_request.unknown_permission': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 400
          /** @enum {unknown} */
          code?: 'invalid_json' | 'invalid_request' | 'unknown_permission'
        }
      }
    }
    /** @description `invalid_request`: The request does not match the schema */
    'Problem.400.invalid_request': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 400
          /** @enum {unknown} */
          code?: 'invalid_request'
        }
      }
    }
    /** @description `invalid_signature`: The webhook signature is missing, wrong or stale */
    'Problem.401.invalid_signature': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        'WWW-Authenticate': components['headers']['WWW-Authenticate']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 401
          /** @enum {unknown} */
          code?: 'invalid_signature'
        }
      }
    }
    /** @description `invalid_token`: The bearer token is not valid; `unauthenticated`: A bearer token is required */
    'Problem.401.invalid_token.unauthenticated': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        'WWW-Authenticate': components['headers']['WWW-Authenticate']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 401
          /** @enum {unknown} */
          code?: 'invalid_token' | 'unauthenticated'
        }
      }
    }
    /** @description `forbidden`: The caller may not do this */
    'Problem.403.forbidden': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 403
          /** @enum {unknown} */
          code?: 'forbidden'
        }
      }
    }
    /** @description `forbidden`: The caller may not do this; `unknown_user`: The token's user is not known in its tenant */
    'Problem.403.forbidden.unknown_user': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 403
          /** @enum {unknown} */
          code?: 'forbidden' | 'unknown_user'
        }
      }
    }
    /** @description `subject_not_allowed`: Checking on behalf of another user needs scope authz:check */
    'Problem.403.subject_not_allowed': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 403
          /** @enum {unknown} */
          code?: 'subject_not_allowed'
        }
      }
    }
    /** @description `unknown_user`: The token's user is not known in its tenant */
    'Problem.403.unknown_user': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 403
          /** @enum {unknown} */
          code?: 'unknown_user'
        }
      }
    }
    /** @description `not_found`: No such resource */
    'Problem.404.not_found': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 404
          /** @enum {unknown} */
          code?: 'not_found'
        }
      }
    }
    /** @description `method_not_allowed`: Method not allowed on this resource */
    'Problem.405.method_not_allowed': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        Allow: components['headers']['Allow']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 405
          /** @enum {unknown} */
          code?: 'method_not_allowed'
        }
      }
    }
    /** @description `group_not_empty`: The group has child groups or home users; `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    'Problem.409.group_not_empty.version_conflict': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 409
          /** @enum {unknown} */
          code?: 'group_not_empty' | 'version_conflict'
        }
      }
    }
    /** @description `id_taken`: The id is already used in this tenant */
    'Problem.409.id_taken': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 409
          /** @enum {unknown} */
          code?: 'id_taken'
        }
      }
    }
    /** @description `id_taken`: The id is already used in this tenant; `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    'Problem.409.id_taken.version_conflict': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 409
          /** @enum {unknown} */
          code?: 'id_taken' | 'version_conflict'
        }
      }
    }
    /** @description `name_taken`: The name is already used in this tenant; `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    'Problem.409.name_taken.version_conflict': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 409
          /** @enum {unknown} */
          code?: 'name_taken' | 'version_conflict'
        }
      }
    }
    /** @description `role_in_use`: The role is held by users and cannot be deleted; `system_role`: System roles cannot be deleted; `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    'Problem.409.role_in_use.system_role.version_conflict': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 409
          /** @enum {unknown} */
          code?: 'role_in_use' | 'system_role' | 'version_conflict'
        }
      }
    }
    /** @description `version_conflict`: Another write changed the tenant meanwhile; nothing was written, retry */
    'Problem.409.version_conflict': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 409
          /** @enum {unknown} */
          code?: 'version_conflict'
        }
      }
    }
    /** @description `version_not_reached`: The tenant has not reached the requested version */
    'Problem.409.version_not_reached': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 409
          /** @enum {unknown} */
          code?: 'version_not_reached'
        }
      }
    }
    /** @description `payload_too_large`: The body is larger than 64 KiB */
    'Problem.413.payload_too_large': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 413
          /** @enum {unknown} */
          code?: 'payload_too_large'
        }
      }
    }
    /** @description `unsupported_media_type`: The body must be application/json */
    'Problem.415.unsupported_media_type': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 415
          /** @enum {unknown} */
          code?: 'unsupported_media_type'
        }
      }
    }
    /** @description `internal`: Internal error */
    'Problem.500.internal': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 500
          /** @enum {unknown} */
          code?: 'internal'
        }
      }
    }
    /** @description `internal`: Internal error; `misconfigured`: The service is misconfigured */
    'Problem.500.internal.misconfigured': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 500
          /** @enum {unknown} */
          code?: 'internal' | 'misconfigured'
        }
      }
    }
    /** @description `key_fetch_unavailable`: The signing keys could not be fetched */
    'Problem.503.key_fetch_unavailable': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        'Retry-After': components['headers']['Retry-After']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 503
          /** @enum {unknown} */
          code?: 'key_fetch_unavailable'
        }
      }
    }
    /** @description `key_fetch_unavailable`: The signing keys could not be fetched; `storage_unavailable`: Storage is unavailable */
    'Problem.503.key_fetch_unavailable.storage_unavailable': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        'Retry-After': components['headers']['Retry-After']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 503
          /** @enum {unknown} */
          code?: 'key_fetch_unavailable' | 'storage_unavailable'
        }
      }
    }
    /** @description `storage_unavailable`: Storage is unavailable */
    'Problem.503.storage_unavailable': {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id']
        'Cache-Control': components['headers']['Cache-Control']
        'Retry-After': components['headers']['Retry-After']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 503
          /** @enum {unknown} */
          code?: 'storage_unavailable'
        }
      }
    }
    /** @description `not_found`: No such resource */
    'UnknownPath.404.not_found': {
      headers: {
        /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
        'X-Request-Id'?: string
        'Cache-Control': components['headers']['Cache-Control']
        [name: string]: unknown
      }
      content: {
        'application/problem+json': components['schemas']['Problem'] & {
          /** @constant */
          status?: 404
          /** @enum {unknown} */
          code?: 'not_found'
        }
      }
    }
  }
  parameters: {
    /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
    'X-Request-Id': string
    /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
    'X-Authz-Min-Version': number
    /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
    'X-Authz-Consistency': string
    /** @description ETags of a cached answer (or `*`): 304 with no body when one matches (weak comparison) */
    'If-None-Match': string
    /** @description Method of the original request (Traefik, Caddy, nginx) */
    'X-Forwarded-Method': string
    /** @description URI of the original request; when present it and X-Forwarded-Method are used */
    'X-Forwarded-Uri': string
    /** @description Method of the original request, when X-Forwarded-Uri is absent */
    'X-Original-Method': string
    /** @description URI of the original request, when X-Forwarded-Uri is absent */
    'X-Original-URI': string
    /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
    Authorization: string
    /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
    map: string
    /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
    path: string
  }
  requestBodies: never
  headers: {
    /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
    'X-Request-Id': string
    /** @description `no-store` unless stated otherwise */
    'Cache-Control': string
    /** @description Consistency token of the data the answer is based on: send it back in X-Authz-Consistency to read at least this fresh (SPEC §8) */
    'X-Authz-Consistency': string
    /** @description `Bearer realm="authz"` without a token, `Bearer realm="authz", error="invalid_token"` for a bad one (RFC 6750 §3); `Signature …` for a bad webhook signature */
    'WWW-Authenticate': string
    /** @description Seconds to wait before retrying */
    'Retry-After': number
    /** @description The methods the path accepts */
    Allow: string
    /** @description Weak ETag of the caller's visibility (everything but `version`) */
    ETag: string
    /** @description `Authorization` */
    Vary: string
    /** @description The URL of what was created */
    Location: string
    /** @description The user id, `-` when not applicable */
    'X-Authz-User': string
    /** @description The tenant id, `-` when not applicable */
    'X-Authz-Tenant': string
    /** @description The user's level for the permission, as /v1/check reports it, or `-` */
    'X-Authz-Level': string
    /** @description The SPEC §5 reason of the decision, the problem code of a refusal, or `-` */
    'X-Authz-Reason': string
    /** @description The matched route pattern, or `-` */
    'X-Authz-Route': string
  }
  pathItems: never
}
export type $defs = Record<string, never>
export interface operations {
  health: {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Alive */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['HealthResponse']
        }
      }
    }
  }
  openApi: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OpenAPI 3.1 */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['OpenApiDocument']
        }
      }
      500: components['responses']['Problem.500.internal']
    }
  }
  invalidate: {
    parameters: {
      query?: never
      header: {
        /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`; any secret of WEBHOOK_SECRETS, |now − t| ≤ 300 s (else 401 `invalid_signature`) */
        'X-Authz-Signature': string
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['InvalidateRequest']
      }
    }
    responses: {
      /** @description Accepted: the new version */
      202: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['VersionResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_json.invalid_request']
      401: components['responses']['Problem.401.invalid_signature']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.storage_unavailable']
    }
  }
  provisionTenant: {
    parameters: {
      query?: never
      header: {
        /** @description OPERATOR_SECRET (403 `forbidden` with reason `operator_secret` when missing or wrong, `operator_disabled` when provisioning is off) */
        'X-Operator-Secret': string
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['TenantCreateRequest']
      }
    }
    responses: {
      /** @description The tenant */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          Location: components['headers']['Location']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TenantProvisionedResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_json.invalid_request']
      403: components['responses']['Problem.403.forbidden']
      409: components['responses']['Problem.409.id_taken']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.storage_unavailable']
    }
  }
  check: {
    parameters: {
      query?: never
      header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckRequest']
      }
    }
    responses: {
      /** @description The decision and its version */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          'Cache-Control': components['headers']['Cache-Control']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CheckResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_consistency_token.invalid_json.invalid_request.unknown_permission']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.subject_not_allowed']
      409: components['responses']['Problem.409.version_not_reached']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  checkBatch: {
    parameters: {
      query?: never
      header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['BatchCheckRequest']
      }
    }
    responses: {
      /** @description The decisions, in order */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          'Cache-Control': components['headers']['Cache-Control']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['BatchCheckResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_consistency_token.invalid_json.invalid_request.unknown_permission']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.subject_not_allowed']
      409: components['responses']['Problem.409.version_not_reached']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  scope: {
    parameters: {
      query?: never
      header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ScopeRequest']
      }
    }
    responses: {
      /** @description The filter */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          'Cache-Control': components['headers']['Cache-Control']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ScopeResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_consistency_token.invalid_json.invalid_request.unknown_permission']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.subject_not_allowed']
      409: components['responses']['Problem.409.version_not_reached']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  me: {
    parameters: {
      query?: never
      header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description ETags of a cached answer (or `*`): 304 with no body when one matches (weak comparison) */
        'If-None-Match'?: components['parameters']['If-None-Match']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The caller’s visibility (`Cache-Control: private, no-cache`, `Vary: Authorization`) */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          ETag: components['headers']['ETag']
          'Cache-Control': components['headers']['Cache-Control']
          Vary: components['headers']['Vary']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['MeResponse']
        }
      }
      /** @description If-None-Match matched: no body, the same ETag */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          ETag: components['headers']['ETag']
          'Cache-Control': components['headers']['Cache-Control']
          Vary: components['headers']['Vary']
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['Problem.400.invalid_consistency_token.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.unknown_user']
      409: components['responses']['Problem.409.version_not_reached']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  catalog: {
    parameters: {
      query?: never
      header?: {
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The catalog */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          'Cache-Control': components['headers']['Cache-Control']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CatalogResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_consistency_token.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.unknown_user']
      409: components['responses']['Problem.409.version_not_reached']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  listRoles: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The roles */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RoleListResponse']
        }
      }
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  createRole: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['RoleCreateRequest']
      }
    }
    responses: {
      /** @description The role */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          Location: components['headers']['Location']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RoleResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_json.invalid_request.unknown_permission']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      409: components['responses']['Problem.409.name_taken.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  getRole: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The role */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RoleResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  deleteRole: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The id deleted */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DeletedResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.role_in_use.system_role.version_conflict']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  updateRole: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        id: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['RolePatchRequest']
      }
    }
    responses: {
      /** @description The role */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RoleResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_json.invalid_request.unknown_permission']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.name_taken.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  cloneRole: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        id: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['RoleCloneRequest']
      }
    }
    responses: {
      /** @description The new role */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          Location: components['headers']['Location']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RoleResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_json.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.name_taken.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  resetRole: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A role id (a system role is its key, e.g. `admin`) */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The role */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RoleResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.version_conflict']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  listGroups: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The groups */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['GroupListResponse']
        }
      }
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  createGroup: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['GroupCreateRequest']
      }
    }
    responses: {
      /** @description The group */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          Location: components['headers']['Location']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['GroupResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_json.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.id_taken.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  getGroup: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A group id */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The group */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['GroupDetailResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  deleteGroup: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A group id */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The id deleted */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DeletedResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.group_not_empty.version_conflict']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  updateGroup: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A group id */
        id: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['GroupPatchRequest']
      }
    }
    responses: {
      /** @description The group (no X-Authz-Consistency when nothing changed) */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          /** @description Consistency token of the data the answer is based on: send it back in X-Authz-Consistency to read at least this fresh (SPEC §8) */
          'X-Authz-Consistency'?: string
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['GroupResponse']
        }
      }
      400: components['responses']['Problem.400.group_cycle.invalid_json.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  listUsers: {
    parameters: {
      query?: {
        cursor?: string
        limit?: number
        groupId?: string
      }
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description A page of users */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UserPageResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  createUser: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['UserCreateRequest']
      }
    }
    responses: {
      /** @description The user */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          Location: components['headers']['Location']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UserResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_group_access.invalid_json.invalid_request.role_unavailable']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.id_taken.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  getUser: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A user id */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The user */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UserResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  deleteUser: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A user id */
        id: string
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The id deleted */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DeletedResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.version_conflict']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  updateUser: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A user id */
        id: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['UserPatchRequest']
      }
    }
    responses: {
      /** @description The user */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UserResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_group_access.invalid_json.invalid_request.role_unavailable']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  setUserAccess: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A user id */
        id: string
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['UserAccessRequest']
      }
    }
    responses: {
      /** @description The user */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UserResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_group_access.invalid_json.invalid_request.role_unavailable']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  getProducts: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The products */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ProductsResponse']
        }
      }
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  setProducts: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ProductsRequest']
      }
    }
    responses: {
      /** @description The products */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ProductsResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_json.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  getSettings: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description The settings */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['SettingsResponse']
        }
      }
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  setSettings: {
    parameters: {
      query?: never
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['SettingsRequest']
      }
    }
    responses: {
      /** @description The settings */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['SettingsResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_json.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      404: components['responses']['Problem.404.not_found']
      409: components['responses']['Problem.409.version_conflict']
      413: components['responses']['Problem.413.payload_too_large']
      415: components['responses']['Problem.415.unsupported_media_type']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  listAudit: {
    parameters: {
      query?: {
        targetType?: 'role' | 'group' | 'user' | 'tenant'
        targetId?: string
        actorId?: string
        /** @description unix ms, inclusive */
        since?: number
        /** @description unix ms, exclusive */
        until?: number
        cursor?: number
        limit?: number
      }
      header?: {
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description A page of audit entries */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id']
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['AuditPageResponse']
        }
      }
      400: components['responses']['Problem.400.invalid_request']
      401: components['responses']['Problem.401.invalid_token.unauthenticated']
      403: components['responses']['Problem.403.forbidden.unknown_user']
      500: components['responses']['Problem.500.internal.misconfigured']
      503: components['responses']['Problem.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthGet: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPut: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPost: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthDelete: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthOptions: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthHead: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPatch: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPathGet: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        path: components['parameters']['path']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPathPut: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        path: components['parameters']['path']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPathPost: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        path: components['parameters']['path']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPathDelete: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        path: components['parameters']['path']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPathOptions: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        path: components['parameters']['path']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPathHead: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        path: components['parameters']['path']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
  forwardAuthPathPatch: {
    parameters: {
      query?: never
      header?: {
        /** @description Method of the original request (Traefik, Caddy, nginx) */
        'X-Forwarded-Method'?: components['parameters']['X-Forwarded-Method']
        /** @description URI of the original request; when present it and X-Forwarded-Method are used */
        'X-Forwarded-Uri'?: components['parameters']['X-Forwarded-Uri']
        /** @description Method of the original request, when X-Forwarded-Uri is absent */
        'X-Original-Method'?: components['parameters']['X-Original-Method']
        /** @description URI of the original request, when X-Forwarded-Uri is absent */
        'X-Original-URI'?: components['parameters']['X-Original-URI']
        /** @description `Bearer <token>` of the original request, read only for routes that are not public (the same token as the `bearer` security scheme; cookies are never read) */
        Authorization?: components['parameters']['Authorization']
        /** @description Answer from data at least this new (a version returned by an admin write); 409 `version_not_reached` when the tenant is older */
        'X-Authz-Min-Version'?: components['parameters']['X-Authz-Min-Version']
        /** @description A consistency token from an earlier answer (at least that fresh), or `full` (read storage itself); 400 `invalid_consistency_token` for anything else */
        'X-Authz-Consistency'?: components['parameters']['X-Authz-Consistency']
        /** @description An id for this request (1–128 of A–Z a–z 0–9 _ . : -), echoed in the answer */
        'X-Request-Id'?: components['parameters']['X-Request-Id']
      }
      path: {
        /** @description A route map deployed with the service (config/route-maps.json), e.g. `demo` */
        map: components['parameters']['map']
        /** @description Stands for the rest of the path after the map, slashes included (an OpenAPI path parameter is one segment): the original path when no X-Forwarded-Uri / X-Original-URI is sent (Envoy’s `path_prefix`) */
        path: components['parameters']['path']
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description Allowed: empty body; the six X-Authz-* headers, `-` where n/a */
      200: {
        headers: {
          'Cache-Control': components['headers']['Cache-Control']
          'X-Authz-User': components['headers']['X-Authz-User']
          'X-Authz-Tenant': components['headers']['X-Authz-Tenant']
          'X-Authz-Level': components['headers']['X-Authz-Level']
          'X-Authz-Reason': components['headers']['X-Authz-Reason']
          'X-Authz-Route': components['headers']['X-Authz-Route']
          'X-Authz-Consistency': components['headers']['X-Authz-Consistency']
          /** @description The request's id: the caller's X-Request-Id when it is sane, else a new UUID */
          'X-Request-Id'?: string
          [name: string]: unknown
        }
        content?: never
      }
      400: components['responses']['ForwardAuth.400.invalid_consistency_token.invalid_request']
      401: components['responses']['ForwardAuth.401.invalid_token.unauthenticated']
      403: components['responses']['ForwardAuth.403.forbidden.no_route']
      409: components['responses']['ForwardAuth.409.version_not_reached']
      500: components['responses']['ForwardAuth.500.internal.misconfigured.unknown_route_map']
      503: components['responses']['ForwardAuth.503.key_fetch_unavailable.storage_unavailable']
    }
  }
}
