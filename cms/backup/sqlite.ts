import fs from 'node:fs'

import { createClient, type Client } from '@libsql/client'

/** Opens a libsql client on a SQLite file that must exist (libsql would create an empty one). */
function openFile(file: string): Client {
  if (!fs.existsSync(file)) throw new Error(`No SQLite database at ${file}.`)
  return createClient({ url: `file:${file}` })
}

async function withFile<T>(file: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = openFile(file)
  try {
    // The hub writes in WAL mode with a 10 s busy timeout (cms/database.ts): wait like it does.
    await client.execute('PRAGMA busy_timeout = 10000')
    return await use(client)
  } finally {
    client.close()
  }
}

/**
 * Writes a consistent copy of a live SQLite database to `target` with `VACUUM INTO`: one read
 * transaction, so the copy is the database as of one moment even while the hub keeps writing
 * (a file copy of a WAL database can catch the main file and its WAL at different moments).
 */
export async function snapshotSqlite(source: string, target: string): Promise<void> {
  if (fs.existsSync(target)) throw new Error(`${target} already exists.`)
  await withFile(source, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [target] }))
}

/** `PRAGMA integrity_check` of a SQLite file: `ok`, or the problems SQLite reports. */
export async function checkSqliteIntegrity(file: string): Promise<string> {
  return withFile(file, async (client) => {
    const { rows } = await client.execute('PRAGMA integrity_check')
    return rows.map((row) => String(row[0])).join('\n')
  })
}

/** The migrations recorded as applied in a SQLite database, in the order they ran. */
export async function sqliteMigrations(file: string): Promise<string[]> {
  return withFile(file, async (client) => {
    const table = await client.execute(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'",
    )
    if (table.rows.length === 0) return []
    const { rows } = await client.execute(
      "SELECT name FROM payload_migrations WHERE name != 'dev' ORDER BY id",
    )
    return rows.map((row) => String(row[0]))
  })
}

/** Whether a SQLite database holds nothing: no file, an empty file, or no tables. */
export async function isSqliteEmpty(file: string): Promise<boolean> {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat || stat.size === 0) return true
  return withFile(file, async (client) => {
    const { rows } = await client.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
    return Number(rows[0]![0]) === 0
  })
}
