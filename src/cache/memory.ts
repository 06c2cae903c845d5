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

interface Entry<V> {
  readonly value: V
  readonly bytes: number
  /** When it last moved to the recent end (a running count of moves). */
  touched: number
}

export class MemoryCache<V> {
  private readonly entries = new Map<string, Entry<V>>()
  private held = 0
  private moves = 0

  constructor(private readonly options: MemoryCacheOptions<V>) {}

  /**
   * The value, made recently used. An entry already among the most recent quarter stays where it
   * is (a hot entry read on every request costs no reordering); others move to the recent end.
   */
  get(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (this.moves - entry.touched > this.entries.size / 4) {
      this.entries.delete(key)
      this.entries.set(key, entry)
      entry.touched = ++this.moves
    }
    return entry.value
  }

  /** Stores the value, evicting the least recently used until the budget holds. */
  set(key: string, value: V): void {
    this.delete(key)
    const bytes = this.options.sizeOf(value, key)
    if (bytes > this.options.maxBytes) return // would evict everything and still not fit
    this.entries.set(key, { value, bytes, touched: ++this.moves })
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

/** Rough bytes of a string in V8: ids and names here are mostly one byte a character. */
export const stringBytes = (s: string): number => s.length + 24
