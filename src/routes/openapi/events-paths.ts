/** @module /openapi.json paths of the push channel (SPEC §8): the ticket and the WebSocket. */
import { EventTicketResponse, VersionEvent } from '../../schemas'
import { schemaRef } from './components'
import { headers } from './headers'
import { jsonAnswer, operation } from './operations'
import { CODES } from './problems'
import type { Paths } from './types'

const tag = 'Push'

export const eventPaths = (): Paths => ({
  '/v1/events/ticket': {
    post: operation({
      operationId: 'eventTicket',
      summary: 'A single-use ticket (60 s) to open the push WebSocket',
      description:
        'Bound to the tenant and user of the token; 403 `unknown_user` when the user is not in ' +
        'the tenant, 403 `forbidden` (reason `user_disabled`) when deactivated.',
      tag,
      auth: 'bearer',
      answers: {
        '201': jsonAnswer('The ticket (never stored)', EventTicketResponse, ['Cache-Control']),
      },
      codes: [...CODES.auth, ...CODES.storage, 'unknown_user', 'forbidden'],
    }),
  },
  '/v1/events': {
    get: operation({
      operationId: 'events',
      summary: "The tenant's version, pushed over a WebSocket",
      description:
        'Authenticated by the ticket alone (a browser sends no header on a WebSocket). The socket ' +
        'receives a `VersionEvent` once on connect and within 1 s of every committed change of ' +
        "the tenant's version (a burst may arrive as one message with the latest version); " +
        'versions never go down. It only listens: a text `ping` is answered `pong`. Refetch ' +
        '/v1/me (If-None-Match, X-Authz-Consistency of the message) when the version grows. A ' +
        'request without `Upgrade: websocket` is 426 and leaves the ticket unused; a missing, ' +
        'malformed, unknown, used or expired ticket is 401 `invalid_ticket` (with that `reason`) ' +
        'before any upgrade.',
      tag,
      auth: 'none',
      parameters: [
        {
          name: 'ticket',
          in: 'query',
          required: true,
          description: 'The ticket of POST /v1/events/ticket',
          schema: { type: 'string' },
        },
        {
          name: 'Upgrade',
          in: 'header',
          required: true,
          description: '`websocket` (else 426 `upgrade_required`)',
          schema: { type: 'string', examples: ['websocket'] },
        },
      ],
      answers: {
        '101': {
          description: 'Switching Protocols: the WebSocket; each message is a JSON `VersionEvent`',
          headers: headers(['X-Request-Id']),
          'x-websocket-messages': { schema: schemaRef(VersionEvent) },
        },
      },
      codes: [...CODES.storage, 'invalid_ticket', 'upgrade_required'],
    }),
  },
})
