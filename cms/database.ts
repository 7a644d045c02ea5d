import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

/** The embedded database a fresh clone uses when DATABASE_URL is not set. */
export const DEFAULT_SQLITE_PATH = 'data/hub.db'

export type DatabaseChoice =
  { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string; file: string }

/**
 * Reads DATABASE_URL: `mongodb://…` or `mongodb+srv://…` selects MongoDB (production);
 * `file:…`, a plain path or nothing selects the embedded SQLite file. Anything else is refused
 * rather than silently falling back to a different database.
 */
export function chooseDatabase(raw = process.env.DATABASE_URL): DatabaseChoice {
  const value = (raw ?? '').trim()
  if (/^mongodb(\+srv)?:\/\//i.test(value)) return { kind: 'mongodb', url: value }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL "${value.split('://')[0]}://…" is not supported: use mongodb:// (MongoDB) or file:path/to/hub.db (SQLite).`,
    )
  }
  const file = path.resolve(
    process.cwd(),
    value.replace(/^file:(\/\/)?/, '') || DEFAULT_SQLITE_PATH,
  )
  return { kind: 'sqlite', url: `file:${file}`, file }
}

export function databaseAdapter(): DatabaseAdapterObj {
  const choice = chooseDatabase()
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    client: { url: choice.url },
    // Schema changes go through committed migrations (cms/migrations), never a dev push: the
    // push asks an interactive question when data would be lost and exits without a terminal.
    push: false,
    migrationDir: path.resolve(process.cwd(), 'cms/migrations'),
    wal: true,
    busyTimeout: 10_000,
  })
}
