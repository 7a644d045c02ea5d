import type { Payload } from 'payload'

import { holdLeadership } from './leadership'
import type { LeaderLock } from './leaderLock'
import { recoverInterruptedJobs, type RecoveredJob } from './recovery'

/**
 * The worker: the one process that runs the hub's jobs queues (scheduled publishing, site
 * rebuilds, nightly tasks), guarded by a leader lock held in the database, with any number of
 * standbys. What runs is a list of services, each running one or more queues; the worker knows
 * nothing of what their tasks do (see ./hubQueues for the hub's list).
 *
 * - `openLeaderLock()` (./leaderLock): PostgreSQL advisory lock, or a SQLite lease row.
 * - `holdLeadership()` (./leadership): standby polling, confirmation, stepping down in time.
 * - `recoverInterruptedJobs()` (./recovery): jobs a dead leader left `processing`.
 * - `jobsQueue()` (./queueRunner): a queue run every few seconds, with Payload's schedules.
 * - `runWorkerProcess()` (./process): `npm run worker`'s process: signals, exit, reporting.
 */
export type QueueService = {
  /** For messages. */
  name: string
  /** The jobs queues it runs: their interrupted jobs are recovered before it starts. */
  queues: string[]
  /** Starts running; `stop` ends it (and waits for a job under way, or aborts it). */
  start: (payload: Payload) => { stop: () => Promise<void> }
}

export type WorkerState =
  | { state: 'leader'; ownerId: string; lock: string; recovered: RecoveredJob[] }
  | { state: 'standby'; ownerId: string; lock: string; holder: string | null; reason?: string }
  | { state: 'stopped'; ownerId: string; lock: string }

export type WorkerOptions = {
  lock: LeaderLock
  services: QueueService[]
  /** Told each change of state (and each new holder seen as a standby). */
  onState?: (state: WorkerState) => void
  /**
   * Called when the leadership was lost and the services did not stop within `stopGraceMs`
   * (a job still running could then overlap the new leader's): the caller must end the
   * process. `npm run worker` exits, and its supervisor starts it again.
   */
  onStuck: (reason: string) => void
  stopGraceMs?: number
  pollMs?: number
  confirmMs?: number
}

export type Worker = {
  ownerId: string
  isLeader: () => boolean
  /** Stops the services (waiting for them), lets the lock go and closes it. */
  stop: () => Promise<void>
}

/**
 * Starts standing for leadership; once leader, recovers the interrupted jobs of the services'
 * queues and starts the services; when the leadership is lost, stops them and stands by.
 *
 * @example
 * const worker = startWorker(payload, {
 *   lock: await openLeaderLock(),
 *   services: [jobsQueue('default')],
 *   onStuck: () => process.exit(1),
 * })
 */
export function startWorker(payload: Payload, options: WorkerOptions): Worker {
  const { lock, services, stopGraceMs = 4_000 } = options
  const base = { ownerId: lock.ownerId, lock: lock.kind }
  const queues = [...new Set(services.flatMap((service) => service.queues))]
  let running: { name: string; stop: () => Promise<void> }[] = []
  let lastHolder: string | null | undefined

  const stopServices = async () => {
    const stopping = running
    running = []
    const results = await Promise.allSettled(stopping.map((service) => service.stop()))
    results.forEach((result, i) => {
      if (result.status === 'rejected') {
        payload.logger.error({ err: result.reason, msg: `Stopping ${stopping[i]!.name} failed` })
      }
    })
  }

  const leadership = holdLeadership(lock, {
    pollMs: options.pollMs,
    confirmMs: options.confirmMs,
    onElected: async () => {
      const recovered = await recoverInterruptedJobs(payload, { queues })
      for (const job of recovered) {
        payload.logger.warn(
          `Job ${job.id} (${job.task}) was interrupted when its worker stopped: ${job.outcome === 'requeued' ? 'it runs again' : 'no tries left, failed'}.`,
        )
      }
      running = services.map((service) => ({ name: service.name, ...service.start(payload) }))
      lastHolder = undefined
      payload.logger.info(
        `Worker ${lock.ownerId} leads (${lock.kind}): ${services.map((s) => s.name).join(', ')}.`,
      )
      options.onState?.({ state: 'leader', ...base, recovered })
    },
    onDeposed: async (reason) => {
      if (reason === 'stopping') return stopServices()
      payload.logger.error(`Worker ${lock.ownerId} no longer leads: ${reason}. Stopping its work.`)
      let timer: NodeJS.Timeout | undefined
      const inTime = await Promise.race([
        stopServices().then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), stopGraceMs))),
      ]).finally(() => clearTimeout(timer))
      if (!inTime) options.onStuck(`${reason}, and its work did not stop in ${stopGraceMs} ms`)
      options.onState?.({ state: 'standby', ...base, holder: null, reason })
    },
    onStandby: (holder) => {
      if (holder === lastHolder) return
      lastHolder = holder
      payload.logger.info(
        `Worker ${lock.ownerId} stands by (${lock.kind}): ${holder ? `${holder} leads` : 'the lock is busy'}.`,
      )
      options.onState?.({ state: 'standby', ...base, holder })
    },
    onError: (message, error) => payload.logger.warn({ err: error, msg: message }),
  })

  return {
    ownerId: lock.ownerId,
    isLeader: leadership.isLeader,
    stop: async () => {
      await leadership.stop()
      options.onState?.({ state: 'stopped', ...base })
    },
  }
}
