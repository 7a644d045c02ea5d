import { SITE_QUEUE, startSitePublisher } from '../publish'
import type { QueueService } from './index'
import { jobsQueue } from './queueRunner'

/**
 * The hub's queues, which its worker runs: the `default` queue (scheduled publish and
 * unpublish, the nightly erasure of personal data; every 15 s as before) and the `site` queue
 * (site rebuilds, by the site publisher). The one place that knows what the queues hold.
 *
 * `buildSiteAtStart`: the publisher queues one rebuild when it starts, so the portal catches up
 * with the content and the site code just deployed, and with a rebuild a dead leader was
 * running; `npm start` skips it right after building the first release.
 */
export function hubQueues({ buildSiteAtStart = true } = {}): QueueService[] {
  return [
    jobsQueue('default', { intervalMs: 15_000, limit: 50 }),
    {
      name: 'site publisher',
      queues: [SITE_QUEUE],
      start: (payload) => startSitePublisher(payload, { buildAtStart: buildSiteAtStart }),
    },
  ]
}
