import type { Payload } from 'payload'

/**
 * Refreshes SQLite's query-planner statistics (`ANALYZE`, bounded by `analysis_limit`: about
 * 60 ms at 10,000 items, and not much more on bigger archives).
 *
 * Without statistics, SQLite cannot use the `(_locale, _parent_id)` index of Payload's
 * `*_locales` tables for a lookup by `_parent_id`, and scans the whole table for every row a
 * query returns: reading the titles of 6,000 articles took 50 s (quadratic), 0.05 s after
 * `ANALYZE` (the planner then skips over the two locales). Statistics are read when a
 * connection opens, so the build worker refreshes them before each build, and the server should
 * call this once after migrating, before the admin starts. MongoDB needs nothing.
 *
 * @example
 * await migrateDatabase(payload)
 * await refreshQueryStatistics(payload)
 */
export async function refreshQueryStatistics(payload: Payload): Promise<boolean> {
  if (payload.db.name !== 'sqlite') return false
  const db = payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  await db.execute({ drizzle: db.drizzle, raw: 'PRAGMA analysis_limit=1000' })
  await db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' })
  return true
}
