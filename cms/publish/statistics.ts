import type { Payload } from 'payload'

import { sql, sqlDatabase } from '../sqlDatabase'

/**
 * Refreshes SQLite's query-planner statistics (`ANALYZE`, bounded by `analysis_limit`: about
 * 60 ms at 10,000 items, and not much more on bigger archives).
 *
 * Without statistics, SQLite cannot use the `(_locale, _parent_id)` index of Payload's
 * `*_locales` tables for a lookup by `_parent_id`, and scans the whole table for every row a
 * query returns: reading the titles of 6,000 articles took 50 s (quadratic), 0.05 s after
 * `ANALYZE` (the planner then skips over the two locales). Statistics are read when a
 * connection opens, so the build worker refreshes them before each build, and the server should
 * call this once after migrating, before the admin starts. PostgreSQL gets a plain `ANALYZE`;
 * MongoDB needs nothing.
 *
 * @example
 * await migrateDatabase(payload)
 * await refreshQueryStatistics(payload)
 */
export async function refreshQueryStatistics(payload: Payload): Promise<boolean> {
  const db = sqlDatabase(payload)
  if (!db) return false
  // PostgreSQL's autovacuum analyzes on its own, but only after enough rows changed: a fresh or
  // restored database would be planned without statistics until then.
  if (db.dialect === 'sqlite') await db.run(sql`PRAGMA analysis_limit=1000`)
  await db.run(sql`ANALYZE`)
  return true
}
