/**
 * @module An example downstream API: conversations protected by authorize(), rows filtered with
 * scope(). It takes its Decider from outside, so the same app runs over a service binding (the
 * worker in index.ts) or over HTTP (createAuthzClient), as the tests show.
 */
import { Hono, type Context } from 'hono'
import type { Decider } from '@edge-authz/client'
import { authorize, type AuthzEnv } from '@edge-authz/client/hono'

export interface Conversation {
  readonly id: string
  readonly groupId: string
  readonly ownerId?: string
  readonly assigneeIds?: readonly string[]
}

/** The app's own data: the authorization service never stores resources (SPEC §1). */
export const CONVERSATIONS: readonly Conversation[] = [
  { id: 'c1', groupId: 'boston' },
  { id: 'c2', groupId: 'nyc' },
  { id: 'c3', groupId: 'sf', assigneeIds: ['agnes'] },
  { id: 'c4', groupId: 'seattle' },
]

type Env = AuthzEnv & { Bindings: Record<string, unknown> }

const conversation = (c: Context<Env>) => {
  const found = CONVERSATIONS.find((row) => row.id === c.req.param('id'))
  return found && { type: 'conversation', ...found, assigneeIds: found.assigneeIds?.slice() }
}

export function createApp(deciderFor: (c: Context<Env>) => Decider) {
  const read = 'interactions.conversations:read'
  return (
    new Hono<Env>()
      // Row-level filtering: the scope turned into a filter over the app's rows.
      .get('/conversations', authorize({ decider: deciderFor, permission: read }), async (c) => {
        const result = await deciderFor(c).scope(c.var.authzToken, { permission: read })
        if (!result.ok) return c.json(result.problem, 503)
        const scope = result.value
        const user = scope.kind === 'filter' ? scope.userId : undefined
        const visible = CONVERSATIONS.filter(
          (row) =>
            scope.kind === 'all' ||
            (scope.kind === 'filter' &&
              (scope.groupIds.includes(row.groupId) ||
                row.ownerId === user ||
                (user !== undefined && row.assigneeIds?.includes(user)))),
        )
        return c.json({ conversations: visible.map((row) => row.id) })
      })
      .get(
        '/conversations/:id',
        authorize({ decider: deciderFor, permission: read, resource: conversation }),
        (c) => c.json({ id: c.req.param('id'), decision: c.var.authz }),
      )
      .post(
        '/conversations/:id/score',
        authorize({
          decider: deciderFor,
          permission: 'quality.evaluations:write',
          resource: conversation,
        }),
        (c) => c.json({ scored: c.req.param('id'), decision: c.var.authz }, 201),
      )
  )
}
