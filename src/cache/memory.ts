/**
 * @module A bounded in-isolate cache: least recently used entries go first, bounded by an
 * estimate of the bytes they hold (an isolate has 128 MB, shared by every tenant it serves).
 */

export interface MemoryCacheOptions<V> {
  /** The most bytes the entries may hold, by `sizeOf`'s estimate. */
  readonly maxBytes: number
  /** Estimated bytes of one entry, key included. */
  readonly sizeOf: (value: V, key: string) => number
}

export class MemoryCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>()
  private held = 0

  constructor(private readonly options: MemoryCacheOptions<V>) {}

  /** The value, made the most recently used. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  /** Stores the value, evicting the least recently used until the budget holds. */
  set(key: string, value: V): void {
    this.delete(key)
    const bytes = this.options.sizeOf(value, key)
    if (bytes > this.options.maxBytes) return // would evict everything and still not fit
    this.entries.set(key, { value, bytes })
    this.held += bytes
    for (const [oldest, entry] of this.entries) {
      if (this.held <= this.options.maxBytes) break
      this.entries.delete(oldest)
      this.held -= entry.bytes
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.held -= entry.bytes
  }

  /** Estimated bytes held now. */
  get bytes(): number {
    return this.held
  }

  get size(): number {
    return this.entries.size
  }
}

export const MiB = 1024 * 1024

/** Rough bytes of a string in V8 (two per character, plus the object). */
export const stringBytes = (s: string): number => 2 * s.length + 32
