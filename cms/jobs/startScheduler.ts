import { getPayload } from 'payload'

import config from '../payload.config'
import { runDueJobs } from './runDueJobs'

/**
 * Starts Payload with its job timers inside the server process and runs the jobs that fell
 * due while it was down. Called once when the Next.js server starts (cms/instrumentation.ts),
 * not on the first request, so a schedule is honoured even if nobody opens the admin.
 */
export async function startScheduler(): Promise<void> {
  const payload = await getPayload({ config, cron: true })
  try {
    const left = await runDueJobs(payload)
    if (left > 0) payload.logger.warn(`${left} scheduled jobs are still waiting after start-up.`)
  } catch (error) {
    // Most likely the database is not migrated yet; the timer retries every 15 seconds.
    payload.logger.error({ err: error, msg: 'Running due scheduled jobs at start-up failed' })
  }
}
