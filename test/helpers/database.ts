import { randomBytes } from 'node:crypto'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'

import { chooseDatabase } from '@cms/database'

/**
 * The one switch between the databases the CMS suites run on: DATABASE_URL when the run starts
 * (kept in HUB_TEST_DATABASE_URL, because each suite then points DATABASE_URL at its own
 * database). Unset or a file → a new SQLite file per suite (`npm test`); `postgres://…` → a new
 * database per suite on that server (`npm run test:postgres`); `mongodb://…` → a new database
 * per suite on that server (not run here: no MongoDB server can be installed).
 */
export const TEST_DATABASE_URL = (process.env.HUB_TEST_DATABASE_URL ??=
  process.env.DATABASE_URL ?? '')

export const TEST_DATABASE_KIND = chooseDatabase(TEST_DATABASE_URL).kind

/** Whether the suites run on a SQL database (Payload's Drizzle adapters): SQLite or PostgreSQL. */
export const TEST_DATABASE_IS_SQL = TEST_DATABASE_KIND !== 'mongodb'

/** A database made for one suite: its DATABASE_URL, and how to remove it. */
export type TestDatabase = {
  url: string
  /** The SQLite file (null on a server). */
  file: string | null
  drop: () => Promise<void>
}

/** Runs one statement on the PostgreSQL server of `url`, through its maintenance database. */
async function onPostgresServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** `url` with another database name. */
function withDatabaseName(url: string, name: string): string {
  const next = new URL(url)
  next.pathname = `/${name}`
  return next.toString()
}

/**
 * A new, empty database of the kind the run uses: a file in `dir` (SQLite), or a database with
 * a random name on the test server (created now; `drop` removes it, with its connections).
 *
 * @example
 * const db = await createTestDatabase(tempDir)
 * process.env.DATABASE_URL = db.url
 */
export async function createTestDatabase(dir: string, name = 'hub.db'): Promise<TestDatabase> {
  if (TEST_DATABASE_KIND === 'sqlite') {
    const file = path.join(dir, name)
    return { url: `file:${file}`, file, drop: async () => {} }
  }
  const database = `hub_test_${randomBytes(6).toString('hex')}`
  const url = withDatabaseName(TEST_DATABASE_URL, database)
  if (TEST_DATABASE_KIND === 'mongodb') return { url, file: null, drop: async () => {} }
  await onPostgresServer(TEST_DATABASE_URL, `CREATE DATABASE "${database}"`)
  return {
    url,
    file: null,
    // FORCE ends the connections Payload keeps open (3.90 never returns one of its pool's).
    drop: () =>
      onPostgresServer(TEST_DATABASE_URL, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
  }
}

/**
 * Lets go of Payload's PostgreSQL pool before its database is dropped: idle connections are
 * closed, and the errors of the one Payload keeps checked out, ended by the drop, are expected.
 */
export function releasePostgresPool(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
  if (!pool) return
  pool.on('error', () => {})
  void pool.end().catch(() => {})
}
