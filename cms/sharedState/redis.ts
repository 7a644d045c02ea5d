import { Redis } from 'ioredis'

/**
 * The Redis server that several CMS instances share, when `REDIS_URL` is set (redis:// or
 * rediss://); without it every instance keeps its state in its own memory, which is right for
 * one machine running one CMS server.
 *
 * What lives there (the one list): the sign-in and form limits (cms/security/rateLimit.ts) with
 * the addresses each account signs in from (cms/security/knownAddresses.ts), and the generation
 * of the anonymous read cache (./generation.ts, used by cms/api/publicReadCache.ts). Nothing
 * there is needed to rebuild content: Redis can be emptied or replaced at any time (limits start
 * again from zero, caches empty once).
 *
 * One process holds two connections: one for commands, which fails at once while Redis is
 * unreachable (no offline queue; each command gives up after COMMAND_TIMEOUT_MS), so a sign-in
 * never waits on a dead server — the callers then fall back (limits: this instance's memory;
 * cache: not used) — and one in subscriber mode for invalidation messages, which resubscribes
 * by itself after a reconnect. Both reconnect for ever, at most RECONNECT_MAX_MS apart. An
 * outage is logged loudly once when it starts and once when it ends.
 *
 * Kept on `globalThis` because Next.js may load this module more than once in one process (the
 * route bundle, instrumentation, the config): one process, one pair of connections.
 */

export const COMMAND_TIMEOUT_MS = 500
const CONNECT_TIMEOUT_MS = 2000
const RECONNECT_MAX_MS = 2000

type Connections = {
  url: string
  commands: Redis
  subscriber: Redis | null
  handlers: Map<string, Set<(message: string) => void>>
  down: boolean
  closing: boolean
  /** Settles when the first connection attempt has succeeded or failed. */
  firstAttempt: Promise<void>
}

const KEY = Symbol.for('hub.sharedRedis')
const holder = globalThis as unknown as Record<symbol, Connections | undefined>

/**
 * The configured Redis address, or null when the instance keeps its state in memory.
 *
 * @example
 * redisUrl({ REDIS_URL: 'redis://10.0.0.5:6379/0' }) // 'redis://10.0.0.5:6379/0'
 * redisUrl({}) // null
 */
export function redisUrl(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.REDIS_URL?.trim()
  if (!value) return null
  if (!/^rediss?:\/\/[^\s]+$/.test(value)) {
    throw new Error(`REDIS_URL must be a redis:// or rediss:// address, not "${value}"`)
  }
  return value
}

/** The address without its password, for logs. */
const shown = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@')

const options = (extra: Record<string, unknown> = {}) => ({
  connectTimeout: CONNECT_TIMEOUT_MS,
  retryStrategy: (times: number) => Math.min(times * 200, RECONNECT_MAX_MS),
  ...extra,
})

function connect(url: string): Connections {
  const commands = new Redis(
    url,
    options({
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: COMMAND_TIMEOUT_MS,
    }),
  )
  const connections: Connections = {
    url,
    commands,
    subscriber: null,
    handlers: new Map(),
    down: false,
    closing: false,
    firstAttempt: new Promise((resolve) => {
      for (const event of ['ready', 'error', 'close']) commands.once(event, () => resolve())
    }),
  }
  const report = (reason: string) => {
    if (connections.down || connections.closing) return
    connections.down = true
    console.error(
      `[shared state] Redis at ${shown(url)} is unreachable (${reason}). Until it is back, ` +
        'sign-in and form limits count in this instance’s memory only (each instance allows its ' +
        'own full limit), and this instance answers every public API read from the database ' +
        '(no cache). / Không kết nối được Redis: giới hạn đăng nhập tạm tính riêng từng máy chủ.',
    )
  }
  commands.on('error', (error: Error) => report(error.message))
  commands.on('close', () => report('connection closed'))
  commands.on('ready', () => {
    if (!connections.down) return
    connections.down = false
    console.error(`[shared state] Redis at ${shown(url)} is reachable again: limits are shared.`)
  })
  return connections
}

function connections(): Connections | null {
  const url = redisUrl()
  const current = holder[KEY]
  if (!url) return null
  if (current?.url === url) return current
  if (current) void close(current)
  holder[KEY] = connect(url)
  return holder[KEY]!
}

/**
 * This process's command connection to the shared Redis, or null without `REDIS_URL`. Its
 * commands fail at once (never queue) while Redis is unreachable: check `status === 'ready'`
 * or catch.
 */
export function sharedRedis(): Redis | null {
  return connections()?.commands ?? null
}

/**
 * The same connection, once its first attempt to connect has succeeded or failed (at most
 * CONNECT_TIMEOUT_MS, once per process): a process's first sign-in is counted in Redis rather
 * than in memory because the connection opened with it. Afterwards this waits for nothing.
 */
export async function connectedRedis(): Promise<Redis | null> {
  const shared = connections()
  if (!shared) return null
  await shared.firstAttempt
  return shared.commands
}

/**
 * Calls `onMessage` for every message published on `channel` (by any instance, this one
 * included), through this process's one subscriber connection. Returns false without `REDIS_URL`.
 */
export function subscribeShared(channel: string, onMessage: (message: string) => void): boolean {
  const shared = connections()
  if (!shared) return false
  if (!shared.subscriber) {
    // The offline queue is what lets a subscription wait for the first connection and come
    // back after a reconnect (autoResubscribe); nothing waits on this connection's answers.
    const subscriber = new Redis(shared.url, options({ maxRetriesPerRequest: null }))
    subscriber.on('error', () => {}) // reported once by the command connection
    subscriber.on('message', (from: string, message: string) => {
      for (const handler of shared.handlers.get(from) ?? []) handler(message)
    })
    shared.subscriber = subscriber
  }
  let handlers = shared.handlers.get(channel)
  if (!handlers) {
    handlers = new Set()
    shared.handlers.set(channel, handlers)
    void shared.subscriber.subscribe(channel).catch(() => {})
  }
  handlers.add(onMessage)
  return true
}

/**
 * Deletes every key under `prefix` in the shared Redis (clearing a limit for tests or an
 * administrator); nothing without `REDIS_URL`.
 */
export async function deleteSharedKeys(prefix: string): Promise<void> {
  const client = redisUrl() ? sharedRedis() : null
  if (!client) return
  let cursor = '0'
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500)
    if (keys.length > 0) await client.del(...keys)
    cursor = next
  } while (cursor !== '0')
}

/**
 * Waits until the command connection is ready (a server starting or a test waiting for its
 * instance to be in a known state); false without `REDIS_URL` or after `timeoutMs`.
 */
export async function sharedRedisReady(timeoutMs = 5000): Promise<boolean> {
  const redis = sharedRedis()
  if (!redis) return false
  const deadline = Date.now() + timeoutMs
  while (redis.status !== 'ready') {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return true
}

async function close(shared: Connections): Promise<void> {
  if (holder[KEY] === shared) holder[KEY] = undefined
  shared.closing = true
  shared.handlers.clear()
  // QUIT lets commands already sent finish; a connection that is not up has none to finish.
  const end = (client: Redis | null) =>
    client?.status === 'ready'
      ? Promise.race([
          client.quit().catch(() => {}),
          new Promise((resolve) => setTimeout(resolve, 1000).unref()),
        ]).then(() => client.disconnect())
      : client?.disconnect()
  await Promise.all([end(shared.commands), end(shared.subscriber)])
}

/** Closes this process's connections (a server stopping; a test switching REDIS_URL). */
export async function closeSharedRedis(): Promise<void> {
  const current = holder[KEY]
  if (current) await close(current)
}
