import { sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import type { SqlDatabaseKind } from './database'

export { sql }

/**
 * The SQL database under Payload, for the few places that need SQL of their own (an atomic
 * counter, a lock, VACUUM): the one place that knows how each adapter's Drizzle instance runs
 * a statement, so the rest of the code never touches an adapter. `null` on MongoDB.
 */
export type SqlDatabase = {
  dialect: SqlDatabaseKind
  /** Drizzle's query builder on the adapter's connection: `insert(tables.x)…` works on both. */
  drizzle: { insert: (table: unknown) => any }
  /** The adapter's Drizzle tables by SQL name (`page_views`, `questions`, …). */
  tables: Record<string, Record<string, unknown>>
  /** Runs a statement and ignores what it returns. */
  run: (query: SQL) => Promise<void>
  /** Runs a query and returns its rows as objects. */
  rows: <T extends Record<string, unknown>>(query: SQL) => Promise<T[]>
}

type LibsqlDrizzle = {
  run: (query: SQL) => Promise<unknown>
  all: (query: SQL) => Promise<unknown[]>
}
type NodePgDrizzle = { execute: (query: SQL) => Promise<{ rows: unknown[] }> }

/**
 * @example
 * const db = sqlDatabase(payload)
 * if (db?.dialect === 'postgres') await db.run(sql`VACUUM questions`)
 */
export function sqlDatabase(payload: Payload): SqlDatabase | null {
  const adapter = payload.db as unknown as {
    name: string
    drizzle: LibsqlDrizzle & NodePgDrizzle & SqlDatabase['drizzle']
    tables: SqlDatabase['tables']
  }
  const { name, drizzle: db, tables } = adapter
  if (name !== 'sqlite' && name !== 'postgres') return null
  // libsql: run() and all(); node-postgres: execute(), whose result carries the rows.
  const rows =
    name === 'sqlite'
      ? (query: SQL) => db.all(query)
      : async (query: SQL) => (await db.execute(query)).rows
  return {
    dialect: name,
    drizzle: db,
    tables,
    run: async (query) => void (name === 'sqlite' ? await db.run(query) : await db.execute(query)),
    rows: rows as SqlDatabase['rows'],
  }
}
