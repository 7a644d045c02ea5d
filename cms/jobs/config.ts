import type { JobsConfig } from 'payload'

import { publishesAnything } from '@collections/lib/permissions'
import { hasRole } from '@collections/lib/roles'

import { erasePersonalDataTask } from './erasePersonalData'

/**
 * Scheduled publishing and unpublishing (`versions.drafts.schedulePublish` on the content
 * collections) are jobs in Payload's queue with a `waitUntil` time. The started server runs the
 * queue every 15 seconds, and once at start-up (cms/instrumentation.ts), so a job that fell due
 * while the server was down runs as soon as it is back: a due job stays queued until run.
 *
 * Only the `default` queue runs here: site rebuilds (the `site` queue) are run by the site
 * publisher in `npm start`'s process, next to the live site (cms/publish/runner.ts).
 *
 * A job publishes as the user who scheduled it, with their access at run time: a schedule made
 * by someone who may not (or no longer may) publish the item fails instead of publishing.
 *
 * Tasks with a `schedule` (the nightly erasure of old names and e-mails) are queued by the same
 * timer: Payload checks their cron before each run of the `default` queue.
 */
export const jobsConfig: JobsConfig = {
  tasks: [erasePersonalDataTask],
  autoRun: () =>
    // Test files run their own queue explicitly; a background timer would race them.
    process.env.NODE_ENV === 'test'
      ? []
      : [{ cron: '*/15 * * * * *', queue: 'default', limit: 50 }],
  access: {
    run: ({ req }) => hasRole(req.user, 'admin'),
    queue: ({ req }) => publishesAnything(req.user),
    cancel: ({ req }) => publishesAnything(req.user),
  },
}
