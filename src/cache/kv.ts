/** @module KV as a cache that may fail: a failed read is a miss, a failed write is logged. */

/** Reads and parses a JSON value; undefined when missing, unreadable, or KV is down. */
export async function kvGetJson<T>(kv: KVNamespace, key: string): Promise<T | undefined> {
  try {
    const value = await kv.get<T>(key, 'json')
    return value ?? undefined
  } catch (error) {
    console.warn(JSON.stringify({ event: 'kv_get_failed', key, error: String(error) }))
    return undefined
  }
}

/** Writes a JSON value with a TTL (seconds, ≥ 60); never throws. */
export async function kvPutJson(
  kv: KVNamespace,
  key: string,
  value: unknown,
  ttlSeconds: number,
): Promise<void> {
  try {
    await kv.put(key, JSON.stringify(value), { expirationTtl: ttlSeconds })
  } catch (error) {
    console.warn(JSON.stringify({ event: 'kv_put_failed', key, error: String(error) }))
  }
}
