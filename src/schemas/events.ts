/** @module Push channel answers (zod): the ticket and the WebSocket's message, for /openapi.json. */
import { z } from 'zod'
import { TenantVersion } from './responses'

export const EventTicketResponse = z
  .object({
    ticket: z.string().meta({
      description: 'Single use, valid 60 s: connect with `GET /v1/events?ticket=<ticket>`',
    }),
    expiresAt: z.number().int().meta({ description: 'Unix milliseconds' }),
  })
  .meta({ id: 'EventTicketResponse' })

/** The one message the push WebSocket sends: on connect, then after every change. */
export const VersionEvent = z
  .object({
    type: z.literal('version'),
    version: TenantVersion.meta({
      description: "The tenant's version now; never lower than one the socket received before",
    }),
    consistency: z.string().meta({
      description:
        'The consistency token of `version`: send it as X-Authz-Consistency when refetching ' +
        '/v1/me to read at least this fresh (SPEC §8)',
    }),
  })
  .meta({ id: 'VersionEvent' })

export type VersionEvent = z.infer<typeof VersionEvent>
