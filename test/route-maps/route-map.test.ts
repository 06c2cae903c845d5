/** Route maps: the deployed file validates, the schema names file, route and reason, matching. */
import { describe, expect, it } from 'vitest'
import deployed from '../../config/route-maps.json'
import {
  ROUTE_MAPS_FILE,
  compileRouteMaps,
  deployedRouteMaps,
  matchRoute,
} from '../../src/route-maps'

const route = (extra: Record<string, unknown>) => ({
  methods: ['GET'],
  path: '/api/x',
  permission: 'interactions.conversations:read',
  ...extra,
})

describe('the deployed route maps', () => {
  it('validate (the worker would not start otherwise) and hold the SPEC §9 demo map', () => {
    expect(() => compileRouteMaps(deployed, ROUTE_MAPS_FILE)).not.toThrow()
    const demo = deployedRouteMaps.get('demo')!
    const table = demo.map((r) => [r.path, Object.fromEntries(r.methods)])
    expect(table).toEqual([
      ['/api/health', { GET: null }],
      ['/api/conversations', { GET: 'interactions.conversations:read' }],
      ['/api/conversations/:id', { GET: 'interactions.conversations:read' }],
      [
        '/api/conversations/:id',
        { PATCH: 'interactions.conversations:write', DELETE: 'interactions.conversations:delete' },
      ],
      ['/api/conversations/:id/audio', { GET: 'interactions.audio:listen' }],
      ['/api/conversations/:id/score', { POST: 'quality.evaluations:write' }],
      ['/api/scorecards', { GET: 'quality.scorecards:read', POST: 'quality.scorecards:write' }],
      ['/api/reports/:report', { GET: 'analytics.reports:read' }],
      ['/api/groups/:groupId/conversations', { GET: 'interactions.conversations:read' }],
      ['/api/users/:id', { GET: 'admin.users:read', PATCH: 'admin.users:write' }],
      [
        '/api/users/:id/preferences',
        { GET: 'profile.preferences:read', PATCH: 'profile.preferences:write' },
      ],
    ])
  })
})

describe('an invalid file is refused with the file, the route index and the reason', () => {
  const cases: [string, unknown, RegExp][] = [
    [
      'unknown permission',
      { m: [route({ permission: 'nope:read' })] },
      /f\.json: m\[0\]\.permission: "nope:read" is not in the catalog/,
    ],
    [
      'one permission per method',
      {
        m: [
          route({}),
          route({ methods: ['GET', 'POST'], permission: ['interactions.conversations:read'] }),
        ],
      },
      /f\.json: m\[1\]\.permission: .*one per method/,
    ],
    [
      'a template naming no parameter',
      { m: [route({ resource: { type: 'report', id: ':report' } })] },
      /f\.json: m\[0\]\.resource: ":report" names no parameter/,
    ],
    ['a path without /', { m: [route({ path: 'api/x' })] }, /m\[0\]\.path: a path starts with \//],
    [
      '* in the middle',
      { m: [route({ path: '/api/*/x' })] },
      /m\[0\]\.path: \* may only end a path/,
    ],
    ['a repeated parameter', { m: [route({ path: '/a/:id/b/:id' })] }, /appears twice/],
    ['a dot segment', { m: [route({ path: '/a/../b' })] }, /is not a plain segment/],
    ['an unknown field', { m: [route({ extra: 1 })] }, /m\[0\]/],
    [
      'public and a permission',
      {
        m: [
          {
            methods: ['GET'],
            path: '/x',
            public: true,
            permission: 'interactions.conversations:read',
          },
        ],
      },
      /m\[0\]/,
    ],
    ['an unknown method', { m: [route({ methods: ['FETCH'] })] }, /m\[0\]\.methods\.0/],
    ['a bad map name', { 'Bad Name': [route({})] }, /f\.json: Bad Name/],
    ['an empty map', { m: [] }, /f\.json: m/],
    ['not an object', [], /f\.json: \(file\)/],
  ]
  for (const [name, file, message] of cases) {
    it(name, () => {
      expect(() => compileRouteMaps(file, 'f.json')).toThrow(message)
    })
  }
})

describe('matching', () => {
  const maps = compileRouteMaps(
    {
      m: [
        route({ path: '/files/*', permission: 'analytics.exports:read' }),
        route({ path: '/a/:id', resource: { type: 'conversation', id: ':id', ownerId: ':id' } }),
        route({ path: '/a/:id', permission: 'analytics.dashboards:read' }),
        { methods: ['GET'], path: '/', public: true },
      ],
    },
    'f.json',
  ).get('m')!

  it('first match wins; a tail matches any depth; / is the root', () => {
    expect(matchRoute(maps, 'GET', '/files')?.permission).toBe('analytics.exports:read')
    expect(matchRoute(maps, 'GET', '/files/a/b/c')?.permission).toBe('analytics.exports:read')
    expect(matchRoute(maps, 'GET', '/a/u1')?.resource).toEqual({
      type: 'conversation',
      id: 'u1',
      ownerId: 'u1',
    })
    expect(matchRoute(maps, 'GET', '/')?.permission).toBeNull()
  })

  it('a parameter that cannot be the id its resource names falls through to the next route', () => {
    expect(matchRoute(maps, 'GET', '/a/b%20c')?.permission).toBe('analytics.dashboards:read')
  })

  it('decodes segments before comparing', () => {
    expect(matchRoute(maps, 'GET', '/%61/u1')?.route.path).toBe('/a/:id')
  })
})
