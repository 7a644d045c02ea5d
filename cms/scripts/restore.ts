/**
 * `npm run restore -- <backup dir> [--force]`: puts a backup made by `npm run backup` back into
 * DATABASE_URL and MEDIA_DIR, then applies migrations the backup is older than. Stop the hub
 * first. Refused, with nothing changed, when any file does not match the backup's manifest, or
 * when the database or the uploads directory is not empty and --force is not given (what
 * --force replaces is kept beside it as *.before-restore-<timestamp>).
 */
import { restoreBackup } from '../backup'
import { describeError } from '../errors'
import { ensureEnvFile } from './env'

async function main(args: string[]) {
  const force = args.includes('--force')
  const dirs = args.filter((arg) => !arg.startsWith('--'))
  if (dirs.length !== 1) {
    console.error('Usage: npm run restore -- <backup dir> [--force]   (stop the hub first)')
    process.exit(2)
  }
  ensureEnvFile()
  console.log('Restoring a backup: the hub (npm start) must be stopped while this runs.')
  const { seconds, manifest, migrated, keptAside } = await restoreBackup(dirs[0]!, {
    force,
    log: (line) => console.log(line),
  })
  console.log(
    [
      `Restored the backup of ${manifest.createdAt} in ${seconds.toFixed(1)} s (${manifest.media.count} uploads).`,
      migrated.length
        ? `  migrations applied since: ${migrated.join(', ')}`
        : '  migrations: current',
      ...keptAside.map((file) => `  kept the replaced ${file}`),
    ].join('\n'),
  )
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`Restore failed: ${describeError(error)}`)
  process.exit(1)
})
