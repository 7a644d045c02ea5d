import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import {
  createTestDatabase,
  DATABASES_DROPPED_BY_RUN,
  migratedTemplate,
  releasePostgresPool,
  TEST_DATABASE_KIND,
} from './database'

export type TestHub = {
  payload: Payload
  dir: string
  /** Its DATABASE_URL: a SQLite file, or a database of its own on the server. */
  databaseUrl: string
  /** The SQLite file (null on PostgreSQL and MongoDB). */
  databaseFile: string | null
  mediaDir: string
  /** Closes Payload and keeps the files (the demo site copies them before deleting). */
  close: () => Promise<void>
  /** Closes Payload and deletes the database and uploads. */
  cleanup: () => Promise<void>
}

/** A database and uploads directory to start from instead of an empty database. */
export type HubFiles = { databaseFile: string; mediaDir: string }

/**
 * Boots the real Payload (Local API) on a fresh database for one test file, of the kind the run
 * uses (test/helpers/database.ts): a new SQLite file in a temp directory, or a new database on
 * the PostgreSQL or MongoDB server of DATABASE_URL — a copy of the run's migrated template
 * (database.ts, migratedTemplate), of `from` (the seeded demo, see demoSite.ts; SQLite), or, with
 * `template: false` or no template, empty. Either way Payload then migrates it as `npm start`
 * does (nothing left to run on a copy). Uploads go to the temp directory. `cleanup` closes
 * Payload and deletes it all (a server's database when the run ends: see
 * DATABASES_DROPPED_BY_RUN).
 */
export async function startTestHub(
  options: { from?: HubFiles; template?: false } = {},
): Promise<TestHub> {
  const { from } = options
  if (from && TEST_DATABASE_KIND !== 'sqlite')
    throw new Error('A copy of the demo database needs SQLite.')
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-'))
  const template = from
    ? { url: `file:${from.databaseFile}`, file: from.databaseFile }
    : options.template === false
      ? null
      : await migratedTemplate()
  const database = await createTestDatabase(dir, undefined, template)
  const databaseFile = database.file
  const mediaDir = path.join(dir, 'media')
  process.env.DATABASE_URL = database.url
  if (from) await fs.cp(from.mediaDir, mediaDir, { recursive: true })
  process.env.MEDIA_DIR = mediaDir
  process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
  process.env.PREVIEW_SECRET ||= randomBytes(32).toString('hex')
  process.env.FORM_SECRET ||= randomBytes(32).toString('hex')

  const [{ getPayload }, { default: config }, { migrateDatabase }] = await Promise.all([
    import('payload'),
    import('@cms/payload.config'),
    import('@cms/migrate'),
  ])
  const payload = await getPayload({ config })
  await migrateDatabase(payload)

  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    if (payload.db.name === 'mongoose')
      await payload.db.dropDatabase?.({ adapter: payload.db } as never)
    await payload.destroy()
    releasePostgresPool(payload)
    // Under `vitest run` a server's database outlives the suite: dropped at the end of the
    // run, once the connections of every Payload the suite opened (it may restart one) are
    // gone; dropping it now would end them under the suite's feet.
    if (!DATABASES_DROPPED_BY_RUN) await database.drop()
  }
  return {
    payload,
    dir,
    databaseUrl: database.url,
    databaseFile,
    mediaDir,
    close,
    cleanup: async () => {
      await close()
      // SQLite may still write its WAL while the connection closes: retry, not fail.
      await fs.rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
    },
  }
}
