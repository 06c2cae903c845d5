/**
 * @module Route maps for forward auth (SPEC §9): their schema, compiled form and matching.
 *
 * A map is an ordered list of routes, first match wins. A route names methods, a Hono-style path
 * pattern (`/api/conversations/:id`, a `*` tail), and either `public: true` or the permission to
 * check (one for all methods, or one per method in the same order) with an optional resource
 * template whose string values may name path parameters (`":id"`).
 */
import { z } from 'zod'
import { PERMISSION_BY_KEY } from '../catalog'
import type { Resource } from '../engine'
import { ID_PATTERN, MAX_RESOURCE_ID } from '../schemas'
import { canonicalSegments } from './request-path'

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
type Method = (typeof METHODS)[number]

const MapName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a map name is [a-z0-9_-], 1–64')
const Param = /^:([A-Za-z_][A-Za-z0-9_]{0,63})$/

/** The segments of a path pattern; a message for the first thing wrong with it. */
function patternProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'a path starts with /'
  if (path === '/') return undefined
  const parts = path.slice(1).split('/')
  const names = new Set<string>()
  for (const [i, part] of parts.entries()) {
    if (part === '*') {
      if (i !== parts.length - 1) return '* may only end a path'
      continue
    }
    const param = Param.exec(part)
    if (param) {
      if (names.has(param[1]!)) return `parameter :${param[1]} appears twice`
      names.add(param[1]!)
    } else if (part.startsWith(':')) return `"${part}" is not a parameter name`
    else if (canonicalSegments(`/${part}`)?.[0] !== part) return `"${part}" is not a plain segment`
  }
  return undefined
}

const paramsOf = (path: string): Set<string> =>
  new Set(path.split('/').flatMap((part) => Param.exec(part)?.[1] ?? []))

const Template = z.string().min(1).max(256)
const ResourceTemplate = z.strictObject({
  type: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'a type is lowercase: [a-z][a-z0-9_]*'),
  id: Template,
  groupId: Template.optional(),
  ownerId: Template.optional(),
  assigneeIds: z.array(Template).max(100).optional(),
})
type ResourceTemplate = z.infer<typeof ResourceTemplate>

const Methods = z.array(z.enum(METHODS)).min(1).max(METHODS.length)
const Path = z
  .string()
  .max(1024)
  .superRefine((path, ctx) => {
    const problem = patternProblem(path)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
const knownPermission = z
  .string()
  .refine((p) => PERMISSION_BY_KEY.has(p), { error: (i) => `"${i.input}" is not in the catalog` })

const RouteEntry = z
  .strictObject({
    methods: Methods,
    path: Path,
    public: z.literal(true).optional(),
    permission: z.union([knownPermission, z.array(knownPermission).min(1)]).optional(),
    resource: ResourceTemplate.optional(),
  })
  .superRefine((route, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (route.public === true) {
      if (route.permission !== undefined) issue('permission', 'a public route checks no permission')
      if (route.resource !== undefined) issue('resource', 'a public route has no resource')
      return
    }
    if (route.permission === undefined) {
      issue('permission', 'a route needs a permission, or public: true')
      return
    }
    if (Array.isArray(route.permission) && route.permission.length !== route.methods.length) {
      issue('permission', 'a list of permissions needs one per method, in the same order')
    }
    const params = paramsOf(route.path)
    for (const value of Object.values(route.resource ?? {}).flat()) {
      const name = /^:(.*)$/.exec(value)?.[1]
      if (name !== undefined && !params.has(name)) {
        issue('resource', `"${value}" names no parameter of ${route.path}`)
      }
    }
  })
type RouteEntry = z.infer<typeof RouteEntry>

/** The file format: map name -> routes (config/route-maps.json). */
export const RouteMapsFile = z.record(MapName, z.array(RouteEntry).min(1).max(1000))

type Segment = { literal: string } | { param: string }

export interface CompiledRoute {
  /** The pattern as written: what X-Authz-Route reports. */
  readonly path: string
  readonly segments: readonly Segment[]
  /** The pattern ends in `*`: any further segments match. */
  readonly tail: boolean
  /** Method -> the permission it needs; null on a public route. */
  readonly methods: ReadonlyMap<string, string | null>
  readonly resource: ResourceTemplate | undefined
}

export type RouteMaps = ReadonlyMap<string, readonly CompiledRoute[]>

function compileRoute(route: RouteEntry): CompiledRoute {
  const parts = route.path === '/' ? [] : route.path.slice(1).split('/')
  const tail = parts.at(-1) === '*'
  const segments = (tail ? parts.slice(0, -1) : parts).map((part): Segment =>
    Param.test(part) ? { param: part.slice(1) } : { literal: part },
  )
  const methods = new Map<Method, string | null>()
  route.methods.forEach((method, i) => {
    const needs = route.public === true ? null : route.permission!
    methods.set(method, Array.isArray(needs) ? needs[i]! : needs)
  })
  return {
    path: route.path,
    segments,
    tail,
    methods,
    resource: route.resource,
  }
}

/** Validates and compiles route maps; throws one Error naming the file, each route and reason. */
export function compileRouteMaps(raw: unknown, file: string): RouteMaps {
  const parsed = RouteMapsFile.safeParse(raw)
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => {
      const [map, index, ...field] = issue.path.map(String)
      const where = index === undefined ? (map ?? '(file)') : `${map}[${index}]`
      return `${file}: ${where}${field.length ? `.${field.join('.')}` : ''}: ${issue.message}`
    })
    throw new Error(`invalid route maps\n${[...new Set(reasons)].join('\n')}`)
  }
  return new Map(
    Object.entries(parsed.data).map(([name, routes]) => [name, routes.map(compileRoute)]),
  )
}

export interface RouteMatch {
  readonly route: CompiledRoute
  /** The permission to check; null on a public route. */
  readonly permission: string | null
  readonly resource: Resource | undefined
}

/**
 * Fills a resource template from path parameters; undefined when a filled value cannot be what
 * the Resource schema allows there (the template itself was validated at load).
 */
function fillResource(template: ResourceTemplate, params: Map<string, string>) {
  const fill = (value: string) => (value.startsWith(':') ? params.get(value.slice(1))! : value)
  const id = fill(template.id)
  if (id.length > MAX_RESOURCE_ID) return undefined
  const resource: { -readonly [K in keyof Resource]: Resource[K] } = { type: template.type, id }
  for (const key of ['groupId', 'ownerId'] as const) {
    const value = template[key]
    if (value === undefined) continue
    const filled = fill(value)
    if (!ID_PATTERN.test(filled)) return undefined
    resource[key] = filled
  }
  if (template.assigneeIds !== undefined) {
    const ids = template.assigneeIds.map(fill)
    if (!ids.every((a) => ID_PATTERN.test(a))) return undefined
    resource.assigneeIds = ids
  }
  return resource
}

/** Path parameters when `route` matches the segments, else undefined. */
function matchPath(route: CompiledRoute, segments: readonly string[]) {
  const n = route.segments.length
  if (route.tail ? segments.length < n : segments.length !== n) return undefined
  const params = new Map<string, string>()
  for (let i = 0; i < n; i++) {
    const want = route.segments[i]!
    if ('param' in want) params.set(want.param, segments[i]!)
    else if (want.literal !== segments[i]) return undefined
  }
  return params
}

/**
 * The first route of `routes` that matches the method and URI (HEAD as GET, query ignored,
 * case-sensitive on decoded segments). A non-canonical path, or a parameter that cannot be the
 * id its resource names, matches nothing: undefined.
 */
export function matchRoute(
  routes: readonly CompiledRoute[],
  method: string,
  uri: string,
): RouteMatch | undefined {
  const segments = canonicalSegments(uri)
  if (segments === undefined) return undefined
  const wanted = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase()
  for (const route of routes) {
    const permission = route.methods.get(wanted)
    if (permission === undefined) continue
    const params = matchPath(route, segments)
    if (params === undefined) continue
    if (route.resource === undefined) return { route, permission, resource: undefined }
    const resource = fillResource(route.resource, params)
    if (resource !== undefined) return { route, permission, resource }
  }
  return undefined
}
