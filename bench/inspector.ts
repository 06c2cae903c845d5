// A minimal Chrome DevTools Protocol client for one worker's V8 isolate in workerd (Miniflare's
// `inspectorPort`): heap usage and the sampling CPU profiler. `ws` comes with wrangler/miniflare.
import WebSocket from 'ws'

export interface HeapUsage {
  /** V8 heap bytes in use (live and not yet collected). */
  usedSize: number
  /** V8 heap bytes reserved. */
  totalSize: number
  /** Bytes workerd's own (C++) objects report to V8. */
  embedderHeapUsedSize: number
}

export interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}

export interface ProfileNode {
  id: number
  callFrame: CallFrame
  hitCount?: number
  children?: number[]
}

export interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

export interface Inspector {
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>
  close(): void
}

/**
 * Connects to the isolate of worker `name` (workerd names it `core:user:<name>`) at the
 * inspector URL Miniflare reports (`mf.getInspectorURL()`).
 */
export async function connectInspector(inspectorUrl: URL, name: string): Promise<Inspector> {
  const ws = new WebSocket(new URL(`/core:user:${name}`, inspectorUrl).toString(), {
    maxPayload: 1024 * 1024 * 1024,
  })
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  let next = 0
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      id?: number
      result?: unknown
      error?: { message: string }
    }
    const waiting = message.id === undefined ? undefined : pending.get(message.id)
    if (!waiting) return // an event
    pending.delete(message.id!)
    if (message.error) waiting.reject(new Error(message.error.message))
    else waiting.resolve(message.result)
  })
  ws.on('close', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('inspector closed'))
    pending.clear()
  })
  return {
    send<T>(method: string, params: Record<string, unknown> = {}) {
      const id = ++next
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
        ws.send(JSON.stringify({ id, method, params }))
      })
    },
    close: () => ws.close(),
  }
}

export const heapUsage = (inspector: Inspector) => inspector.send<HeapUsage>('Runtime.getHeapUsage')
