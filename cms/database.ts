import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

/** The embedded database a fresh clone uses when DATABASE_URL is not set. */
export const DEFAULT_SQLITE_PATH = 'data/hub.db'

export type DatabaseChoice =
  | { kind: 'mongodb'; url: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'sqlite'; url: string; file: string }

/** The databases whose schema is made by committed migrations, one folder each. */
export type SqlDatabaseKind = 'sqlite' | 'postgres'

/**
 * Each SQL adapter's migrations: generated from the same collections, but in its own SQL and
 * with its own snapshots, so `migrate:create` diffs each against its own history. The SQLite
 * ones keep the names they were first applied under (payload_migrations stores the name).
 */
export const MIGRATION_DIRS: Record<SqlDatabaseKind, string> = {
  sqlite: 'cms/migrations/sqlite',
  postgres: 'cms/migrations/postgres',
}

/**
 * Reads DATABASE_URL: `postgres://` or `postgresql://` selects PostgreSQL (verified by the CMS
 * suite and the end-to-end journeys: `npm run test:postgres`); `mongodb://` or `mongodb+srv://`
 * selects MongoDB (supported by Payload, not verified here); `file:…`, a plain path or nothing
 * selects the embedded SQLite file. Anything else is refused rather than silently falling back
 * to a different database.
 */
export function chooseDatabase(raw = process.env.DATABASE_URL): DatabaseChoice {
  const value = (raw ?? '').trim()
  if (/^mongodb(\+srv)?:\/\//i.test(value)) return { kind: 'mongodb', url: value }
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL "${value.split('://')[0]}://…" is not supported: use postgres:// (PostgreSQL), mongodb:// (MongoDB) or file:path/to/hub.db (SQLite).`,
    )
  }
  const file = path.resolve(
    process.cwd(),
    value.replace(/^file:(\/\/)?/, '') || DEFAULT_SQLITE_PATH,
  )
  return { kind: 'sqlite', url: `file:${file}`, file }
}

/** A URL safe to print: the password (if any) is dropped. */
export function describeDatabase(choice: DatabaseChoice = chooseDatabase()): string {
  return choice.kind === 'sqlite'
    ? choice.file
    : choice.url.replace(/\/\/([^@/:]*)(:[^@/]*)?@/, '//$1@')
}

/** The Payload adapter for a database choice (DATABASE_URL by default). */
export function databaseAdapter(choice: DatabaseChoice = chooseDatabase()): DatabaseAdapterObj {
  const migrationDir = (kind: SqlDatabaseKind) => path.resolve(process.cwd(), MIGRATION_DIRS[kind])
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  if (choice.kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: choice.url },
      // As for SQLite below: the schema changes only through committed migrations.
      push: false,
      migrationDir: migrationDir('postgres'),
    })
  }
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    client: { url: choice.url },
    // Schema changes go through committed migrations (cms/migrations), never a dev push: the
    // push asks an interactive question when data would be lost and exits without a terminal.
    push: false,
    migrationDir: migrationDir('sqlite'),
    wal: true,
    busyTimeout: 10_000,
  })
}
