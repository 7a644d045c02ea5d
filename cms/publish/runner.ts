import fs from 'node:fs/promises'

import type { Payload } from 'payload'

import { stopBuildWorker } from './build'
import { publishLayout } from './layout'
import { abortPublishing } from './pipeline'
import { REBUILD_SITE_TASK, requestSiteRebuild, SITE_QUEUE } from './queue'

export type SitePublisher = {
  /** Stops polling; a build in progress is stopped and queued again for the next start. */
  stop: () => Promise<void>
  /** Resolves when the queue has no rebuild waiting or running (for scripts and tests). */
  idle: () => Promise<void>
}

/**
 * Jobs a stopped process left `processing`: run again, so a publish survives a crash or restart.
 * Only one publisher runs per hub, so any rebuild still marked running at start was interrupted.
 * In the worker, its recovery (cms/worker/recovery.ts, which counts tries) has already put them
 * right before the publisher starts; this serves a publisher started on its own (the benchmark).
 */
export async function resumeInterruptedRebuilds(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REBUILD_SITE_TASK } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
      ],
    },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/**
 * Runs the `site` jobs queue in the worker (cms/worker/hubQueues.ts): every `intervalMs` it runs
 * the rebuild that is due, one at a time. At start it resumes interrupted rebuilds and queues one
 * build, so the portal always matches the CMS and the site code that was just deployed (an
 * incremental build with nothing changed renders nothing).
 *
 * @example
 * const payload = await openPayload()
 * const publisher = startSitePublisher(payload)
 * process.on('SIGTERM', () => publisher.stop())
 */
export function startSitePublisher(
  payload: Payload,
  options: { intervalMs?: number; buildAtStart?: boolean } = {},
): SitePublisher {
  const intervalMs = options.intervalMs ?? 1000
  const layout = publishLayout()
  let stopped = false
  let wake: (() => void) | null = null
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })

  const loop = (async () => {
    // Other processes that run the jobs queue hand rebuilds over to this one (see task.ts).
    await fs.mkdir(layout.root, { recursive: true })
    await fs.writeFile(layout.publisherPid, String(process.pid))
    try {
      const resumed = await resumeInterruptedRebuilds(payload)
      if (resumed > 0) payload.logger.info(`Resuming ${resumed} interrupted site rebuild(s).`)
      if (options.buildAtStart !== false) {
        await requestSiteRebuild(payload, { reason: 'server start' })
      }
    } catch (error) {
      payload.logger.error({ err: error, msg: 'The site publisher could not start' })
    }
    while (!stopped) {
      try {
        await payload.jobs.run({ queue: SITE_QUEUE, limit: 1, silent: { info: true } })
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Running the site rebuild queue failed' })
      }
      if (!stopped) await sleep(intervalMs)
    }
  })()

  return {
    stop: async () => {
      stopped = true
      abortPublishing()
      wake?.()
      await loop
      stopBuildWorker()
      const pid = await fs.readFile(layout.publisherPid, 'utf8').catch(() => '')
      if (pid === String(process.pid)) await fs.rm(layout.publisherPid, { force: true })
    },
    idle: async () => {
      for (;;) {
        const { totalDocs } = await payload.count({
          collection: 'payload-jobs',
          where: {
            and: [
              { taskSlug: { equals: REBUILD_SITE_TASK } },
              { completedAt: { exists: false } },
              { hasError: { not_equals: true } },
            ],
          },
          overrideAccess: true,
        })
        if (totalDocs === 0) return
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    },
  }
}
