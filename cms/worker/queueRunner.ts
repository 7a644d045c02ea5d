import type { Payload } from 'payload'

import type { QueueService } from './index'

/**
 * Runs every job of `queue` whose time has come, now, in rounds until none is left (bounded: a
 * queue that keeps refilling must not hold its runner forever). Returns how many jobs were
 * still left afterwards (0 normally).
 */
export async function runDueJobs(
  payload: Payload,
  queue: string,
  { limit = 100, stopping = () => false }: { limit?: number; stopping?: () => boolean } = {},
): Promise<number> {
  let remaining = 0
  for (let round = 0; round < 20 && !stopping(); round++) {
    const result = await payload.jobs.run({ queue, limit, silent: { info: true } })
    remaining = result.remainingJobsFromQueried ?? 0
    if (result.noJobsRemaining || remaining === 0) break
  }
  return remaining
}

/**
 * A jobs queue run by the leading worker: at start (so what fell due while no worker ran is
 * done at once) and then every `intervalMs`, each time first queueing the tasks whose
 * `schedule` has come (Payload's handleSchedules), then running what is due.
 *
 * @example
 * startWorker(payload, { lock, services: [jobsQueue('default', { intervalMs: 15_000 })] })
 */
export function jobsQueue(
  queue: string,
  { intervalMs = 15_000, limit = 50 }: { intervalMs?: number; limit?: number } = {},
): QueueService {
  return {
    name: `jobs queue "${queue}"`,
    queues: [queue],
    start: (payload) => {
      let stopped = false
      let wake = () => {}
      const loop = (async () => {
        while (!stopped) {
          try {
            await payload.jobs.handleSchedules({ queue })
            const left = await runDueJobs(payload, queue, { limit, stopping: () => stopped })
            if (left > 0) payload.logger.warn(`${left} jobs of queue "${queue}" are still waiting.`)
          } catch (error) {
            payload.logger.error({ err: error, msg: `Running the jobs queue "${queue}" failed` })
          }
          if (stopped) break
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, intervalMs)
            wake = () => {
              clearTimeout(timer)
              resolve()
            }
          })
        }
      })()
      return {
        stop: async () => {
          stopped = true
          wake()
          await loop
        },
      }
    },
  }
}
