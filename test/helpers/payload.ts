import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export type TestHub = {
  payload: Payload
  dir: string
  cleanup: () => Promise<void>
}

/**
 * Boots the real Payload (Local API) on a fresh database for one test file: a new SQLite file
 * in a temp directory, or, when DATABASE_URL is a mongodb:// URL, a fresh database on that
 * server. Uploads go to the same temp directory. `cleanup` closes Payload and deletes it all.
 */
export async function startTestHub(): Promise<TestHub> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-'))
  const requested = process.env.DATABASE_URL ?? ''
  const mongo = /^mongodb(\+srv)?:\/\//.test(requested)
  if (mongo) {
    const url = new URL(requested)
    url.pathname = `/hub_test_${randomBytes(6).toString('hex')}`
    process.env.DATABASE_URL = url.toString()
  } else {
    process.env.DATABASE_URL = `file:${path.join(dir, 'hub.db')}`
  }
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
  process.env.PREVIEW_SECRET ||= randomBytes(32).toString('hex')

  const [{ getPayload }, { default: config }, { migrateDatabase }] = await Promise.all([
    import('payload'),
    import('@cms/payload.config'),
    import('@cms/migrate'),
  ])
  const payload = await getPayload({ config })
  await migrateDatabase(payload)

  return {
    payload,
    dir,
    cleanup: async () => {
      if (mongo) await payload.db.dropDatabase?.({ adapter: payload.db } as never)
      await payload.destroy()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
