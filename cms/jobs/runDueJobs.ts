import type { Payload } from 'payload'

/**
 * Runs every queued job whose time has come, now: what fell due while the server was down
 * (scheduled publish/unpublish) is done at start-up rather than at the next timer tick.
 * Returns how many jobs were still left afterwards (0 normally).
 */
export async function runDueJobs(payload: Payload): Promise<number> {
  let remaining = 0
  // Bounded: a queue that keeps refilling must not hold start-up forever.
  for (let round = 0; round < 20; round++) {
    const result = await payload.jobs.run({ queue: 'default', limit: 100 })
    remaining = result.remainingJobsFromQueried ?? 0
    if (result.noJobsRemaining || remaining === 0) break
  }
  return remaining
}
