import { connectedRedis, deleteSharedKeys, redisUrl, sharedRedis } from '../sharedState/redis'

/**
 * Remembers from which client addresses each account has signed in successfully, for `ttlMs`
 * after the last success, at most `perAccount` of them (the most recent). Like the limits
 * (rateLimit.ts), in Redis when `REDIS_URL` is set — one sorted set per account, address →
 * time of the last success, expiring with its newest entry — so an editor known on one instance
 * is known on all; in this process's memory otherwise (and, while Redis is unreachable, in
 * memory too: an address remembered then is known to this instance only).
 *
 * Not a counter, so not rate-limiter-flexible: it keeps one record per key and could not keep
 * "the 10 most recent addresses" of an account; its memory store also times records out with
 * setTimeout, which cannot wait 30 days (Node's timers stop at 24.8).
 *
 * @example
 * const known = createKnownAddresses({ ttlMs: 30 * 86_400_000 })
 * await known.remember('bien-tap@hub.example', '203.0.113.7')
 * await known.has('bien-tap@hub.example', '203.0.113.7') // true
 * await known.has('bien-tap@hub.example', '198.51.100.1') // false
 */
export type KnownAddresses = {
  remember: (account: string, address: string, now?: number) => Promise<void>
  has: (account: string, address: string, now?: number) => Promise<boolean>
  reset: () => Promise<void>
}

type Options = {
  ttlMs: number
  /** The most recent addresses kept per account (an editor's office, home, phone…). */
  perAccount?: number
  /** Bounds memory (not Redis, where each account's set expires by itself). */
  maxAccounts?: number
}

export function createKnownAddresses(options: Options): KnownAddresses {
  const memory = memoryKnownAddresses(options)
  const inRedis = redisKnownAddresses(options)
  const redis = () => (redisUrl() ? connectedRedis() : null)
  return {
    async remember(account, address, now = Date.now()) {
      const client = await redis()
      if (client) {
        try {
          return await inRedis.remember(client, account, address, now)
        } catch {
          // The outage is logged by the connection; this instance remembers it meanwhile.
        }
      }
      memory.remember(account, address, now)
    },
    async has(account, address, now = Date.now()) {
      const client = await redis()
      if (client) {
        try {
          if (await inRedis.has(client, account, address, now)) return true
        } catch {}
      }
      return memory.has(account, address, now)
    },
    async reset() {
      await deleteSharedKeys(PREFIX)
      memory.reset()
    },
  }
}

const PREFIX = 'hub:known-addresses'

function redisKnownAddresses({ ttlMs, perAccount = 10 }: Options) {
  type Client = NonNullable<ReturnType<typeof sharedRedis>>
  const keyOf = (account: string) => `${PREFIX}:${account}`
  return {
    async remember(client: Client, account: string, address: string, now: number) {
      const key = keyOf(account)
      await client
        .multi()
        .zadd(key, now, address)
        .zremrangebyscore(key, '-inf', now - ttlMs)
        // Keep the perAccount highest scores (most recent), drop the rest.
        .zremrangebyrank(key, 0, -(perAccount + 1))
        .pexpire(key, ttlMs)
        .exec()
    },
    async has(client: Client, account: string, address: string, now: number) {
      const at = await client.zscore(keyOf(account), address)
      return at !== null && now - Number(at) < ttlMs
    },
  }
}

function memoryKnownAddresses({ ttlMs, perAccount = 10, maxAccounts = 50_000 }: Options) {
  // account → address → time of the last successful sign-in (Maps keep insertion order).
  const accounts = new Map<string, Map<string, number>>()

  return {
    remember(account: string, address: string, now: number) {
      let addresses = accounts.get(account)
      if (!addresses) {
        if (accounts.size >= maxAccounts) {
          const oldest = accounts.keys().next().value
          if (oldest !== undefined) accounts.delete(oldest)
        }
        addresses = new Map()
        accounts.set(account, addresses)
      }
      addresses.delete(address)
      addresses.set(address, now)
      while (addresses.size > perAccount) {
        const oldest = addresses.keys().next().value
        if (oldest === undefined) break
        addresses.delete(oldest)
      }
    },
    has(account: string, address: string, now: number) {
      const at = accounts.get(account)?.get(address)
      return at !== undefined && now - at < ttlMs
    },
    reset() {
      accounts.clear()
    },
  }
}
