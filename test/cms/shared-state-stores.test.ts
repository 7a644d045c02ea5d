/**
 * The stores behind the sign-in and form limits (cms/security/rateLimit.ts, knownAddresses.ts),
 * each run twice: in this process's memory (no REDIS_URL) and in a real Redis server started for
 * this file (test/helpers/redis.ts). Then what happens when that Redis dies mid-run: the limits
 * go on in memory, loudly, and return to Redis when it is back.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createKnownAddresses } from '@cms/security/knownAddresses'
import { createRateLimiter } from '@cms/security/rateLimit'
import { closeSharedRedis, sharedRedis, sharedRedisReady } from '@cms/sharedState/redis'
import { REDIS_MISSING, startRedis, type TestRedis } from '../helpers/redis'
import { waitFor } from '../helpers/wait'

const day = 24 * 60 * 60 * 1000
let redis: TestRedis | null = null
let names = 0
/** A limiter of its own per test (its keys never meet another test's). */
const limiter = (limit: number, windowMs = 60_000) =>
  createRateLimiter({ name: `test-${++names}`, limit, windowMs })

const useRedis = async () => {
  redis ??= await startRedis()
  process.env.REDIS_URL = redis.url
  expect(await sharedRedisReady()).toBe(true)
}
const useMemory = async () => {
  delete process.env.REDIS_URL
  await closeSharedRedis()
}

afterAll(async () => {
  await useMemory()
  await redis?.stop()
})

if (REDIS_MISSING) console.warn(`Skipping the Redis half of this file: ${REDIS_MISSING}`)
const backends = [
  { backend: 'memory', use: useMemory },
  ...(REDIS_MISSING ? [] : [{ backend: 'Redis', use: useRedis }]),
]

describe.each(backends)('limits and known addresses in $backend', ({ backend, use }) => {
  beforeAll(use)

  it('allows `limit` hits per key, then refuses with the time left; refusals do not count', async () => {
    const limits = limiter(3)
    const hits = [await limits.hit('k'), await limits.hit('k'), await limits.hit('k')]
    expect(hits.map((h) => [h.allowed, h.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ])
    for (let i = 0; i < 5; i++) {
      const refused = await limits.hit('k')
      expect(refused.allowed).toBe(false)
      expect(refused.retryAfterMs).toBeGreaterThan(55_000)
      expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000)
    }
    // Five refusals later, giving one hit back leaves room for exactly one.
    await limits.release('k')
    expect((await limits.hit('k')).allowed).toBe(true)
    expect((await limits.hit('k')).allowed).toBe(false)
    expect((await limits.hit('other')).allowed).toBe(true)
    expect((await limits.peek('k')).allowed).toBe(false)
    expect((await limits.peek('other')).remaining).toBe(2)
  })

  it('starts a new window once the old one has passed', async () => {
    const limits = limiter(1, 1000)
    expect((await limits.hit('k')).allowed).toBe(true)
    const refused = await limits.hit('k')
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterMs).toBeLessThanOrEqual(1000)
    await new Promise((resolve) => setTimeout(resolve, refused.retryAfterMs + 100))
    expect((await limits.hit('k')).allowed).toBe(true)
  })

  it('clear forgets a key, reset forgets them all', async () => {
    const limits = limiter(1)
    await limits.hit('a')
    await limits.hit('b')
    await limits.clear('a')
    expect((await limits.hit('a')).allowed).toBe(true)
    expect((await limits.hit('b')).allowed).toBe(false)
    await limits.reset()
    expect((await limits.hit('a')).allowed).toBe(true)
    expect((await limits.hit('b')).allowed).toBe(true)
  })

  it('holds under parallel hits', async () => {
    const limits = limiter(5)
    const hits = await Promise.all(Array.from({ length: 40 }, () => limits.hit('k')))
    expect(hits.filter((h) => h.allowed)).toHaveLength(5)
  })

  it('knows an address of an account until the time to live has passed since the last sign-in', async () => {
    const known = createKnownAddresses({ ttlMs: 30 * day })
    await known.reset()
    await known.remember('a@hub.example', '203.0.113.7', 0)
    expect(await known.has('a@hub.example', '203.0.113.7', 29 * day)).toBe(true)
    expect(await known.has('b@hub.example', '203.0.113.7', 1)).toBe(false)
    expect(await known.has('a@hub.example', '203.0.113.8', 1)).toBe(false)
    expect(await known.has('a@hub.example', '203.0.113.7', 30 * day)).toBe(false)
    await known.remember('a@hub.example', '203.0.113.7', 29 * day)
    expect(await known.has('a@hub.example', '203.0.113.7', 58 * day)).toBe(true)
  })

  it('keeps the most recent addresses per account', async () => {
    const known = createKnownAddresses({ ttlMs: day, perAccount: 2, maxAccounts: 2 })
    await known.reset()
    await known.remember('a', '1', 0)
    await known.remember('a', '2', 1)
    await known.remember('a', '1', 2) // signed in from 1 again: 2 is now the oldest
    await known.remember('a', '3', 3)
    const seen = await Promise.all(['1', '2', '3'].map((address) => known.has('a', address, 4)))
    expect(seen).toEqual([true, false, true])
    if (backend === 'memory') {
      // Memory also holds a bounded number of accounts (Redis expires each account's set).
      await known.remember('b', '1', 5)
      await known.remember('c', '1', 6) // evicts the account remembered first ('a')
      expect(await known.has('a', '1', 7)).toBe(false)
      expect(await known.has('c', '1', 7)).toBe(true)
    }
  })
})

describe.skipIf(REDIS_MISSING)('Redis', () => {
  beforeAll(useRedis)

  it('keeps each key in Redis, expiring with its window', async () => {
    const limits = createRateLimiter({ name: 'test-keys', limit: 5, windowMs: 15 * 60_000 })
    await limits.hit('203.0.113.7')
    await limits.hit('203.0.113.7')
    const client = sharedRedis()!
    expect(await client.get('hub:limit:test-keys:203.0.113.7')).toBe('2')
    const ttl = await client.pttl('hub:limit:test-keys:203.0.113.7')
    expect(ttl).toBeGreaterThan(14 * 60_000)
    expect(ttl).toBeLessThanOrEqual(15 * 60_000)
    const known = createKnownAddresses({ ttlMs: 30 * day })
    await known.remember('a@hub.example', '203.0.113.7')
    expect(await client.zscore('hub:known-addresses:a@hub.example', '203.0.113.7')).not.toBeNull()
  })

  it('Redis unreachable: limits go on in memory at once, logged loudly; shared again once it is back', async () => {
    const errors = vi.spyOn(console, 'error')
    const limits = limiter(3)
    const known = createKnownAddresses({ ttlMs: 30 * day })
    expect((await limits.hit('k')).allowed).toBe(true)
    await redis!.kill()
    await waitFor('the connection to notice', async () => sharedRedis()!.status !== 'ready')

    const started = Date.now()
    const during = []
    for (let i = 0; i < 5; i++) during.push(await limits.hit('k'))
    const ms = Date.now() - started
    // Memory starts from zero: the outage costs at most one more full limit on this instance.
    expect(during.map((h) => h.allowed)).toEqual([true, true, true, false, false])
    expect(ms).toBeLessThan(500)
    await known.remember('a@hub.example', '198.51.100.7')
    expect(await known.has('a@hub.example', '198.51.100.7')).toBe(true)
    const logged = errors.mock.calls.map((call) => String(call[0])).join('\n')
    expect(logged).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+ is unreachable/)
    expect(logged).toMatch(/limits count in this instance’s memory only/)

    await redis!.restart()
    expect(await sharedRedisReady(10_000)).toBe(true)
    expect(errors.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(
      /is reachable again: limits are shared/,
    )
    // The restarted server is empty: counting starts again there, not in memory.
    expect((await limits.hit('k')).allowed).toBe(true)
    const names = await sharedRedis()!.keys('hub:limit:*')
    expect(names).toHaveLength(1)
    errors.mockRestore()
  })
})
