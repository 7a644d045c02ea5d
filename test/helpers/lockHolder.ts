/**
 * A process standing for the worker's leadership on DATABASE_URL (cms/worker: openLeaderLock +
 * holdLeadership, the worker's own timings) and doing nothing else, for the lock tests where
 * Payload itself cannot run (PostgreSQL before its adapter). Prints `LOCK_STATE {json}` lines
 * with the time; SIGTERM lets the lock go and exits 0.
 *
 * Run: node --import tsx test/helpers/lockHolder.ts
 */
import { holdLeadership } from '@cms/worker/leadership'
import { openLeaderLock } from '@cms/worker/leaderLock'

const lock = await openLeaderLock(process.env.DATABASE_URL)
const say = (state: string, extra: Record<string, unknown> = {}) =>
  console.log(
    `LOCK_STATE ${JSON.stringify({ state, ownerId: lock.ownerId, pid: process.pid, at: Date.now(), ...extra })}`,
  )
let lastHolder: string | null | undefined
const leadership = holdLeadership(lock, {
  onElected: async () => say('leader'),
  onDeposed: async (reason) => say('deposed', { reason }),
  onStandby: (holder) => {
    if (holder !== lastHolder) say('standby', { holder })
    lastHolder = holder
  },
  onError: (message, error) => console.error(message, error),
})
process.on('SIGTERM', () => {
  void leadership.stop().then(() => process.exit(0))
})
