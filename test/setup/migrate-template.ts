import fs from 'node:fs/promises'
import path from 'node:path'

import { startTestHub } from '../helpers/payload'

/**
 * Run by test/helpers/database.ts (migratedTemplate) as a child process, once per `vitest run`:
 * `node --import tsx test/setup/migrate-template.ts <dir>`. Makes a new database of the run's
 * kind, migrated by the real Payload as startTestHub migrates one, closes it and writes where it
 * is to `<dir>/ready.json`. A process of its own: when it has exited, no connection to the
 * database is left, which PostgreSQL requires of a template.
 */
if (process.argv[1]?.endsWith('migrate-template.ts')) {
  const [dir] = process.argv.slice(2)
  if (!dir) throw new Error('usage: migrate-template.ts <dir>')
  const hub = await startTestHub({ template: false })
  await hub.close()
  const template = { url: hub.databaseUrl, file: hub.databaseFile }
  // Written just before the process ends: PostgreSQL waits (up to 5 s) for a template's last
  // connections to go when a database is created from it.
  await fs.writeFile(path.join(dir, 'ready.json'), JSON.stringify(template))
  process.exit(0)
}
