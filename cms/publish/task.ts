import type { TaskConfig } from 'payload'

import { publishLayout, runningPublisher } from './layout'
import { REBUILD_SITE_TASK, requestSiteRebuild } from './queue'

/**
 * The jobs-queue task that rebuilds and publishes the site (queued by `queueSiteRebuild` hooks
 * in the `site` queue, run by `startSitePublisher`). A failed build is a failed job (with the
 * reason) and is not retried: the old site stays live, and the next public change queues a new
 * build. The pipeline is imported on first run, so the admin bundle does not load it.
 *
 * The worker runs the `site` queue with its publisher (cms/worker/hubQueues.ts). Should another
 * process run the queue while a publisher runs (a script calling `payload.jobs.run`), the job
 * is handed over to the publisher (queued again) so builds happen in one place, with its warm
 * build worker; with no publisher running, the job builds where it is.
 */
export const rebuildSiteTask: TaskConfig<{
  input: { reason?: string; requestedAt?: string }
  output: { release?: string; seconds?: number; pagesRendered?: number; pagesReused?: number }
}> = {
  slug: REBUILD_SITE_TASK,
  label: 'Rebuild the public site',
  retries: 0,
  inputSchema: [
    { name: 'reason', type: 'text' },
    { name: 'requestedAt', type: 'text' },
  ],
  outputSchema: [
    { name: 'release', type: 'text' },
    { name: 'seconds', type: 'number' },
    { name: 'pagesRendered', type: 'number' },
    { name: 'pagesReused', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const publisher = await runningPublisher(publishLayout())
    if (publisher && publisher !== process.pid) {
      await requestSiteRebuild(req.payload, { reason: input?.reason ?? 'handed over' })
      return { output: {} }
    }
    const { publishSite } = await import('./pipeline')
    const result = await publishSite({ payload: req.payload, trigger: input?.reason ?? undefined })
    if (!result.ok) return { state: 'failed', errorMessage: result.reason }
    return {
      output: {
        release: result.release,
        seconds: result.seconds,
        pagesRendered: result.pagesRendered,
        pagesReused: result.pagesReused,
      },
    }
  },
}
