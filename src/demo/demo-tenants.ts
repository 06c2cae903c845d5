/** @module The demo tenants of SPEC §7: loaded by `npm start`, used by tests and examples. */
import type { TenantSeed, UserSeed } from '../repos/tenant-seed'

const user = (id: string, roleId: string, homeGroupId: string, extra: Partial<UserSeed> = {}) => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  email: `${id}@acme.example`,
  roleId,
  homeGroupId,
  ...extra,
})

export const ACME: TenantSeed = {
  id: 'acme',
  name: 'Acme',
  products: [
    'interactions',
    'analytics',
    'quality',
    'observability',
    'ai_metrics',
    'ai_transcription',
    'conversation_intelligence',
  ],
  grantScope: 'siblings',
  groups: [
    { id: 'company', name: 'Company', parentId: null },
    { id: 'east', name: 'East', parentId: 'company' },
    { id: 'boston', name: 'Boston', parentId: 'east' },
    { id: 'nyc', name: 'New York', parentId: 'east' },
    { id: 'west', name: 'West', parentId: 'company' },
    { id: 'seattle', name: 'Seattle', parentId: 'west' },
    { id: 'sf', name: 'San Francisco', parentId: 'west' },
  ],
  users: [
    user('alice', 'admin', 'company', { addons: { score: true } }),
    user('adam', 'admin', 'east'),
    user('carl', 'admin', 'boston', { addons: { score: true } }),
    user('sam', 'standard', 'east'),
    user('sue', 'standard', 'boston', { addons: { score: true } }),
    user('lena', 'standard', 'sf', { groups: [{ groupId: 'seattle', allow: true }] }),
    user('rita', 'read_only', 'west'),
    user('nora', 'read_only', 'nyc', { addons: { audio: false } }),
    user('mike', 'read_only', 'east', { groups: [{ groupId: 'nyc', allow: false }] }),
    user('ivan', 'identified_only', 'seattle'),
    user('sid', 'scorer', 'east'),
    user('aud', 'auditor', 'company'),
    user('agnes', 'agent', 'boston'),
  ],
}

export const GLOBEX: TenantSeed = {
  id: 'globex',
  name: 'Globex',
  products: ['interactions', 'analytics', 'quality'],
  grantScope: 'siblings',
  groups: [{ id: 'hq', name: 'HQ', parentId: null }],
  users: [
    {
      id: 'gina',
      name: 'Gina',
      email: 'gina@globex.example',
      roleId: 'admin',
      homeGroupId: 'hq',
    },
  ],
}

export const DEMO_TENANTS: readonly TenantSeed[] = [ACME, GLOBEX]
