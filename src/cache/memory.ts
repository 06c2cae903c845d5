/** @module A bounded in-isolate cache: least recently inserted entries go first. */

export class MemoryCache<V> {
  private readonly entries = new Map<string, V>()
  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key)
  }

  set(key: string, value: V): void {
    if (this.entries.has(key)) this.entries.delete(key)
    else if (this.entries.size >= this.limit) {
      this.entries.delete(this.entries.keys().next().value!)
    }
    this.entries.set(key, value)
  }
}
