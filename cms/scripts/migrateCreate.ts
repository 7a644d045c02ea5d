/**
 * `npm run migrate:create -- name`: after a change to the collections, writes the migration of
 * every SQL adapter that needs one (cms/migrations/sqlite/, cms/migrations/postgres/), each
 * diffed against its own latest snapshot, with the same name. No database is opened, so the
 * PostgreSQL migration is made without a PostgreSQL server. Commit what it writes;
 * test/cms/migrations.test.ts fails while any adapter lacks one.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { SqlDatabaseKind } from '../database'
import { prepareEnvironment } from './boot'

const name = process.argv.slice(2).find((arg) => !arg.startsWith('-'))
if (!name || !/^[a-z0-9_]+$/i.test(name)) {
  console.error('Usage: npm run migrate:create -- short_name   (letters, digits, _)')
  process.exit(2)
}

prepareEnvironment()
const { openSchemaOnly, pendingSchemaChanges } = await import('../migrationSchema')
const written: string[] = []
for (const kind of ['sqlite', 'postgres'] as SqlDatabaseKind[]) {
  const payload = await openSchemaOnly(kind)
  const dir = payload.db.migrationDir
  if ((await pendingSchemaChanges(payload)).length === 0) {
    console.log(`${kind}: no schema change, no migration.`)
  } else {
    const before = new Set(fs.readdirSync(dir))
    // forceAcceptWarning: no prompt (there are changes, so none would be asked anyway).
    await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
    const added = fs.readdirSync(dir).filter((file) => !before.has(file))
    written.push(...added.map((file) => path.join(dir, file)), path.join(dir, 'index.ts'))
    console.log(`${kind}: ${added.join(', ')}`)
  }
  await payload.destroy()
}
if (written.length) {
  // The generated code in the house style, so `npm run lint` passes as it is.
  const code = written.filter((file) => file.endsWith('.ts'))
  execFileSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', ...code], {
    stdio: 'ignore',
  })
  console.log('Review the SQL (data to move? a backfill?), then commit these files.')
}
process.exit(0)
