/**
 * Instances starting together migrate once (cms/migrate.ts): two `npm run migrate` processes on
 * the same fresh database, both made to wait for the migration lock and then let go at the
 * same moment, both succeed, and every migration ran exactly once — on the run's database
 * (a SQLite file under its lock file, or PostgreSQL under its advisory lock).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import lockfile from 'proper-lockfile'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { SqlDatabaseKind } from '@cms/database'
import { MIGRATION_LOCK_KEY, sqliteMigrationLockPath } from '@cms/migrate'
import { MIGRATIONS } from '@cms/migrations'
import {
  createTestDatabase,
  queryDatabaseAt,
  TEST_DATABASE_IS_SQL,
  TEST_DATABASE_KIND,
  type TestDatabase,
} from '../helpers/database'

let dir: string
let database: TestDatabase

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-migrate-lock-'))
  database = await createTestDatabase(dir)
})
afterAll(async () => {
  await database?.drop()
  await fs.rm(dir, { recursive: true, force: true })
})

/** `npm run migrate`'s script on the test database, its output gathered as it comes. */
function migrate() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cms/scripts/migrate.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { output: () => output, exit, kill: () => child.kill() }
}

/** Holds the migration lock from this process, as a third instance would. */
async function holdMigrationLock(): Promise<() => Promise<void>> {
  if (database.file) {
    await fs.mkdir(path.dirname(database.file), { recursive: true })
    return lockfile.lock(database.file, {
      lockfilePath: sqliteMigrationLockPath(database.file),
      realpath: false,
    })
  }
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
  return async () => {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
    await client.end()
  }
}

it.runIf(TEST_DATABASE_IS_SQL)(
  'two processes migrating one fresh database at once: both succeed, each migration runs once',
  async () => {
    const committed = MIGRATIONS[TEST_DATABASE_KIND as SqlDatabaseKind].map((m) => m.name)
    const release = await holdMigrationLock()
    const runs = [migrate(), migrate()]
    try {
      // Both have opened Payload and wait for the lock before anything is migrated.
      const until = Date.now() + 120_000
      while (!runs.every((run) => /waiting for it to finish/.test(run.output()))) {
        if (Date.now() > until) throw new Error(runs.map((run) => run.output()).join('\n---\n'))
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    } catch (error) {
      for (const run of runs) run.kill()
      throw error
    } finally {
      await release()
    }
    const codes = await Promise.all(runs.map((run) => run.exit))
    const outputs = runs.map((run) => run.output())
    expect(codes, outputs.join('\n---\n')).toEqual([0, 0])

    // One ran them all, the other found nothing left to run.
    const ranBy = outputs.map((output) => /Migrations run now: (.*)/.exec(output)?.[1])
    expect(ranBy.sort()).toEqual([committed.join(', '), 'none'].sort())
    const rows = await queryDatabaseAt<{ name: string }>(
      database.url,
      'SELECT name FROM payload_migrations ORDER BY id',
    )
    expect(rows.map((row) => row.name)).toEqual(committed)
  },
  180_000,
)
