import type { Payload, TaskConfig, Where } from 'payload'

import { erasedPersonalData, retentionCutoff } from '@collections/lib/personalData'
import { sql, sqlDatabase } from '../sqlDatabase'

/** The collections a public form fills, each holding a sender's name and e-mail. */
export const PUBLIC_INPUT_COLLECTIONS = [
  'questions',
  'consultation-comments',
  'privacy-requests',
] as const

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
  const erased = { questions: 0, 'consultation-comments': 0, 'privacy-requests': 0 }
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
 * An UPDATE to NULL leaves the old bytes behind. On SQLite: in the page's free space, in freed
 * pages and in the write-ahead log, where a copy of the database file would still carry them.
 * On PostgreSQL: as the dead version of each updated row, readable in the table's files until
 * VACUUM removes it. When anything was erased since the last night (by this job, or by the
 * answer e-mail and rejections during the day), SQLite's file is rewritten (VACUUM) and its log
 * emptied; PostgreSQL's tables of these collections are vacuumed. So the erased names and
 * addresses leave the files too, at the latest the night after; so do the profiles and founders
 * purged after a withdrawal of consent (their versions deleted or rewritten). MongoDB gets no such step (its
 * storage engine reuses the space on its own). Returns whether anything was compacted.
 */
export async function compactAfterErasure(payload: Payload, now: Date = new Date()) {
  const db = sqlDatabase(payload)
  if (!db) return false
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
  // People erased after withdrawing their consent (cms/jobs/purgeWithdrawnConsent.ts): their
  // deleted and rewritten versions leave the same bytes behind.
  const { totalDocs: purged } = await payload.count({
    collection: 'workflow-events',
    where: {
      and: [{ action: { equals: 'purged' } }, { createdAt: { greater_than_equal: since } }],
    },
    overrideAccess: true,
  })
  erased += purged
  if (erased === 0) return false
  if (db.dialect === 'postgres') {
    // Each collection's table and the tables of its arrays, relations and versions. VACUUM
    // cannot run in a transaction: the adapter's own connection runs it outside one.
    const prefixes = [...PUBLIC_INPUT_COLLECTIONS, 'people', 'startups', 'workflow-events'].map(
      (slug) => slug.replace(/-/g, '_'),
    )
    const tables = Object.keys(db.tables).filter((table) =>
      prefixes.some((p) => table === p || table.startsWith(`${p}_`) || table.startsWith(`_${p}_v`)),
    )
    await db.run(sql.raw(`VACUUM ${tables.map((table) => `"${table}"`).join(', ')}`))
    return true
  }
  await db.run(sql`VACUUM`)
  const [result] = await db.rows<{ busy?: number }>(sql`PRAGMA wal_checkpoint(TRUNCATE)`)
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
  output: { questions: number; comments: number; requests: number }
}> = {
  slug: ERASE_PERSONAL_DATA_TASK,
  label: 'Erase names and e-mails of public input older than 12 months',
  retries: 2,
  outputSchema: [
    { name: 'questions', type: 'number' },
    { name: 'comments', type: 'number' },
    { name: 'requests', type: 'number' },
  ],
  schedule: [{ cron: '0 30 2 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const erased = await eraseExpiredPersonalData(req.payload)
    await compactAfterErasure(req.payload)
    return {
      output: {
        questions: erased.questions,
        comments: erased['consultation-comments'],
        requests: erased['privacy-requests'],
      },
    }
  },
}
