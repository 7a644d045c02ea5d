import { connectedRedis, sharedRedis, subscribeShared } from './redis'

/**
 * A generation number every instance shares through Redis (REDIS_URL): an instance that changes
 * something the others have derived state from (their caches) bumps it, and every instance that
 * watches it drops that state
 *
 * - at once, on the message the bump publishes (one Redis round trip after the bump), and
 * - if that message was lost (the subscriber was reconnecting), at the next read of the counter,
 *   every GENERATION_CHECK_MS.
 *
 * So a watcher learns of a bump within GENERATION_CHECK_MS at worst, milliseconds usually. While
 * Redis cannot be read, `trusted()` is false (the watcher would not hear of bumps, so it must
 * not answer from what it derived), and when it can again the state is dropped once more, since
 * bumps made meanwhile were lost. Without REDIS_URL there is nothing to share: bumps do nothing
 * and a watcher is always trusted (one instance, one memory).
 *
 * @example
 * const watch = watchSharedGeneration('public-reads', () => cache.clear())
 * if (watch.trusted()) answerFromCache()
 * void bumpSharedGeneration('public-reads') // after a change, on any instance
 */
export const GENERATION_CHECK_MS = 1000

const counterKey = (name: string) => `hub:generation:${name}`
const channelOf = (name: string) => `hub:generation:${name}:bumped`

// One round trip, and the message carries the number it announces.
const BUMP = `local n = redis.call('incr', KEYS[1]) redis.call('publish', ARGV[1], n) return n`

/** Tells every watching instance (this one too) that what they derived is out of date. */
export async function bumpSharedGeneration(name: string): Promise<void> {
  // Waits for the first connection: a process's first change must not be lost to it.
  const redis = await connectedRedis()
  if (!redis) return
  // A failure is the outage the connection reports once; watchers stop trusting their state.
  await redis.eval(BUMP, 1, counterKey(name), channelOf(name)).catch(() => {})
}

export type GenerationWatch = {
  /** Whether this instance would hear of a bump within the bound (Redis readable, or unused). */
  trusted: () => boolean
  stop: () => void
}

export function watchSharedGeneration(
  name: string,
  onChange: () => void,
  { checkMs = GENERATION_CHECK_MS }: { checkMs?: number } = {},
): GenerationWatch {
  const redis = sharedRedis()
  if (!redis) return { trusted: () => true, stop: () => {} }
  let seen: number | null = null
  let readable = false

  subscribeShared(channelOf(name), (message) => {
    onChange()
    const announced = Number(message)
    if (seen === null || announced > seen) seen = announced
  })

  const check = async () => {
    try {
      await connectedRedis()
      const value = Number((await redis.get(counterKey(name))) ?? 0)
      // A different number, or the first read after Redis could not be read: bumps were missed.
      if (!readable || value !== seen) onChange()
      seen = value
      readable = true
    } catch {
      readable = false
    }
  }
  void check()
  const timer = setInterval(() => void check(), checkMs)
  timer.unref()

  return {
    trusted: () => readable && redis.status === 'ready',
    stop: () => clearInterval(timer),
  }
}
