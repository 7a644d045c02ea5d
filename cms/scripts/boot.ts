import path from 'node:path'

import type { Payload } from 'payload'

import { chooseDatabase } from '../database'
import { ensureEnvFile } from './env'

/**
 * Prepares the environment every command shares: `.env` with secrets, and absolute database
 * and media paths so the Next server, the CLI and the site build all see the same files
 * whatever their working directory.
 */
export function prepareEnvironment(): void {
  ensureEnvFile()
  const db = chooseDatabase()
  if (db.kind === 'sqlite') process.env.DATABASE_URL = db.url
  process.env.MEDIA_DIR = path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media'))
}

/**
 * Opens Payload's Local API on the configured database, with every migration applied (under
 * the migration lock, cms/migrate.ts); `onMigrated` gets the names of those this process ran.
 */
export async function openPayload(
  onMigrated: (ran: string[]) => void = () => {},
): Promise<Payload> {
  prepareEnvironment()
  const [{ getPayload }, { default: config }, { migrateDatabase }] = await Promise.all([
    import('payload'),
    import('../payload.config'),
    import('../migrate'),
  ])
  const payload = await getPayload({ config })
  onMigrated(await migrateDatabase(payload))
  return payload
}
