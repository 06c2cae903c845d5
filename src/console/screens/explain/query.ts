/** @module The Explain screen's query string (the link contract between screens), read and checked. */
import type { ExplainInput } from '../../../admin/explain'
import type { Resource } from '../../../engine'
import { AppError } from '../../../errors'
import { Resource as ResourceSchema, validated } from '../../../schemas'

/** `/console/explain?user=&permission=&type=&id=&group=&owner=`, each optional, as typed. */
export interface ExplainQuery {
  readonly user: string
  readonly permission: string
  readonly type: string
  readonly id: string
  readonly group: string
  readonly owner: string
}

export const QUERY_KEYS = ['user', 'permission', 'type', 'id', 'group', 'owner'] as const

/** The fields as given (trimmed, '' when absent). */
export function queryOf(read: (name: string) => string | undefined): ExplainQuery {
  const value = (name: string) => (read(name) ?? '').trim()
  return {
    user: value('user'),
    permission: value('permission'),
    type: value('type'),
    id: value('id'),
    group: value('group'),
    owner: value('owner'),
  }
}

/** A link to Explain with these fields (empty ones left out). */
export function explainHref(query: Partial<ExplainQuery>): string {
  const params = new URLSearchParams()
  for (const key of QUERY_KEYS) {
    const value = query[key]
    if (value) params.set(key, value)
  }
  const text = params.toString()
  return text === '' ? '/console/explain' : `/console/explain?${text}`
}

/**
 * What to explain, or undefined while User or Permission is still empty (the form alone). The
 * resource is validated as POST /v1/check validates it: 400 `invalid_request` naming the field.
 */
export function explainInputOf(query: ExplainQuery): ExplainInput | undefined {
  if (query.user === '' || query.permission === '') return undefined
  return { userId: query.user, permission: query.permission, resource: resourceOf(query) }
}

function resourceOf(query: ExplainQuery): Resource | undefined {
  const { type, id, group, owner } = query
  if (type === '' && id === '') {
    if (group === '' && owner === '') return undefined
    throw new AppError(
      'invalid_request',
      'Group and Owner describe a resource: give its Resource type and Resource id too',
    )
  }
  return validated(
    {
      type,
      id,
      ...(group === '' ? {} : { groupId: group }),
      ...(owner === '' ? {} : { ownerId: owner }),
    },
    ResourceSchema,
  )
}
