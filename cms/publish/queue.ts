import type { Payload, PayloadRequest, Where } from 'payload'

import { readSiteStatus, writeSiteStatus } from './status'

/** The jobs queue of site rebuilds (apart from `default`, where scheduled publishing runs). */
export const SITE_QUEUE = 'site'
export const REBUILD_SITE_TASK = 'rebuildSite'

/**
 * How long a queued rebuild waits before it may start (SITE_REBUILD_DEBOUNCE_MS, default 1.5 s):
 * every change in that window joins the same build, so ten quick publishes make one build.
 */
export function rebuildDebounceMs(): number {
  const value = Number(process.env.SITE_REBUILD_DEBOUNCE_MS)
  return Number.isFinite(value) && value >= 0 ? value : 1500
}

/** Rebuild jobs that have not started yet (timed refreshes included). */
export const PENDING_REBUILD: Where = {
  and: [
    { taskSlug: { equals: REBUILD_SITE_TASK } },
    { queue: { equals: SITE_QUEUE } },
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
}

/**
 * Pending rebuilds due within the debounce window: the ones a new change can join. A timed
 * refresh hours ahead (scheduleSiteRefresh) is not one of them: joining it would hold the
 * change back until then.
 */
export function dueRebuilds(now = new Date()): Where {
  const horizon = new Date(now.getTime() + rebuildDebounceMs()).toISOString()
  return {
    and: [
      PENDING_REBUILD,
      {
        or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: horizon } }],
      },
    ],
  }
}

export async function countPendingRebuilds(payload: Payload, req?: PayloadRequest) {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: dueRebuilds(),
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/**
 * Queues a rebuild for a moment when the site changes without anyone saving: an event starts or
 * ends (upcoming → past), a consultation opens or closes (the form comes or goes). One job per
 * instant: saving the item again does not queue a second. Past instants queue nothing.
 *
 * @example
 * await scheduleSiteRefresh(payload, { req, at: '2027-01-15T10:00:00.000Z', reason: 'events 4: ends' })
 */
export async function scheduleSiteRefresh(
  payload: Payload,
  { req, at, reason }: { req?: PayloadRequest; at: Date; reason: string },
): Promise<'scheduled' | 'exists' | 'past'> {
  if (!(at.getTime() > Date.now())) return 'past'
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [PENDING_REBUILD, { waitUntil: { equals: at.toISOString() } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return 'exists'
  await payload.jobs.queue({
    task: REBUILD_SITE_TASK as never,
    queue: SITE_QUEUE,
    input: { reason, requestedAt: new Date().toISOString() } as never,
    waitUntil: at,
    req,
  })
  return 'scheduled'
}

/**
 * Queues a site rebuild unless one is already waiting (coalescing): the waiting job has not
 * read the database yet, so it will include this change too. A rebuild that is already running
 * may have read the database before this change, so a new job is queued behind it.
 *
 * Pass the `req` of the change: the job is written in the change's transaction, so it exists
 * exactly when the change is committed, and a change that is rolled back queues nothing.
 *
 * @example
 * await requestSiteRebuild(req.payload, { req, reason: 'articles 12: published' }) // 'queued'
 */
export async function requestSiteRebuild(
  payload: Payload,
  { req, reason }: { req?: PayloadRequest; reason: string },
): Promise<'queued' | 'coalesced'> {
  // A bulk operation runs the hooks of its documents concurrently on one request: only the
  // first queries and queues, the others wait for it.
  const earlier = req?.context[QUEUED_ON_REQUEST] as Promise<unknown> | undefined
  if (earlier) {
    await earlier.catch(() => {})
    return 'coalesced'
  }
  const queueing = queueUnlessPending(payload, req, reason)
  if (req) req.context[QUEUED_ON_REQUEST] = queueing
  return queueing
}

const QUEUED_ON_REQUEST = 'hub:siteRebuildQueued'

async function queueUnlessPending(
  payload: Payload,
  req: PayloadRequest | undefined,
  reason: string,
): Promise<'queued' | 'coalesced'> {
  if ((await countPendingRebuilds(payload, req)) > 0) return 'coalesced'
  const now = new Date()
  await payload.jobs.queue({
    task: REBUILD_SITE_TASK as never,
    queue: SITE_QUEUE,
    input: { reason, requestedAt: now.toISOString() } as never,
    waitUntil: new Date(now.getTime() + rebuildDebounceMs()),
    req,
  })
  const status = await readSiteStatus(payload, req).catch(() => null)
  // While a build runs its state stays "building"; it reports "queued" when it ends.
  await writeSiteStatus(
    payload,
    status?.state === 'building'
      ? { queuedAt: now.toISOString() }
      : { state: 'queued', queuedAt: now.toISOString(), trigger: reason },
    req,
  )
  return 'queued'
}
