import type { CollectionAfterChangeHook } from 'payload'

import { CONSENT_PURGE_TASK, recordsNewWithdrawal, type ConsentPurgeInput } from '../lib/consent'

/**
 * A save that records a withdrawal of consent (a person's, or a founder's on a startup), drafts
 * included, queues the purge that erases the person from every copy (cms/jobs/
 * purgeWithdrawnConsent.ts). Queued in the save's own transaction: a refused save queues
 * nothing, and a queued purge survives a restart. The job carries the record's id and who
 * recorded the withdrawal, never the person's data.
 */
export const queueConsentPurge: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (!recordsNewWithdrawal(doc, previousDoc)) return doc
  const input: ConsentPurgeInput = {
    collection: collection.slug as ConsentPurgeInput['collection'],
    // Text, as the task's input schema stores them (ids are numbers or strings by database).
    id: String(doc.id),
    requestedBy: req.user ? String(req.user.id) : null,
  }
  await req.payload.jobs.queue({
    task: CONSENT_PURGE_TASK as never,
    queue: 'default',
    input: input as never,
    req,
  })
  return doc
}
