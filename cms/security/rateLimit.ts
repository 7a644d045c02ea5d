import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { connectedRedis, deleteSharedKeys, redisUrl } from '../sharedState/redis'

/**
 * The one factory for counted limits (sign-in failures, password-reset requests, public form
 * posts): at most `limit` hits per key in a window of `windowMs`, counted by
 * rate-limiter-flexible — in Redis when `REDIS_URL` is set, so every CMS instance counts the
 * same hits (`RateLimiterRedis`: one atomic Lua increment per hit, the key expiring with its
 * window), in this process's memory otherwise (`RateLimiterMemory`).
 *
 * A window is fixed: it starts at a key's first counted hit and lasts `windowMs`; the refusal's
 * `retryAfterMs` is the time left in it. A refused hit is given back at once, so refusals never
 * count (nor lengthen anything), and a key never stays above its limit.
 *
 * Redis unreachable (or answering slower than COMMAND_TIMEOUT_MS): the hit is counted in this
 * process's memory instead (rate-limiter-flexible's `insuranceLimiter`), and the connection logs
 * the outage loudly once (cms/sharedState/redis.ts). We chose this over refusing every sign-in:
 * an outage of a cache server must not lock the editors out, and each instance still holds
 * every key to its full limit, so a guesser gets at most (number of instances) × the limit per
 * window while it lasts. Counts made in memory are not carried over when Redis is back.
 *
 * The backend is chosen at each call from `REDIS_URL` (a process that sets it late, such as a
 * test, gets Redis from then on).
 *
 * @example
 * const limiter = createRateLimiter({ name: 'reset-address', limit: 5, windowMs: 15 * 60_000 })
 * await limiter.hit('203.0.113.7') // { allowed: true, remaining: 4, retryAfterMs: 0 }
 */
export type Hit = { allowed: boolean; remaining: number; retryAfterMs: number }

export type RateLimiter = {
  hit: (key: string) => Promise<Hit>
  /** Whether the key has used up its window already, without counting anything. */
  peek: (key: string) => Promise<Hit>
  /** Gives back one hit of a key (e.g. the login turned out to be correct). */
  release: (key: string) => Promise<void>
  /** Forgets every hit of a key (e.g. the owner proved who they are). */
  clear: (key: string) => Promise<void>
  /** Forgets every key (tests; an administrator clearing all limits). */
  reset: () => Promise<void>
}

type Backend = RateLimiterMemory | RateLimiterRedis

export function createRateLimiter({
  name,
  limit,
  windowMs,
}: {
  /** Names the limit's keys in Redis (`hub:limit:<name>:<key>`): one name per kind of limit. */
  name: string
  limit: number
  windowMs: number
}): RateLimiter {
  const keyPrefix = `hub:limit:${name}`
  // rate-limiter-flexible counts windows in whole seconds.
  const settings = { keyPrefix, points: limit, duration: Math.max(1, Math.ceil(windowMs / 1000)) }
  let memory = new RateLimiterMemory(settings)
  let redis: { url: string; limiter: RateLimiterRedis } | null = null

  const backend = async (): Promise<Backend> => {
    const url = redisUrl()
    if (!url) return memory
    const client = await connectedRedis()
    if (redis?.url !== url) {
      const limiter = new RateLimiterRedis({
        ...settings,
        storeClient: client,
        // Not connected: straight to memory rather than waiting on a dead server.
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      })
      redis = { url, limiter }
    }
    return redis.limiter
  }

  const release = async (key: string) => {
    const limiter = await backend()
    const after = await limiter.reward(key)
    // Below zero only when the window ended in between: a new window must not start in credit.
    if (after.consumedPoints < 0) await limiter.delete(key)
  }

  return {
    async hit(key) {
      try {
        const res = await (await backend()).consume(key)
        return { allowed: true, remaining: res.remainingPoints, retryAfterMs: 0 }
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal
        await release(key)
        return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, refusal.msBeforeNext) }
      }
    },
    async peek(key) {
      const res = await (await backend()).get(key)
      const used = res?.consumedPoints ?? 0
      return used >= limit
        ? { allowed: false, remaining: 0, retryAfterMs: Math.max(1, res!.msBeforeNext) }
        : { allowed: true, remaining: limit - used, retryAfterMs: 0 }
    },
    release,
    async clear(key) {
      await (await backend()).delete(key)
    },
    async reset() {
      await deleteSharedKeys(keyPrefix)
      memory = new RateLimiterMemory(settings)
      if (redis) redis = null
    },
  }
}
