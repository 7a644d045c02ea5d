/**
 * `npm run backup`: the database and the uploads, in one directory under `backups/` (or
 * BACKUP_DIR), with a manifest of checksums. Runs while the hub runs: SQLite is copied as one
 * consistent snapshot (VACUUM INTO), PostgreSQL with pg_dump. MongoDB is refused (mongodump).
 */
import path from 'node:path'

import { backupHub } from '../backup'
import { describeError } from '../errors'
import { ensureEnvFile } from './env'

async function main() {
  // The environment `npm start` reads (.env, MEDIA_DIR); not prepareEnvironment(), which
  // refuses the postgres:// URLs a backup can already handle.
  ensureEnvFile()
  const { dir, manifest, seconds } = await backupHub({ log: (line) => console.log(line) })
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  console.log(
    [
      `Backup done in ${seconds.toFixed(1)} s: ${path.relative(process.cwd(), dir) || dir}`,
      `  database  ${manifest.database.kind}, ${megabytes(manifest.database.bytes)} MB, ${manifest.migrations.length} migrations`,
      `  uploads   ${manifest.media.count} files, ${megabytes(manifest.media.bytes)} MB`,
      `Restore with: npm run restore -- ${dir}`,
    ].join('\n'),
  )
}

main().catch((error) => {
  console.error(`Backup failed: ${describeError(error)}`)
  process.exit(1)
})
