/** @module A role's fingerprint: what an editor loaded, so a save over a changed role is refused. */
import { toBase64url } from '../auth/base64url'
import { AppError } from '../errors'
import type { RoleView } from './role-view'

type Fingerprinted = Pick<RoleView, 'name' | 'permissions' | 'reports'>

/** Canonical JSON of the role's name, permissions and reports (keys sorted). */
function canonical(role: Fingerprinted): string {
  const permissions = Object.keys(role.permissions)
    .sort()
    .map((key) => [key, role.permissions[key]!.level, role.permissions[key]!.requires ?? ''])
  const reports = role.reports.map((r) => `${r.key}+${r.requires ?? ''}`).sort()
  return JSON.stringify([role.name, permissions, reports])
}

/**
 * SHA-256 (base64url) of the role as an editor shows it. Per role, so writes to other roles or
 * users never make a save conflict; only a change of this role's name or content does.
 */
export async function roleFingerprint(role: Fingerprinted): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(role)))
  return toBase64url(new Uint8Array(digest))
}

/** Throws 409 `version_conflict` when `expected` is given and the role no longer matches it. */
export async function requireFingerprint(
  role: Fingerprinted,
  expected: string | undefined,
): Promise<void> {
  if (expected === undefined) return
  if ((await roleFingerprint(role)) !== expected) {
    throw new AppError(
      'version_conflict',
      'the role changed since it was loaded; nothing was written, reload it',
    )
  }
}
