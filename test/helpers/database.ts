import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'

import { chooseDatabase } from '@cms/database'
import { sql, sqlDatabase } from '@cms/sqlDatabase'
import { claimDir, runChildFixture, waitForReady } from './childFixture'

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

/**
 * The run the databases on a server belong to: set by the global setup of `vitest run`
 * (test/setup/global.ts), which drops the run's databases when every suite's process has ended;
 * a process of its own otherwise. In the names, so runs side by side never touch each other's.
 */
const RUN_ID = (process.env.HUB_TEST_RUN_ID ??= randomBytes(4).toString('hex'))
const databasePrefix = (runId: string) => `hub_test_${runId}_`

/** Whether the run's global setup drops its databases at the end (see RUN_ID). */
export const DATABASES_DROPPED_BY_RUN = process.env.HUB_TEST_RUN_DROPS === '1'

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

/** A migrated database that new ones are copied from (see migratedTemplate). */
export type TemplateDatabase = { url: string; file: string | null }

/**
 * A new database of the kind the run uses: a file in `dir` (SQLite), or a database with a
 * random name on the test server (created now; `drop` removes it, with its connections). Empty,
 * or a copy of `template` (a file copy; on PostgreSQL `CREATE DATABASE … TEMPLATE`).
 *
 * @example
 * const db = await createTestDatabase(tempDir)
 * process.env.DATABASE_URL = db.url
 */
export async function createTestDatabase(
  dir: string,
  name = 'hub.db',
  template: TemplateDatabase | null = null,
): Promise<TestDatabase> {
  if (TEST_DATABASE_KIND === 'sqlite') {
    const file = path.join(dir, name)
    if (template?.file) {
      await fs.copyFile(template.file, file)
      // Closing its last connection folded the WAL into the file; copy it too in case it did not.
      await fs.copyFile(`${template.file}-wal`, `${file}-wal`).catch(() => {})
    }
    return { url: `file:${file}`, file, drop: async () => {} }
  }
  const database = `${databasePrefix(RUN_ID)}${randomBytes(6).toString('hex')}`
  const url = withDatabaseName(TEST_DATABASE_URL, database)
  if (TEST_DATABASE_KIND === 'mongodb') return { url, file: null, drop: async () => {} }
  const copy = template ? ` TEMPLATE "${new URL(template.url).pathname.slice(1)}"` : ''
  await onPostgresServer(TEST_DATABASE_URL, `CREATE DATABASE "${database}"${copy}`)
  return {
    url,
    file: null,
    drop: () => dropPostgresDatabase(database),
  }
}

/** The directory of the run's migrated template database (set by test/setup/global.ts). */
export const TEMPLATE_DIR_VARIABLE = 'HUB_TEST_TEMPLATE_DIR'

/**
 * The run's migrated template database, which startTestHub copies instead of running every
 * migration for every suite: made once, by the first suite that asks, in a child process
 * (test/setup/migrate-template.ts), the real migrations by the real Payload; the others wait for
 * it. Null on MongoDB (nothing to migrate) and outside a `vitest run` with the global setup.
 */
export async function migratedTemplate(): Promise<TemplateDatabase | null> {
  const dir = process.env[TEMPLATE_DIR_VARIABLE]
  if (!dir || !TEST_DATABASE_IS_SQL) return null
  if (await claimDir(dir)) await runChildFixture('test/setup/migrate-template.ts', [dir], dir).done
  return waitForReady<TemplateDatabase>(dir, 'The migrated template database', 5 * 60_000)
}

/**
 * For the global setup of a run on PostgreSQL: checks the server answers (a clear message
 * before any suite starts), and gives back what drops the run's databases at the end — when
 * their suites' processes, and the connections Payload never closes, are gone.
 */
export async function prepareServerRun(): Promise<(() => Promise<void>) | null> {
  if (TEST_DATABASE_KIND !== 'postgres') return null
  process.env.HUB_TEST_RUN_DROPS = '1'
  await onPostgresServer(TEST_DATABASE_URL, 'SELECT 1').catch((error) => {
    throw new Error(
      `PostgreSQL at ${TEST_DATABASE_URL.replace(/:[^:@/]*@/, '@')} does not answer (${(error as Error).message}). ` +
        'Start it (Debian: pg_ctlcluster 15 main start) or set POSTGRES_URL; README, "PostgreSQL".',
    )
  })
  return async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    const { rows } = await client
      .query<{ name: string }>(
        'SELECT datname AS name FROM pg_database WHERE starts_with(datname, $1)',
        [databasePrefix(RUN_ID)],
      )
      .finally(() => client.end())
    for (const { name } of rows) await dropPostgresDatabase(name)
  }
}

/**
 * Drops a test database with its connections (FORCE: Payload 3.90 never returns one of its
 * pool's). Terminating another role's connection (autovacuum working on a restored database)
 * needs pg_signal_backend, which .ci/run grants; without it, a few tries a moment apart.
 */
async function dropPostgresDatabase(database: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await onPostgresServer(
        TEST_DATABASE_URL,
        `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`,
      )
      return
    } catch (error) {
      if (attempt === 5) throw error
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
    }
  }
}

/**
 * Lets go of Payload's PostgreSQL pool before its database is dropped: idle connections are
 * closed, and the errors of those the drop ends (the one Payload keeps checked out, those still
 * closing) are expected. `_clients` is pg-pool's list of its connections.
 */
export function releasePostgresPool(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: pg.Pool & { _clients?: pg.Client[] } }).pool
  if (!pool) return
  // Every connection, idle, ending or still checked out, may see the drop end it.
  for (const client of pool._clients ?? []) client.on('error', () => {})
  pool.on('error', () => {})
  void pool.end().catch(() => {})
}

/**
 * The names of the tables of the hub's SQL database (SQLite or PostgreSQL), sorted: what raw
 * probes walk through. Throws on MongoDB.
 */
export async function sqlTableNames(payload: Payload): Promise<string[]> {
  const db = sqlDatabase(payload)
  if (!db) throw new Error('Not a SQL database.')
  const rows =
    db.dialect === 'sqlite'
      ? await db.rows<{ name: string }>(
          sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
        )
      : await db.rows<{ name: string }>(
          sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`,
        )
  return rows.map((row) => row.name).sort()
}

/**
 * Every row of one table, read raw (no hooks, no access rules), in a stable order: sorted by
 * their JSON, since PostgreSQL returns rows in no promised order and not every table has an id.
 */
export async function readSqlTable(payload: Payload, table: string): Promise<unknown[]> {
  const db = sqlDatabase(payload)
  if (!db) throw new Error('Not a SQL database.')
  const rows = await db.rows(sql.raw(`SELECT * FROM "${table.replace(/"/g, '""')}"`))
  return rows
    .map((row) => [JSON.stringify(row), row] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row)
}

type Query = <T extends Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>

/**
 * Queries on the database of a DATABASE_URL (SQLite file or PostgreSQL), over a connection of
 * their own, closed afterwards: for checking a database no Payload of this process has open (a
 * restored backup, a snapshot).
 */
export async function withDatabaseAt<R>(
  url: string,
  use: (query: Query) => Promise<R>,
): Promise<R> {
  const choice = chooseDatabase(url)
  if (choice.kind === 'sqlite') {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: choice.url })
    try {
      return await use(async <T>(query: string, params: unknown[] = []) => {
        const { rows } = await client.execute({ sql: query, args: params as never })
        return rows.map((row) => ({ ...row }) as unknown as T)
      })
    } finally {
      client.close()
    }
  }
  if (choice.kind !== 'postgres') throw new Error('Not a SQL database.')
  const client = new pg.Client({ connectionString: choice.url })
  await client.connect()
  try {
    return await use(async <T>(query: string, params: unknown[] = []) => {
      return (await client.query(query, params)).rows as T[]
    })
  } finally {
    await client.end()
  }
}

/** The rows of one query on the database of a DATABASE_URL (see withDatabaseAt). */
export const queryDatabaseAt = <T extends Record<string, unknown>>(
  url: string,
  query: string,
  params: unknown[] = [],
): Promise<T[]> => withDatabaseAt(url, (run) => run<T>(query, params))

/** The number of rows of a table in the database of a DATABASE_URL. */
export async function countRowsAt(url: string, table: string): Promise<number> {
  const [row] = await queryDatabaseAt<{ n: unknown }>(url, `SELECT count(*) AS n FROM "${table}"`)
  return Number(row!.n)
}

/** Every table of the database of a DATABASE_URL and its columns, to compare two schemas. */
export async function tableColumnsAt(url: string): Promise<Record<string, string[]>> {
  const rows =
    chooseDatabase(url).kind === 'sqlite'
      ? await queryDatabaseAt<{ table: string; column: string }>(
          url,
          `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m
           JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
        )
      : await queryDatabaseAt<{ table: string; column: string }>(
          url,
          `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
           WHERE table_schema = current_schema()`,
        )
  const schema: Record<string, string[]> = {}
  for (const { table, column } of rows) (schema[table] ??= []).push(column)
  for (const columns of Object.values(schema)) columns.sort()
  return Object.fromEntries(Object.entries(schema).sort(([a], [b]) => a.localeCompare(b)))
}

/**
 * A digest of every row of every table of a PostgreSQL database (what a refused restore must
 * leave as it was; a SQLite database is checked by its files).
 */
export async function postgresDigestAt(url: string): Promise<Record<string, string>> {
  return withDatabaseAt(url, async (query) => {
    const tables = await query<{ name: string }>(
      'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1',
    )
    const digest: Record<string, string> = {}
    for (const { name } of tables) {
      const rows = await query(`SELECT * FROM "${name}"`)
      digest[name] = createHash('sha256')
        .update(
          rows
            .map((row) => JSON.stringify(row))
            .sort()
            .join('\n'),
        )
        .digest('hex')
    }
    return digest
  })
}
