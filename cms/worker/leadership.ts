import { performance } from 'node:perf_hooks'

import type { LeaderLock } from './leaderLock'

export type LeadershipOptions = {
  /** Called when this process has become the leader; its work starts here. */
  onElected: () => Promise<void>
  /** Called when it leads no more (lock lost, not confirmed in time, or stopping). */
  onDeposed: (reason: string) => Promise<void>
  /** Called when an attempt found the lock held by another process. */
  onStandby?: (holder: string | null) => void
  /** Problems talking to the database (retried). */
  onError?: (message: string, error: unknown) => void
  /** How often a standby tries the lock (ms). */
  pollMs?: number
  /** How often the leader confirms it (ms; well under the lock's trustMs). */
  confirmMs?: number
}

export type Leadership = {
  isLeader: () => boolean
  /** Ends the work (onDeposed 'stopping'), gives the lock up and closes it. */
  stop: () => Promise<void>
}

/** setTimeout runs a delay over 2^31 - 1 ms (or Infinity: no lock) at once; cap it. */
const delay = (ms: number) => Math.min(Math.max(0, ms), 2 ** 31 - 1)

/** A sleep that `wake()` ends early. */
function wakeableSleep() {
  let wake: (() => void) | null = null
  return {
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay(ms))
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      }),
    wake: () => wake?.(),
  }
}

class Timeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`no answer within ${ms} ms`)), delay(ms))
    }),
  ]).finally(() => clearTimeout(timer))
}

/**
 * Runs for leadership with `lock` until stopped: as a standby it tries the lock every `pollMs`;
 * as the leader it confirms it every `confirmMs` and steps down (onDeposed) as soon as a
 * confirmation says the lock is gone, or when none has succeeded within the lock's `trustMs`
 * (database unreachable, process stalled) — before anyone else can have taken it. Then it
 * lets the lock go and stands by again.
 *
 * The clock is monotonic (`performance.now()`): a wall-clock jump changes nothing.
 *
 * @example
 * const leadership = holdLeadership(lock, {
 *   onElected: async () => queues.start(),
 *   onDeposed: async () => queues.stop(),
 * })
 */
export function holdLeadership(lock: LeaderLock, options: LeadershipOptions): Leadership {
  const { pollMs = 2_000, confirmMs = 3_000 } = options
  const report = options.onError ?? (() => {})
  const timer = wakeableSleep()
  let stopped = false
  let leader = false
  let trustedUntil = 0

  const stepDown = async (reason: string) => {
    leader = false
    try {
      await options.onDeposed(reason)
    } finally {
      // Work stopped: let a standby in now rather than when the lease runs out.
      await lock.release().catch((error) => report('Could not release the leader lock', error))
    }
  }

  const lead = async () => {
    const startedAt = performance.now()
    let acquired = false
    try {
      acquired = await lock.tryAcquire()
    } catch (error) {
      report('Could not try the leader lock', error)
    }
    if (!acquired) {
      if (!stopped) {
        options.onStandby?.(await lock.holder().catch(() => null))
        await timer.sleep(pollMs)
      }
      return
    }
    leader = true
    trustedUntil = startedAt + lock.trustMs
    try {
      await options.onElected()
    } catch (error) {
      report('The leader could not start its work', error)
      await stepDown('could not start')
      await timer.sleep(pollMs)
    }
  }

  let retrySoon = false
  const keep = async () => {
    const left = trustedUntil - performance.now()
    await timer.sleep(Math.min(retrySoon ? 500 : confirmMs, left - 100))
    if (stopped) return
    const startedAt = performance.now()
    try {
      const held = await within(lock.confirm(), trustedUntil - startedAt)
      retrySoon = false
      if (held) trustedUntil = startedAt + lock.trustMs
      else await stepDown('the lock was taken over')
    } catch (error) {
      if (performance.now() >= trustedUntil || error instanceof Timeout) {
        report('The leader lock could not be confirmed in time', error)
        retrySoon = false
        await stepDown('the lock could not be confirmed in time')
      } else {
        report('Could not confirm the leader lock (retrying)', error)
        retrySoon = true
      }
    }
  }

  const loop = (async () => {
    while (!stopped) await (leader ? keep() : lead())
    if (leader) await stepDown('stopping')
  })()

  return {
    isLeader: () => leader,
    stop: async () => {
      stopped = true
      timer.wake()
      await loop
      await lock.close()
    },
  }
}
