import { sql } from '@payloadcms/db-sqlite'
import type { Payload, TaskConfig, Where } from 'payload'

import { erasedPersonalData, retentionCutoff } from '@collections/lib/personalData'

/** The collections a public form fills, each holding a sender's name and e-mail. */
export const PUBLIC_INPUT_COLLECTIONS = ['questions', 'consultation-comments'] as const

/** The two calls of the SQLite adapter's drizzle instance this file makes. */
type RawSqlite = {
  run: (query: ReturnType<typeof sql.raw>) => Promise<unknown>
  all: (query: ReturnType<typeof sql.raw>) => Promise<unknown[]>
}

export const ERASE_PERSONAL_DATA_TASK = 'erasePersonalData'

/**
 * Erases the name and e-mail of every question and comment received more than 12 months ago
 * (`retentionCutoff`), whatever its state: pending, answered but not yet published, published
 * without a delivered e-mail, approved. The question, answer and comment text stay. Items
 * without `receivedAt` (entered by staff) count from their creation. Returns how many items of
 * each collection were erased.
 *
 * @example
 * await eraseExpiredPersonalData(payload, new Date('2027-12-04T02:30:00Z'))
 * // { questions: 3, 'consultation-comments': 1 }
 */
export async function eraseExpiredPersonalData(
  payload: Payload,
  now: Date = new Date(),
): Promise<Record<(typeof PUBLIC_INPUT_COLLECTIONS)[number], number>> {
  const before = retentionCutoff(now).toISOString()
  const where: Where = {
    and: [
      { or: [{ name: { exists: true } }, { email: { exists: true } }] },
      {
        or: [
          { receivedAt: { less_than: before } },
          { and: [{ receivedAt: { exists: false } }, { createdAt: { less_than: before } }] },
        ],
      },
    ],
  }
  const erased = { questions: 0, 'consultation-comments': 0 }
  for (const collection of PUBLIC_INPUT_COLLECTIONS) {
    const result = await payload.update({
      collection,
      where,
      data: erasedPersonalData(now),
      depth: 0,
      // The system erases; nothing public changes (names are never on the site).
      overrideAccess: true,
      context: { skipSiteRebuild: true },
    })
    if (result.errors.length > 0) {
      payload.logger.error({
        msg: `Could not erase personal data of ${collection} ${result.errors.map((e) => e.id).join(', ')}`,
        errors: result.errors,
      })
    }
    erased[collection] = result.docs.length
  }
  return erased
}

/**
 * On SQLite, an UPDATE to NULL leaves the old bytes behind: in the page's free space, in freed
 * pages and in the write-ahead log, where a copy of the database file would still carry them.
 * When anything was erased since the last night (by this job, or by the answer e-mail and
 * rejections during the day), the file is rewritten (VACUUM) and the log emptied, so the
 * erased names and addresses leave the files too, at the latest the night after. MongoDB, the
 * production database, gets no such step (its storage engine reuses the space on its own).
 * Returns whether the file was compacted.
 */
export async function compactAfterErasure(payload: Payload, now: Date = new Date()) {
  if (payload.db.name !== 'sqlite') return false
  const since = new Date(now.getTime() - 25 * 60 * 60_000).toISOString()
  let erased = 0
  for (const collection of PUBLIC_INPUT_COLLECTIONS) {
    const { totalDocs } = await payload.count({
      collection,
      where: { personalDataErasedAt: { greater_than_equal: since } },
      overrideAccess: true,
    })
    erased += totalDocs
  }
  if (erased === 0) return false
  const db = (payload.db as unknown as { drizzle: RawSqlite }).drizzle
  await db.run(sql.raw('VACUUM'))
  const [result] = (await db.all(sql.raw('PRAGMA wal_checkpoint(TRUNCATE)'))) as {
    busy?: number
  }[]
  if (result?.busy) {
    payload.logger.warn('The write-ahead log was in use and could not be emptied; next night.')
  }
  return true
}

/**
 * Runs `eraseExpiredPersonalData`, then `compactAfterErasure`, every night (02:30 server time)
 * on the `default` queue, which the worker runs (cms/worker); it queues the scheduled job. A run that
 * fails is retried; a missed night is made up by the next run, which takes everything overdue.
 */
export const erasePersonalDataTask: TaskConfig<{
  input: Record<string, never>
  output: { questions: number; comments: number }
}> = {
  slug: ERASE_PERSONAL_DATA_TASK,
  label: 'Erase names and e-mails of public input older than 12 months',
  retries: 2,
  outputSchema: [
    { name: 'questions', type: 'number' },
    { name: 'comments', type: 'number' },
  ],
  schedule: [{ cron: '0 30 2 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const erased = await eraseExpiredPersonalData(req.payload)
    await compactAfterErasure(req.payload)
    return { output: { questions: erased.questions, comments: erased['consultation-comments'] } }
  },
}
