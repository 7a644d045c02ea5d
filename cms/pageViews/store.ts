import type { Payload } from 'payload'

import { sql, sqlDatabase } from '../sqlDatabase'

export const PAGE_VIEWS_SLUG = 'page-views'

/** Views of one page on one day (`YYYY-MM-DD`, Vietnam time) to add to the stored count. */
export type PageViewCount = { path: string; day: string; count: number }

/** Rows per statement: three bound values each, far below SQLite's (and PostgreSQL's) limit of variables. */
const CHUNK = 500

/**
 * Adds counts to the `page-views` rows of their page and day, creating the rows that do not
 * exist yet. Written as the system (the collection refuses every write through the API).
 *
 * On SQL databases one `INSERT … ON CONFLICT (path, day) DO UPDATE SET count = count + …` per
 * 500 rows, atomic whoever else writes; elsewhere (MongoDB) {@link addPageViewsThroughLocalApi}.
 *
 * @example
 * await addPageViews(payload, [{ path: '/tin-tuc/x/', day: '2026-01-15', count: 3 }])
 */
export async function addPageViews(payload: Payload, counts: PageViewCount[]): Promise<void> {
  const db = sqlDatabase(payload)
  const table = db?.tables.page_views
  if (!db || !table) return addPageViewsThroughLocalApi(payload, counts)
  for (let start = 0; start < counts.length; start += CHUNK) {
    const rows = counts.slice(start, start + CHUNK)
    await db.drizzle
      .insert(table)
      .values(rows)
      .onConflictDoUpdate({
        target: [table.path, table.day],
        set: { count: sql`${table.count} + excluded.count` },
      })
  }
}

/**
 * The same through Payload's Local API: read, then update or create. Not atomic across
 * processes: correct with one writer (the live site server of `npm start`), which is how the
 * hub runs; a second writer racing on the same row could lose an increment, and one creating the
 * same row first makes the create fail on the unique index, after which the update is retried.
 */
export async function addPageViewsThroughLocalApi(
  payload: Payload,
  counts: PageViewCount[],
): Promise<void> {
  for (const { path, day, count } of counts) {
    const addToExisting = async () => {
      const { docs } = await payload.find({
        collection: PAGE_VIEWS_SLUG,
        where: { and: [{ path: { equals: path } }, { day: { equals: day } }] },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      const existing = docs[0]
      if (!existing) return false
      await payload.update({
        collection: PAGE_VIEWS_SLUG,
        id: existing.id,
        data: { count: (existing.count ?? 0) + count },
        depth: 0,
        overrideAccess: true,
      })
      return true
    }
    if (await addToExisting()) continue
    try {
      await payload.create({
        collection: PAGE_VIEWS_SLUG,
        data: { path, day, count },
        depth: 0,
        overrideAccess: true,
      })
    } catch (error) {
      if (!(await addToExisting())) throw error
    }
  }
}
