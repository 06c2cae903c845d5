/**
 * @module The push channel (SPEC §8): POST /v1/events/ticket (bearer token) and GET /v1/events
 * (the WebSocket, authenticated by the ticket alone: browsers cannot send headers on it).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { AppError } from '../errors'
import { eventsNamespace, issueTicket, pushUnavailable } from '../events/issue-ticket'
import { parseTicket, refusalOf, verifyTicket, type TicketRefusal } from '../events/ticket'
import { dataDeps, NO_STORE } from './http-deps'

const REFUSALS: Record<TicketRefusal, string> = {
  missing: 'no ticket: send ?ticket= from POST /v1/events/ticket',
  malformed: 'not a ticket of this service',
  unknown: 'this service did not issue this ticket for its tenant',
  used: 'the ticket was used',
  expired: 'the ticket expired',
}

const invalidTicket = (reason: TicketRefusal) =>
  new AppError('invalid_ticket', REFUSALS[reason], { reason })

/** Behind the authenticate middleware. */
export const eventTicketRoutes = new Hono<AppEnv>().post('/events/ticket', async (c) => {
  const issued = await issueTicket(dataDeps(c), eventsNamespace(c.env), c.get('principal'))
  // A ticket is a credential: never stored.
  return c.json(issued, 201, NO_STORE)
})

/** Before the authenticate middleware: the ticket is the credential. */
export const eventSocketRoutes = new Hono<AppEnv>().get('/events', async (c) => {
  // Checked first, so a request that cannot become a WebSocket leaves the ticket unused. The 426
  // names the protocol in its title: workerd drops a hop-by-hop Upgrade header from non-101 answers.
  if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
    throw new AppError('upgrade_required')
  }
  const raw = c.req.query('ticket')
  if (raw === undefined || raw === '') throw invalidTicket('missing')
  const ticket = parseTicket(raw)
  if (!ticket) throw invalidTicket('malformed')
  // A forged ticket (or another tenant's, renamed) is refused here and wakes no object.
  if (!(await verifyTicket(c.env.CONSISTENCY_SECRET, ticket))) throw invalidTicket('unknown')
  let answer: Response
  try {
    answer = await eventsNamespace(c.env).getByName(ticket.tenant).fetch(c.req.raw)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw pushUnavailable(error)
  }
  if (answer.status === 101) {
    // The object's answer carries no headers of ours; the socket passes through.
    return new Response(null, {
      status: 101,
      webSocket: answer.webSocket,
      headers: { 'X-Request-Id': c.get('requestId') },
    })
  }
  if (answer.status === 401) throw invalidTicket(await refusalOf(answer))
  throw pushUnavailable(`the tenant's object answered ${answer.status}`)
})
