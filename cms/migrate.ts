import lockfile from 'proper-lockfile'
import type { Payload } from 'payload'

import { chooseDatabase, type SqlDatabaseKind } from './database'
import { MIGRATIONS } from './migrations'

/**
 * The key of the PostgreSQL advisory lock taken while migrating: any fixed 64-bit number that no
 * other code of this database uses (281 and 2020: the programme's plan number and year).
 */
export const MIGRATION_LOCK_KEY = 2_812_020

/** How long a SQLite migration lock may go without its holder touching it before it is stale. */
const SQLITE_LOCK_STALE_MS = 30_000

/**
 * Brings the database schema up to date with the committed migrations of its adapter
 * (cms/migrations/<adapter>/), under a lock, so instances starting together (or `npm run
 * migrate` beside `npm start`) cannot run the same migration twice: Payload 3 takes none of its
 * own. PostgreSQL: a session advisory lock (`pg_advisory_lock`), released when the connection
 * ends, even if the process dies. SQLite: a lock file beside the database (proper-lockfile:
 * created atomically, refreshed while held, taken over when its holder stopped refreshing it).
 * Whoever gets the lock second finds nothing left to run. MongoDB needs no migrations.
 * Returns the names of the migrations this call ran.
 *
 * @example
 * const payload = await getPayload({ config })
 * await migrateDatabase(payload) // ['20261203_155324_initial'] on a fresh database, then []
 */
export async function migrateDatabase(payload: Payload): Promise<string[]> {
  const kind = payload.db.name
  if (kind !== 'sqlite' && kind !== 'postgres') return []
  return withMigrationLock(payload, kind, async () => {
    const before = await appliedMigrations(payload)
    // The generated migration functions take typed args; the adapter's signature says unknown.
    await payload.db.migrate({
      migrations: MIGRATIONS[kind] as Parameters<Payload['db']['migrate']>[0] extends {
        migrations?: infer M
      }
        ? M
        : never,
    })
    return (await appliedMigrations(payload)).filter((name) => !before.includes(name))
  })
}

/** The migrations recorded in the database (none before the first migration made the table). */
async function appliedMigrations(payload: Payload): Promise<string[]> {
  try {
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
      sort: 'createdAt',
    })
    return docs.map((doc) => doc.name ?? '').filter((name) => name && name !== 'dev')
  } catch {
    return []
  }
}

/** The lock file that guards a SQLite database's migrations. */
export const sqliteMigrationLockPath = (file: string) => `${file}.migrate.lock`

const WAITING = 'Another process is migrating this database: waiting for it to finish…'

async function withMigrationLock<T>(
  payload: Payload,
  kind: SqlDatabaseKind,
  run: () => Promise<T>,
): Promise<T> {
  if (kind === 'postgres') {
    // One connection of the adapter's pool holds the lock; the migrations use the others.
    const pool = (payload.db as unknown as { pool: import('pg').Pool }).pool
    const client = await pool.connect()
    try {
      const tried = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1) AS locked',
        [MIGRATION_LOCK_KEY],
      )
      if (!tried.rows[0]?.locked) {
        payload.logger.info(WAITING)
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
      }
      try {
        return await run()
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      }
    } finally {
      client.release()
    }
  }
  const database = chooseDatabase()
  if (database.kind !== 'sqlite') throw new Error('DATABASE_URL does not name the SQLite file.')
  const options = {
    lockfilePath: sqliteMigrationLockPath(database.file),
    // The database file may not exist yet when a fresh clone starts.
    realpath: false,
    stale: SQLITE_LOCK_STALE_MS,
  }
  const release = await lockfile.lock(database.file, options).catch(async (error) => {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error
    payload.logger.info(WAITING)
    // About two minutes of waiting for the other process's migrations, then an error.
    return lockfile.lock(database.file, {
      ...options,
      retries: { retries: 150, minTimeout: 200, maxTimeout: 1000, factor: 1.2 },
    })
  })
  try {
    return await run()
  } finally {
    await release()
  }
}
