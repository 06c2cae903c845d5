/**
 * @module createVisibility(): a frontend's view of what its user may see and do, from /v1/me.
 *
 * `can(permission, resource?)` is answered locally by the service's own engine (check() on data
 * rebuilt from the me answer; imported, not copied), so a page decides what to show with no
 * request. `revalidate()` asks again with If-None-Match (a 304 keeps the data); `onVersion(n,
 * token)` does so for a push message (SPEC §8) newer than the data, at least as fresh as it.
 */
import { check, fromMeView, isEngineError, type Decision } from '../../../src/engine'
import type { FetchLike } from './transport'
import type { MeResponse, Resource } from './types'

export interface VisibilityOptions {
  readonly baseUrl: string
  /** The user's bearer token (a function when it is refreshed). */
  readonly token: string | (() => string | Promise<string>)
  readonly fetch?: FetchLike
}

export interface Visibility {
  /** The latest /v1/me answer; undefined until the first load. */
  readonly me: MeResponse | undefined
  /** The newest tenant version the data is known to hold at (answers and onVersion). */
  readonly version: number | undefined
  /** The decision for the user, as the service would make it; undefined before the first load. */
  decide(permission: string, resource?: Resource): Decision | undefined
  /** May the user do this? False until loaded, and for an unknown permission. */
  can(permission: string, resource?: Resource): boolean
  /**
   * Fetches /v1/me (conditionally after the first time); true when the data changed. With a
   * consistency token, the answer is at least as fresh as the token (SPEC §8).
   */
  revalidate(consistency?: string): Promise<boolean>
  /**
   * Revalidates when `version` is newer than what the data holds at, reading at least as fresh as
   * `consistency` (a push message's `{version, consistency}`, or a write's answer).
   */
  onVersion(version: number, consistency?: string): Promise<boolean>
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

export class VisibilityError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`GET /v1/me answered ${status}`)
  }
}

export function createVisibility(options: VisibilityOptions): Visibility {
  const doFetch = options.fetch ?? ((request: Request) => fetch(request))
  const listeners = new Set<() => void>()
  let current:
    { me: MeResponse; etag: string | null; data: ReturnType<typeof fromMeView> } | undefined
  let version: number | undefined
  const token = async () => (typeof options.token === 'function' ? options.token() : options.token)

  async function revalidate(consistency?: string): Promise<boolean> {
    const headers: Record<string, string> = { authorization: `Bearer ${await token()}` }
    if (current?.etag) headers['if-none-match'] = current.etag
    if (consistency) headers['x-authz-consistency'] = consistency
    const response = await doFetch(new Request(`${options.baseUrl}/v1/me`, { headers }))
    if (response.status === 304 && current) return false
    if (!response.ok)
      throw new VisibilityError(response.status, await response.json().catch(() => null))
    const me = (await response.json()) as MeResponse
    version = Math.max(version ?? 0, me.version)
    current = { me, etag: response.headers.get('etag'), data: fromMeView(me) }
    for (const listener of listeners) listener()
    return true
  }

  function decide(permission: string, resource?: Resource): Decision | undefined {
    if (!current) return undefined
    const self = current.me.user
    // The service fills in a `user` resource from the stored user; the frontend knows only itself.
    const filled =
      resource?.type === 'user' && resource.id === self.id
        ? { ...resource, ownerId: self.id, groupId: self.homeGroupId }
        : resource
    const decision = check(current.data.snapshot, current.data.tree, {
      permission,
      resource: filled,
    })
    return isEngineError(decision) ? undefined : decision
  }

  return {
    get me() {
      return current?.me
    },
    get version() {
      return version
    },
    decide,
    can: (permission, resource) => decide(permission, resource)?.allowed ?? false,
    revalidate,
    async onVersion(seen, consistency) {
      if (version !== undefined && seen <= version) return false
      const changed = await revalidate(consistency)
      // With the token, even a 304 means the data holds at `seen`; without, only what was read.
      if (consistency) version = Math.max(version ?? 0, seen)
      return changed
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
