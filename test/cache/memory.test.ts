/** The in-isolate caches are bounded by estimated bytes, least recently used out first. */
import { describe, expect, it } from 'vitest'
import { MemoryCache } from '../../src/cache/memory'

const cache = (maxBytes: number) => new MemoryCache<string>({ maxBytes, sizeOf: (v) => v.length })

describe('MemoryCache', () => {
  it('never holds more than its budget', () => {
    const c = cache(10)
    for (let i = 0; i < 100; i++) {
      c.set(`k${i}`, 'x'.repeat(1 + (i % 4)))
      expect(c.bytes).toBeLessThanOrEqual(10)
    }
  })

  it('evicts the least recently used, and a read counts as use', () => {
    const c = cache(9)
    c.set('a', 'aaa')
    c.set('b', 'bbb')
    c.set('c', 'ccc')
    expect(c.get('a')).toBe('aaa') // a is now the most recent
    c.set('d', 'ddd') // evicts b, the least recently used
    expect([c.get('a'), c.get('b'), c.get('c'), c.get('d')]).toEqual([
      'aaa',
      undefined,
      'ccc',
      'ddd',
    ])
    expect(c.bytes).toBe(9)
  })

  it('replacing a key frees its old bytes; an entry over the whole budget is not kept', () => {
    const c = cache(10)
    c.set('a', 'aaaaaaaa')
    c.set('a', 'aa')
    expect(c.bytes).toBe(2)
    c.set('huge', 'x'.repeat(11))
    expect(c.get('huge')).toBeUndefined()
    expect(c.get('a')).toBe('aa')
  })
})
