/**
 * @module TenantEvents: the Durable Object of one tenant's push channel (SPEC §8), named by the
 * tenant id. It issues and redeems the tenant's tickets, holds its frontends' WebSockets through
 * the Hibernation API (an idle object leaves memory while the sockets stay open) and sends each
 * socket the tenant's version: once on connect, then whenever an admin write reports a newer one.
 * A socket never receives a version lower than one it already has.
 */
import { DurableObject } from 'cloudflare:workers'
import { consistencyTokens } from '../decide/consistency-token'
import { createDb, type Db } from '../db/client'
import type { Bindings } from '../env'
import { loadPointer } from '../repos/authz-rows-repo'
import type { VersionEvent } from '../schemas'
import { formatTicket, newTicket, parseTicket, refusedUpgrade, ticketDigest } from './ticket'
import { TicketStore } from './ticket-store'

/** What a socket carries through hibernation (serializeAttachment). */
interface SocketState {
  readonly userId: string
  /** The highest version sent to it. */
  readonly sent: number
}

/** Storage key of the highest version this object knows the tenant reached. */
const LATEST = 'latest'

const sentTo = (ws: WebSocket): number =>
  (ws.deserializeAttachment() as SocketState | null)?.sent ?? 0

export class TenantEvents extends DurableObject<Bindings> {
  private readonly tickets: TicketStore
  private readonly db: Db

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env)
    this.tickets = new TicketStore(ctx.storage.sql)
    this.db = createDb(env.DB)
    // Keep-alive pings are answered by the runtime without waking a hibernating object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('ping', 'pong'))
  }

  /** A ticket for a user of this tenant; the caller has checked the user exists and is active. */
  async issue(tenant: string, userId: string): Promise<{ ticket: string; expiresAt: number }> {
    const ticket = await newTicket(this.env.CONSISTENCY_SECRET, tenant)
    const expiresAt = this.tickets.add(await ticketDigest(ticket), tenant, userId, Date.now())
    return { ticket: formatTicket(ticket), expiresAt }
  }

  /** A committed change of the tenant's version: every socket that has less receives it. */
  async notify(tenant: string, version: number): Promise<void> {
    await this.publish(tenant, version)
  }

  /**
   * The upgrade of GET /v1/events (the worker checked the Upgrade header and the ticket's mac):
   * 101 with the socket, 401 `{refused}` for a ticket it does not accept, 503 when no version
   * can be read.
   */
  override async fetch(request: Request): Promise<Response> {
    const ticket = parseTicket(new URL(request.url).searchParams.get('ticket') ?? '')
    if (!ticket) return refusedUpgrade('malformed')
    const digest = await ticketDigest(ticket)
    // A refused ticket costs no D1 read; an accepted one is used up only once the socket opens.
    const early = this.tickets.inspect(digest, ticket.tenant, Date.now())
    if ('refused' in early) return refusedUpgrade(early.refused)
    const version = await this.currentVersion(ticket.tenant)
    if (version === undefined) return new Response(null, { status: 503 })
    // Checked again: another upgrade with the same ticket may have run during the read.
    const redeemed = this.tickets.redeem(digest, ticket.tenant, Date.now())
    if ('refused' in redeemed) return refusedUpgrade(redeemed.refused)
    const { 0: client, 1: server } = new WebSocketPair()
    this.ctx.acceptWebSocket(server, [`user:${redeemed.userId}`])
    server.serializeAttachment({ userId: redeemed.userId, sent: 0 } satisfies SocketState)
    await this.publish(ticket.tenant, version)
    return new Response(null, { status: 101, webSocket: client })
  }

  override webSocketMessage(): void {
    // Frontends only listen; `ping` is answered by the runtime (setWebSocketAutoResponse).
  }

  override webSocketClose(ws: WebSocket, code: number, reason: string): void {
    try {
      ws.close(code, reason) // complete the closing handshake
    } catch {
      // Already closed (the runtime may have replied), or a code that cannot be sent (1005).
    }
  }

  override webSocketError(_ws: WebSocket, error: unknown): void {
    console.error(JSON.stringify({ event: 'push_socket_error', error: String(error) }))
  }

  private latest(): number {
    return this.ctx.storage.kv.get<number>(LATEST) ?? 0
  }

  /** The tenant's version in D1, or the newest one notified if D1 is unavailable. */
  private async currentVersion(tenant: string): Promise<number | undefined> {
    try {
      return Math.max((await loadPointer(this.db, tenant)).v, this.latest())
    } catch (error) {
      console.error(
        JSON.stringify({ event: 'push_version_unavailable', tenant, error: String(error) }),
      )
      return this.latest() > 0 ? this.latest() : undefined
    }
  }

  /** Raises the known version to `version` and sends the newest one to every socket behind it. */
  private async publish(tenant: string, version: number): Promise<void> {
    const latest = Math.max(version, this.latest())
    if (latest > this.latest()) this.ctx.storage.kv.put(LATEST, latest)
    if (!this.ctx.getWebSockets().some((ws) => sentTo(ws) < latest)) return
    const consistency = await consistencyTokens(this.env.CONSISTENCY_SECRET).sign({
      tenant,
      version: latest,
    })
    const message = JSON.stringify({
      type: 'version',
      version: latest,
      consistency,
    } satisfies VersionEvent)
    // Read again after the await: a concurrent publish may have sent a newer version meanwhile.
    for (const ws of this.ctx.getWebSockets()) {
      const state = ws.deserializeAttachment() as SocketState | null
      if (!state || state.sent >= latest) continue
      try {
        ws.send(message)
        ws.serializeAttachment({ ...state, sent: latest } satisfies SocketState)
      } catch {
        // The socket is closing: webSocketClose follows.
      }
    }
  }
}
