import type { JobsConfig } from 'payload'

import { publishesAnything } from '@collections/lib/permissions'

import { erasePersonalDataTask } from './erasePersonalData'
import { purgeWithdrawnConsentTask } from './purgeWithdrawnConsent'

/**
 * Scheduled publishing and unpublishing (`versions.drafts.schedulePublish` on the content
 * collections) are jobs in Payload's queue with a `waitUntil` time; site rebuilds are jobs of
 * the `site` queue (cms/publish). Only the worker runs jobs (`npm run worker`, or the one
 * `npm start` runs, cms/worker): the `default` queue every 15 seconds and once when it starts
 * leading, so a job that fell due while no worker ran is done at once — a due job stays queued
 * until run. Web processes run none: Payload 3.90 can hand one job to two processes, so there
 * is no `autoRun` timer and the `/api/payload-jobs/run` endpoints are closed to everyone.
 *
 * A job publishes as the user who scheduled it, with their access at run time: a schedule made
 * by someone who may not (or no longer may) publish the item fails instead of publishing.
 *
 * Tasks with a `schedule` (the nightly erasure of old names and e-mails) are queued by the
 * worker's `default` queue runner: Payload checks their cron before each run.
 */
export const jobsConfig: JobsConfig = {
  tasks: [erasePersonalDataTask, purgeWithdrawnConsentTask],
  access: {
    // Running jobs happens in the worker, under its leader lock, never on request.
    run: () => false,
    queue: ({ req }) => publishesAnything(req.user),
    cancel: ({ req }) => publishesAnything(req.user),
  },
}
