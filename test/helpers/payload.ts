import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export type TestHub = {
  payload: Payload
  dir: string
  /** The SQLite file (absent on MongoDB). */
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
 * Boots the real Payload (Local API) on a fresh database for one test file: a new SQLite file
 * in a temp directory — empty, or a copy of `from` (the seeded demo, see demoSite.ts) — or, when
 * DATABASE_URL is a mongodb:// URL, a fresh database on that server. Uploads go to the same temp
 * directory. `cleanup` closes Payload and deletes it all.
 */
export async function startTestHub(options: { from?: HubFiles } = {}): Promise<TestHub> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-'))
  const requested = process.env.DATABASE_URL ?? ''
  const mongo = /^mongodb(\+srv)?:\/\//.test(requested)
  const databaseFile = mongo ? null : path.join(dir, 'hub.db')
  const mediaDir = path.join(dir, 'media')
  if (mongo) {
    if (options.from) throw new Error('A copy of the demo database needs SQLite.')
    const url = new URL(requested)
    url.pathname = `/hub_test_${randomBytes(6).toString('hex')}`
    process.env.DATABASE_URL = url.toString()
  } else {
    process.env.DATABASE_URL = `file:${databaseFile}`
  }
  if (options.from && databaseFile) {
    await fs.copyFile(options.from.databaseFile, databaseFile)
    // Closing the last connection folds the WAL into the file; copy it too in case it did not.
    await fs.copyFile(`${options.from.databaseFile}-wal`, `${databaseFile}-wal`).catch(() => {})
    await fs.cp(options.from.mediaDir, mediaDir, { recursive: true })
  }
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
    if (mongo) await payload.db.dropDatabase?.({ adapter: payload.db } as never)
    await payload.destroy()
  }
  return {
    payload,
    dir,
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
