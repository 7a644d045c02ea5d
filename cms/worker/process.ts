import type { Payload } from 'payload'

import { startWorker, type QueueService, type WorkerState } from './index'
import { openLeaderLock } from './leaderLock'

/** Exit code of a worker that lost the lock while its work would not stop (EX_TEMPFAIL). */
export const EXIT_LOST_LEADERSHIP = 75

/**
 * The worker as a process (`npm run worker`, and the child `npm start` supervises): stands for
 * leadership on DATABASE_URL's database and runs `services` while it leads. SIGTERM/SIGINT stop
 * it cleanly (a standby takes over at its next try); when its parent process (`npm start`)
 * goes, it goes too. Its state is sent to the parent over IPC when there is one.
 *
 * If it loses the lock while a job will not stop, it exits (code 75) rather than risk running
 * beside the new leader: run it under a supervisor that starts it again (systemd
 * `Restart=always`; `npm start` does so itself).
 */
export async function runWorkerProcess(
  payload: Payload,
  services: QueueService[],
  { onState }: { onState?: (state: WorkerState) => void } = {},
): Promise<void> {
  const lock = await openLeaderLock(process.env.DATABASE_URL)
  if (lock.kind === 'none') {
    payload.logger.warn('MongoDB: no leader lock here. Run exactly one worker.')
  }
  const worker = startWorker(payload, {
    lock,
    services,
    onState: (state) => {
      onState?.(state)
      if (process.connected) process.send?.({ type: 'worker-state', ...state })
    },
    onStuck: (reason) => {
      payload.logger.fatal(`Worker ${lock.ownerId} exits: ${reason}.`)
      process.exit(EXIT_LOST_LEADERSHIP)
    },
  })

  let stopping: Promise<void> | null = null
  const stop = () =>
    (stopping ??= (async () => {
      await worker.stop()
      await payload.destroy().catch(() => {})
      process.exit(0)
    })())
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  process.on('disconnect', () => void stop())
}
