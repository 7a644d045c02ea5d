/**
 * An in-memory sliding-window counter: at most `limit` hits per key within `windowMs`. Checks
 * and records in one synchronous step, so parallel requests cannot slip past the limit
 * between a check and a write. Per process: one CMS server, one memory.
 *
 * @example
 * const limiter = createRateLimiter({ limit: 5, windowMs: 15 * 60_000 })
 * limiter.hit('203.0.113.7') // { allowed: true, remaining: 4, retryAfterMs: 0 }
 */
export type RateLimiter = {
  hit: (key: string, now?: number) => { allowed: boolean; remaining: number; retryAfterMs: number }
  /** Gives back the most recent hit of a key (e.g. the login turned out to be correct). */
  release: (key: string) => void
  /** Forgets every hit of a key (e.g. the owner proved who they are). */
  clear: (key: string) => void
  reset: () => void
}

export function createRateLimiter({
  limit,
  windowMs,
  maxKeys = 50_000,
}: {
  limit: number
  windowMs: number
  /** Bounds memory when an attacker varies the key (forged addresses, random e-mails). */
  maxKeys?: number
}): RateLimiter {
  const hits = new Map<string, number[]>()

  const recent = (key: string, now: number) => {
    const kept = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
    if (kept.length === 0) hits.delete(key)
    else hits.set(key, kept)
    return kept
  }

  return {
    hit(key, now = Date.now()) {
      const kept = recent(key, now)
      if (kept.length >= limit) {
        return { allowed: false, remaining: 0, retryAfterMs: windowMs - (now - kept[0]) }
      }
      if (!hits.has(key) && hits.size >= maxKeys) {
        // Drop the oldest key (Map keeps insertion order) rather than grow without bound.
        const oldest = hits.keys().next().value
        if (oldest !== undefined) hits.delete(oldest)
      }
      hits.set(key, [...kept, now])
      return { allowed: true, remaining: limit - kept.length - 1, retryAfterMs: 0 }
    },
    release(key) {
      const list = hits.get(key)
      if (!list) return
      list.pop()
      if (list.length === 0) hits.delete(key)
    },
    clear(key) {
      hits.delete(key)
    },
    reset() {
      hits.clear()
    },
  }
}
