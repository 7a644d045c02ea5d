/**
 * Backups of the hub (issue 14): the database and the uploads in one directory with a manifest
 * of checksums, made while the hub runs; and their restore into DATABASE_URL and MEDIA_DIR,
 * refused when anything in the backup does not match its manifest.
 *
 *   backups/<timestamp>/
 *     manifest.json      when, which hub, which migrations; the SHA-256 of every file below
 *     database.sqlite    (SQLite: a VACUUM INTO snapshot) or database.pgdump (pg_dump, custom)
 *     media/             the uploads, file by file
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { chooseDatabase } from '../database'
import { MIGRATIONS } from '../migrations'
import { copyTree, listTree, sha256File, type FileEntry } from './files'
import {
  dumpPostgres,
  isPostgresEmpty,
  postgresConnection,
  postgresMigrations,
  restorePostgres,
} from './postgres'
import { checkSqliteIntegrity, isSqliteEmpty, snapshotSqlite, sqliteMigrations } from './sqlite'

export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_FORMAT = 'hub-backup/1'

export type BackupManifest = {
  format: typeof MANIFEST_FORMAT
  createdAt: string
  hub: { version: string | null; commit: string | null }
  database: { kind: 'sqlite' | 'postgres'; file: string; bytes: number; sha256: string }
  /** Migrations applied in the backed-up database, in the order they ran. */
  migrations: string[]
  media: { count: number; bytes: number; files: FileEntry[] }
}

export type BackupDatabase =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'mongodb'; url: string }

type Log = (message: string) => void

/** Which database DATABASE_URL points at (cms/database.ts), as backups name it. */
export function backupDatabaseOf(raw = process.env.DATABASE_URL): BackupDatabase {
  const choice = chooseDatabase(raw)
  return choice.kind === 'sqlite' ? { kind: 'sqlite', file: choice.file } : choice
}

const MONGODB_REFUSAL =
  'Backups of MongoDB are not implemented: use `mongodump --uri "$DATABASE_URL" --archive=…` ' +
  '(and `mongorestore`) together with a copy of MEDIA_DIR. This has not been verified here.'

const databaseFileName = (kind: 'sqlite' | 'postgres') =>
  kind === 'sqlite' ? 'database.sqlite' : 'database.pgdump'

/** A backup directory's name: the UTC time, sortable, safe on every file system. */
const timestamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z')

function hubVersion(): BackupManifest['hub'] {
  let version: string | null = null
  try {
    version = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')).version ?? null
  } catch {}
  let commit: string | null = null
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
  } catch {}
  return { version, commit }
}

export type BackupOptions = {
  databaseUrl?: string
  mediaDir?: string
  /** Where backups go, each in a directory of its own (default BACKUP_DIR, else `backups/`). */
  backupRoot?: string
  log?: Log
}

export type BackupResult = { dir: string; manifest: BackupManifest; seconds: number }

/**
 * Backs up the database and the uploads while the hub runs. The database first, as one
 * consistent snapshot, then the uploads: every file the snapshot refers to was written before
 * it, so it is in the copy. Written into `<dir>.partial` and renamed when complete and checked,
 * so an interrupted backup never looks like one.
 *
 * @example
 * const { dir } = await backupHub({ log: console.log }) // backups/20261203T140509Z
 */
export async function backupHub(options: BackupOptions = {}): Promise<BackupResult> {
  const started = Date.now()
  const log = options.log ?? (() => {})
  const database = backupDatabaseOf(options.databaseUrl)
  if (database.kind === 'mongodb') throw new Error(MONGODB_REFUSAL)
  const mediaDir = path.resolve(options.mediaDir ?? process.env.MEDIA_DIR ?? 'media')
  const root = path.resolve(options.backupRoot ?? (process.env.BACKUP_DIR || 'backups'))

  const createdAt = new Date()
  let dir = path.join(root, timestamp(createdAt))
  for (let n = 2; existsSync(dir) || existsSync(`${dir}.partial`); n++)
    dir = path.join(root, `${timestamp(createdAt)}-${n}`)
  const partial = `${dir}.partial`
  await fs.mkdir(partial, { recursive: true })
  try {
    const databaseFile = path.join(partial, databaseFileName(database.kind))
    let migrations: string[]
    if (database.kind === 'sqlite') {
      log(`Database: snapshot of ${database.file} (VACUUM INTO)…`)
      await snapshotSqlite(database.file, databaseFile)
      const integrity = await checkSqliteIntegrity(databaseFile)
      if (integrity !== 'ok')
        throw new Error(`The snapshot failed its integrity check: ${integrity}`)
      migrations = await sqliteMigrations(databaseFile)
    } else {
      log(`Database: pg_dump of ${postgresConnection(database.url).display}…`)
      migrations = await postgresMigrations(database.url)
      await dumpPostgres(database.url, databaseFile)
    }
    log(`Uploads: copying ${mediaDir}…`)
    const media = await copyTree(mediaDir, path.join(partial, 'media'))
    for (const entry of media.skipped) log(`  skipped (not a regular file): ${entry}`)

    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      createdAt: createdAt.toISOString(),
      hub: hubVersion(),
      database: {
        kind: database.kind,
        file: path.basename(databaseFile),
        bytes: (await fs.stat(databaseFile)).size,
        sha256: await sha256File(databaseFile),
      },
      migrations,
      media: {
        count: media.files.length,
        bytes: media.files.reduce((sum, f) => sum + f.bytes, 0),
        files: media.files,
      },
    }
    await fs.writeFile(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    await fs.rename(partial, dir)
    return { dir, manifest, seconds: (Date.now() - started) / 1000 }
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true })
    throw error
  }
}

/** A backup that does not match its manifest (or has none). */
export class BackupInvalidError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: string[],
  ) {
    super(
      `The backup ${dir} is damaged or incomplete; nothing was restored:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    )
  }
}

/**
 * Reads a backup's manifest and checks every file against it: the database file's and every
 * upload's SHA-256, and no file missing or added. Throws BackupInvalidError listing each problem.
 */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
  const problems: string[] = []
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8'))
  } catch (error) {
    throw new BackupInvalidError(dir, [
      `${MANIFEST_FILE} cannot be read: ${(error as Error).message}`,
    ])
  }
  if (manifest?.format !== MANIFEST_FORMAT || !manifest.database || !manifest.media?.files)
    throw new BackupInvalidError(dir, [`${MANIFEST_FILE} is not a ${MANIFEST_FORMAT} manifest`])

  const { kind, file, sha256 } = manifest.database
  if (file !== databaseFileName(kind)) problems.push(`unexpected database file name "${file}"`)
  else {
    const actual = await sha256File(path.join(dir, file)).catch(() => null)
    if (actual === null) problems.push(`${file} is missing`)
    else if (actual !== sha256) problems.push(`${file} does not match its checksum`)
  }

  const mediaDir = path.join(dir, 'media')
  const { files, others } = await listTree(mediaDir)
  const listed = new Map(manifest.media.files.map((f) => [f.path, f]))
  for (const other of others) problems.push(`media/${other} is not a regular file`)
  for (const name of files)
    if (!listed.has(name)) problems.push(`media/${name} is not in the manifest`)
  for (const entry of manifest.media.files) {
    if (!files.includes(entry.path)) problems.push(`media/${entry.path} is missing`)
    else if ((await sha256File(path.join(mediaDir, ...entry.path.split('/')))) !== entry.sha256)
      problems.push(`media/${entry.path} does not match its checksum`)
  }
  if (manifest.media.count !== manifest.media.files.length)
    problems.push(`the manifest counts ${manifest.media.count} uploads but lists ${listed.size}`)
  if (problems.length) throw new BackupInvalidError(dir, problems)
  return manifest
}

export type RestoreOptions = {
  databaseUrl?: string
  mediaDir?: string
  /** Replace a database or uploads directory that is not empty (they are kept aside). */
  force?: boolean
  log?: Log
  /** Applies pending migrations to the restored database (default: `npm run migrate`'s script in a child process). */
  migrate?: (env: { DATABASE_URL: string; MEDIA_DIR: string }) => Promise<void>
}

export type RestoreResult = {
  seconds: number
  manifest: BackupManifest
  /** Migrations the backup was older than, applied after the restore. */
  migrated: string[]
  /** Where the replaced database and uploads were moved (only with `force`). */
  keptAside: string[]
}

/**
 * Restores a backup into DATABASE_URL and MEDIA_DIR. The hub must be stopped. In order:
 * the whole backup is checked against its manifest, the targets must be empty (or `force`),
 * the uploads are copied next to MEDIA_DIR and checked, the database is restored (SQLite: a
 * checked copy renamed into place; PostgreSQL: pg_restore in one transaction), the uploads are
 * renamed into place, then migrations the backup is older than are applied. What `force`
 * replaces is kept beside it as `*.before-restore-<timestamp>`.
 */
export async function restoreBackup(
  dir: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const started = Date.now()
  const log = options.log ?? (() => {})
  const backupDir = path.resolve(dir)
  const target = backupDatabaseOf(options.databaseUrl)
  if (target.kind === 'mongodb') throw new Error(MONGODB_REFUSAL)
  const mediaDir = path.resolve(options.mediaDir ?? process.env.MEDIA_DIR ?? 'media')
  const databaseUrl = target.kind === 'sqlite' ? `file:${target.file}` : target.url

  log(`Checking ${backupDir} against its manifest…`)
  const manifest = await verifyBackup(backupDir)
  if (manifest.database.kind !== target.kind)
    throw new Error(
      `This is a ${manifest.database.kind} backup; DATABASE_URL points at ${target.kind}. Nothing was restored.`,
    )
  const known = MIGRATIONS[target.kind].map((m) => m.name)
  const unknown = manifest.migrations.filter((name) => !known.includes(name))
  if (unknown.length)
    throw new Error(
      `The backup was made by a newer hub (migrations this code does not have: ${unknown.join(', ')}). ` +
        'Update the code first. Nothing was restored.',
    )

  const databaseEmpty =
    target.kind === 'sqlite' ? await isSqliteEmpty(target.file) : await isPostgresEmpty(target.url)
  const mediaEmpty = (await fs.readdir(mediaDir).catch(() => [])).length === 0
  if (!options.force && (!databaseEmpty || !mediaEmpty)) {
    const what = [
      !databaseEmpty &&
        `the database (${target.kind === 'sqlite' ? target.file : postgresConnection(target.url).display}) is not empty`,
      !mediaEmpty && `the uploads directory ${mediaDir} is not empty`,
    ].filter(Boolean)
    throw new Error(
      `Refusing to restore: ${what.join(' and ')}. Use --force to replace them. Nothing was restored.`,
    )
  }

  const stamp = timestamp(new Date())
  const keptAside: string[] = []
  const moveAside = async (file: string) => {
    if (!existsSync(file)) return
    const aside = `${file}.before-restore-${stamp}`
    await fs.rename(file, aside)
    keptAside.push(aside)
  }

  const stagedMedia = `${mediaDir}.restoring-${stamp}`
  log(`Uploads: copying ${manifest.media.count} files…`)
  await fs.mkdir(path.dirname(mediaDir), { recursive: true })
  try {
    const copied = await copyTree(path.join(backupDir, 'media'), stagedMedia)
    const expected = new Map(manifest.media.files.map((f) => [f.path, f.sha256]))
    if (
      copied.files.length !== expected.size ||
      copied.files.some((f) => expected.get(f.path) !== f.sha256)
    )
      throw new Error('The uploads copied from the backup do not match its manifest (disk error?).')

    const backupDatabase = path.join(backupDir, manifest.database.file)
    if (target.kind === 'sqlite') {
      log(`Database: restoring into ${target.file}…`)
      const staged = `${target.file}.restoring-${stamp}`
      await fs.mkdir(path.dirname(target.file), { recursive: true })
      try {
        await fs.copyFile(backupDatabase, staged)
        if ((await sha256File(staged)) !== manifest.database.sha256)
          throw new Error(
            'The database copied from the backup does not match its checksum (disk error?).',
          )
        const integrity = await checkSqliteIntegrity(staged)
        if (integrity !== 'ok')
          throw new Error(`The restored database failed its integrity check: ${integrity}`)
        // The old file's WAL and shared memory belong to it, not to the restored one.
        for (const suffix of ['', '-wal', '-shm']) await moveAside(`${target.file}${suffix}`)
        await fs.rename(staged, target.file)
      } finally {
        await fs.rm(staged, { force: true })
      }
    } else {
      log(`Database: pg_restore into ${postgresConnection(target.url).display}…`)
      await restorePostgres(target.url, backupDatabase)
    }

    if (mediaEmpty) await fs.rm(mediaDir, { recursive: true, force: true })
    else await moveAside(mediaDir)
    await fs.rename(stagedMedia, mediaDir)
  } finally {
    await fs.rm(stagedMedia, { recursive: true, force: true })
  }

  const migrated = known.filter((name) => !manifest.migrations.includes(name))
  if (migrated.length) {
    log(`Migrations: the backup is older than this hub; applying ${migrated.join(', ')}…`)
    await (options.migrate ?? migrateInChild)({ DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir })
  }
  const applied =
    target.kind === 'sqlite'
      ? await sqliteMigrations(target.file)
      : await postgresMigrations(target.url)
  const missing = known.filter((name) => !applied.includes(name))
  if (missing.length)
    throw new Error(
      `The database was restored, but these migrations are not applied: ${missing.join(', ')}`,
    )

  return { seconds: (Date.now() - started) / 1000, manifest, migrated, keptAside }
}

/**
 * Runs cms/scripts/migrate.ts on the restored database in a child process: Payload's config
 * binds its database when first imported, so a process that already opened Payload (a test,
 * a script) could not migrate another database in place.
 */
function migrateInChild(env: { DATABASE_URL: string; MEDIA_DIR: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cms/scripts/migrate.ts'], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Migrating the restored database failed (exit code ${code}).`)),
    )
  })
}
