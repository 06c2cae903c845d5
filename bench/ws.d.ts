// The few members of `ws` (a dependency of miniflare, not ours; no @types/ws installed) that
// bench/inspector.ts uses.
declare module 'ws' {
  export default class WebSocket {
    constructor(url: string, options?: { maxPayload?: number })
    on(event: 'message', listener: (data: Buffer | string) => void): this
    on(event: 'close', listener: () => void): this
    once(event: 'open', listener: () => void): this
    once(event: 'error', listener: (error: Error) => void): this
    send(data: string): void
    close(): void
  }
}
