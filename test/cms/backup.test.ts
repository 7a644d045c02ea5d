import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import { drizzle as sqliteDrizzle } from 'drizzle-orm/libsql'
import { drizzle as postgresDrizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  backupHub,
  restoreBackup,
  verifyBackup,
  type BackupManifest,
  type BackupResult,
} from '@cms/backup'
import { listTree } from '@cms/backup/files'
import { dumpPostgres, restorePostgres } from '@cms/backup/postgres'
import { checkSqliteIntegrity } from '@cms/backup/sqlite'
import type { SqlDatabaseKind } from '@cms/database'
import { MIGRATIONS } from '@cms/migrations'
import { seedGlobals } from '@cms/seed/content/globals'
import {
  countRowsAt,
  createTestDatabase,
  postgresDigestAt,
  queryDatabaseAt,
  tableColumnsAt,
  TEST_DATABASE_KIND,
} from '../helpers/database'
import { makeImage, makeOutlet, makePdf, makeUser } from '../helpers/factories'
import { readHubContents } from '../helpers/hubContents'
import { startTestHub, type TestHub } from '../helpers/payload'

/**
 * `npm run backup` / `npm run restore` (cms/backup) on a real hub: a backup made while the hub
 * keeps writing, restored into an empty database and uploads directory, holds every document,
 * version, global and upload; damaged backups and non-empty targets are refused untouched.
 */

const run = promisify(execFile)
/** The run's database (SQLite, or PostgreSQL under `npm run test:postgres`). */
const kind = TEST_DATABASE_KIND as SqlDatabaseKind
const migrations = MIGRATIONS[kind]
const committed = migrations.map((m) => m.name)
/** The database file of a backup: a SQLite snapshot, or a pg_dump archive. */
const BACKUP_DATABASE_FILE = kind === 'sqlite' ? 'database.sqlite' : 'database.pgdump'

/** Written by a loop while the backup runs, so compared on its own. */
const WRITTEN_DURING_BACKUP = 'topics'

let hub: TestHub
let work: string
let expected: Record<string, unknown>
let backup: BackupResult
let topicsBefore: number
let topicsAfter: number
let writesDuringBackup = 0

/** The databases made for restores, dropped at the end (PostgreSQL). */
const drops: (() => Promise<void>)[] = []

/**
 * Where a restore goes: a new empty database (a file in a directory of its own, or a database
 * on the server) and an uploads directory.
 */
async function target(name: string) {
  const database = await createTestDatabase(path.join(work, name))
  drops.push(database.drop)
  return { databaseUrl: database.url, mediaDir: path.join(work, name, 'media') }
}

/**
 * What a refused restore must leave as it was: the target's files (a SQLite database is one of
 * them), and on PostgreSQL every row of the target database.
 */
async function stateOf(into: { databaseUrl: string }, dir: string) {
  return {
    files: await hashTree(dir),
    rows: kind === 'postgres' ? await postgresDigestAt(into.databaseUrl) : null,
  }
}

/**
 * The SHA-256 of every file under a directory, by relative path — leaving out what SQLite's
 * connections make and remove as they come and go, holding no data: the `-shm` index, and a
 * `-wal` log while it is empty (opening a WAL database creates one).
 */
async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const file of (await listTree(dir)).files) {
    if (file.endsWith('-shm')) continue
    const bytes = await fs.readFile(path.join(dir, file)).catch(() => null)
    if (!bytes || (file.endsWith('-wal') && bytes.length === 0)) continue
    out[file] = createHash('sha256').update(bytes).digest('hex')
  }
  return out
}

/** The contents of the hub on a database, read by Payload in a process of its own. */
async function contentsOf(databaseUrl: string, mediaDir: string) {
  const out = path.join(work, `contents-${Date.now()}.json`)
  await run(process.execPath, ['--import', 'tsx', 'test/helpers/hubContents.ts', out], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: mediaDir,
      HUB_CONTENTS_EXCLUDE: WRITTEN_DURING_BACKUP,
    },
  })
  return JSON.parse(await fs.readFile(out, 'utf8'))
}

/** `npm run <script> -- args` as an operator runs it; resolves with its exit code and output. */
async function npmRun(script: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], {
      env: { ...process.env, ...env },
    })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, output: e.stdout + e.stderr }
  }
}

const countTopics = async () => (await hub.payload.count({ collection: 'topics' })).totalDocs

/**
 * Creates topics one after another until stopped, as editors keep working while a backup runs.
 * Each write yields to the event loop: the SQLite driver is synchronous, so a loop of writes
 * would otherwise never let anything else in this process run.
 */
function startWriting() {
  let writing = true
  let written = 0
  const loop = (async () => {
    while (writing) {
      await hub.payload.create({
        collection: 'topics',
        data: { name: `Chủ đề ghi song song ${written}` },
      })
      written++
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  return {
    written: () => written,
    stop: async () => {
      writing = false
      await loop
    },
  }
}

beforeAll(async () => {
  hub = await startTestHub()
  work = path.join(hub.dir, 'backup-work')
  await fs.mkdir(work)
  const { payload } = hub
  await seedGlobals(payload, () => {})
  await payload.updateGlobal({
    slug: 'programme',
    data: { leadAgency: { phone: '0225 3842 111' } },
  })
  await makeUser(payload, 'admin')
  await makeUser(payload, 'editor')
  const outlet = await makeOutlet(payload)
  const image = await makeImage(payload, 'Trung tâm hỗ trợ khởi nghiệp')
  await payload.create({
    collection: 'documents',
    data: { title: 'Kế hoạch 281/KH-UBND' },
    file: {
      data: makePdf('Ke hoach 281'),
      mimetype: 'application/pdf',
      name: 'ke-hoach.pdf',
      size: 0,
    },
  })
  // A published article with a newer draft on top (three versions), and a draft-only article.
  const article = await payload.create({
    collection: 'articles',
    data: {
      title: 'Mạng lưới cố vấn khởi nghiệp',
      sapo: 'Bản đầu.',
      outlet: outlet.id,
      cover: image.id,
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { sapo: 'Bản sửa.', _status: 'published' },
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    draft: true,
    data: { sapo: 'Bản nháp mới.' },
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    data: { title: 'Startup mentor network', _status: 'published' },
  })
  await payload.create({
    collection: 'articles',
    draft: true,
    data: { title: 'Bản nháp chưa đăng', outlet: outlet.id },
  })

  // The backup runs while the hub keeps writing.
  topicsBefore = await countTopics()
  const writer = startWriting()
  await new Promise((resolve) => setTimeout(resolve, 100))
  const writtenBefore = writer.written()
  try {
    backup = await backupHub({
      databaseUrl: hub.databaseUrl,
      mediaDir: hub.mediaDir,
      backupRoot: path.join(work, 'backups'),
    })
  } finally {
    writesDuringBackup = writer.written() - writtenBefore
    await writer.stop()
  }
  topicsAfter = await countTopics()
  expected = await readHubContents(payload, { exclude: [WRITTEN_DURING_BACKUP] })
  console.log(
    `backup of the test hub: ${backup.seconds.toFixed(2)} s (${(backup.manifest.database.bytes / 1024).toFixed(0)} KiB database, ${backup.manifest.media.count} uploads), ${writesDuringBackup} writes during it`,
  )
})

afterAll(async () => {
  for (const drop of drops) await drop()
  await hub?.cleanup()
})

describe('npm run backup (in-process, while the hub writes)', () => {
  it.runIf(kind === 'sqlite')(
    'is made while the hub keeps writing, and the snapshot passes integrity_check',
    async () => {
      expect(writesDuringBackup).toBeGreaterThan(0)
      const snapshot = path.join(backup.dir, BACKUP_DATABASE_FILE)
      expect(await checkSqliteIntegrity(snapshot)).toBe('ok')
      const topics = await countRowsAt(`file:${snapshot}`, 'topics')
      expect(topics).toBeGreaterThanOrEqual(topicsBefore)
      expect(topics).toBeLessThanOrEqual(topicsAfter)
    },
  )

  // pg_dump reads in one transaction; the restore below counts what the dump holds.
  it.runIf(kind === 'postgres')(
    'is made while the hub keeps writing, and pg_restore can read the dump',
    async () => {
      expect(writesDuringBackup).toBeGreaterThan(0)
      const { stdout } = await run('pg_restore', [
        '--list',
        path.join(backup.dir, BACKUP_DATABASE_FILE),
      ])
      expect(stdout).toMatch(/TABLE DATA public topics/)
      expect(stdout).toMatch(/TABLE DATA public _articles_v /)
    },
  )

  it('holds the database, every upload and a manifest that matches them', async () => {
    const manifest: BackupManifest = backup.manifest
    expect(path.basename(backup.dir)).toMatch(/^\d{8}T\d{6}Z/)
    expect(manifest.database.kind).toBe(kind)
    expect(manifest.migrations).toEqual(committed)
    expect(manifest.hub.version).toBe('0.1.0')
    expect(manifest.hub.commit).toMatch(/^[0-9a-f]{40}$/)
    const uploads = await hashTree(hub.mediaDir)
    // The image in its sizes, and the PDF.
    expect(Object.keys(uploads).some((f) => f.startsWith('documents/') && f.endsWith('.pdf'))).toBe(
      true,
    )
    expect(
      Object.keys(uploads).filter((f) => f.endsWith('.webp') || f.endsWith('.png')).length,
    ).toBeGreaterThan(1)
    expect(Object.fromEntries(manifest.media.files.map((f) => [f.path, f.sha256]))).toEqual(uploads)
    expect(await verifyBackup(backup.dir)).toEqual(manifest)
  })
})

describe('npm run restore (in-process)', () => {
  let restored: Awaited<ReturnType<typeof target>>

  beforeAll(async () => {
    restored = await target('restored')
    const result = await restoreBackup(backup.dir, restored)
    console.log(`restore of the test hub: ${result.seconds.toFixed(2)} s`)
    expect(result.migrated).toEqual([])
  })

  // A process of its own boots Payload and reads everything: slow on a busy machine.
  it('into an empty database gives back every document, version and global', async () => {
    const contents = await contentsOf(restored.databaseUrl, restored.mediaDir)
    const versionCounts = (c: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(c)
          .filter(([key]) => key.endsWith(' versions'))
          .map(([key, docs]) => [key, (docs as unknown[]).length]),
      )
    expect(versionCounts(contents)).toEqual(versionCounts(expected))
    expect((expected['articles versions'] as unknown[]).length).toBeGreaterThanOrEqual(4)
    expect(contents).toEqual(expected)
  }, 120_000)

  it('gives back every upload byte for byte', async () => {
    expect(await hashTree(restored.mediaDir)).toEqual(await hashTree(hub.mediaDir))
  })

  it('gives back the topics written up to the snapshot', async () => {
    const topics = await countRowsAt(restored.databaseUrl, 'topics')
    expect(topics).toBeGreaterThanOrEqual(topicsBefore)
    expect(topics).toBeLessThanOrEqual(topicsAfter)
  })

  it('refuses a non-empty database without --force, and changes nothing', async () => {
    const before = await stateOf(restored, path.join(work, 'restored'))
    await expect(restoreBackup(backup.dir, restored)).rejects.toThrow(/not empty.*--force/)
    expect(await stateOf(restored, path.join(work, 'restored'))).toEqual(before)
  })

  it.each([
    [
      'one changed byte in an upload',
      async (dir: string, manifest: BackupManifest) => {
        const file = path.join(dir, 'media', manifest.media.files[0]!.path)
        const bytes = await fs.readFile(file)
        bytes[bytes.length >> 1] ^= 0xff
        await fs.writeFile(file, bytes)
      },
      /media\/.* does not match its checksum/,
    ],
    [
      'a changed database checksum in the manifest',
      async (dir: string, manifest: BackupManifest) => {
        manifest.database.sha256 = '0'.repeat(64)
        await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
      },
      new RegExp(`${BACKUP_DATABASE_FILE} does not match its checksum`),
    ],
    [
      'an upload added to the backup',
      async (dir: string) => {
        await fs.writeFile(path.join(dir, 'media', 'extra.html'), '<script>alert(1)</script>')
      },
      /media\/extra.html is not in the manifest/,
    ],
  ])(
    'refuses a backup with %s, even with --force, and changes nothing',
    async (_, tamper, message) => {
      const damaged = path.join(work, `damaged-${Date.now()}`)
      await fs.cp(backup.dir, damaged, { recursive: true })
      await tamper(damaged, structuredClone(backup.manifest))
      const before = await stateOf(restored, path.join(work, 'restored'))
      await expect(restoreBackup(damaged, { ...restored, force: true })).rejects.toThrow(message)
      expect(await stateOf(restored, path.join(work, 'restored'))).toEqual(before)
      const empty = await target(`empty-${Date.now()}`)
      await expect(restoreBackup(damaged, empty)).rejects.toThrow(/nothing was restored/)
      await expect(fs.access(path.dirname(empty.mediaDir))).rejects.toThrow()
    },
  )

  it('with --force replaces the database and uploads, keeping the old ones aside', async () => {
    await queryDatabaseAt(restored.databaseUrl, 'DELETE FROM articles')
    const result = await restoreBackup(backup.dir, { ...restored, force: true })
    // A SQLite file is kept aside; PostgreSQL replaces the tables in one transaction.
    expect(result.keptAside.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining([
        ...(kind === 'sqlite' ? [expect.stringMatching(/^hub\.db\.before-restore-/)] : []),
        expect.stringMatching(/^media\.before-restore-/),
      ]),
    )
    expect(await countRowsAt(restored.databaseUrl, 'articles')).toBe(
      (expected.articles as unknown[]).length,
    )
    if (kind === 'sqlite')
      expect(await checkSqliteIntegrity(restored.databaseUrl.replace(/^file:/, ''))).toBe('ok')
  })
})

// Three processes start one after another: the backup, the restore and its migration.
describe('npm run backup / npm run restore (as an operator runs them)', () => {
  it('backs up the running hub, and restores an older backup with the migrations since', async () => {
    const backupRoot = path.join(work, 'cli-backups')
    // The hub (this process) writes all along, from another process than the backup's: the
    // snapshot holds some of those writes and not the later ones, and is sound.
    const writer = startWriting()
    await new Promise((resolve) => setTimeout(resolve, 100))
    const atStart = await countTopics()
    const made = await npmRun('backup', [], {
      DATABASE_URL: hub.databaseUrl,
      MEDIA_DIR: hub.mediaDir,
      BACKUP_DIR: backupRoot,
    }).finally(() => writer.stop())
    const atEnd = await countTopics()
    expect(made.output).toMatch(/Backup done/)
    expect(made.code).toBe(0)
    const [name] = await fs.readdir(backupRoot)
    const dir = path.join(backupRoot, name!)
    const manifest = await verifyBackup(dir)
    const database = path.join(dir, BACKUP_DATABASE_FILE)
    const inSnapshot = await snapshotTopics(database)
    expect(inSnapshot).toBeGreaterThan(atStart)
    expect(inSnapshot).toBeLessThan(atEnd)

    // The same backup as a hub one migration older would have made it: the last migration
    // undone by its own `down`, and its row gone.
    const last = migrations.at(-1)!
    const tablesBefore = await undoMigration(database, last)
    manifest.migrations = committed.slice(0, -1)
    manifest.database.sha256 = createHash('sha256')
      .update(await fs.readFile(database))
      .digest('hex')
    manifest.database.bytes = (await fs.stat(database)).size
    await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest))

    const into = await target('cli-restored')
    const env = { DATABASE_URL: into.databaseUrl, MEDIA_DIR: into.mediaDir }
    const restoredRun = await npmRun('restore', [dir], env)
    expect(restoredRun.output).toContain(`applying ${last.name}`)
    expect(restoredRun.code).toBe(0)
    const applied = await queryDatabaseAt<{ name: string }>(
      into.databaseUrl,
      "SELECT name FROM payload_migrations WHERE name != 'dev' ORDER BY id",
    )
    expect(applied.map((row) => row.name)).toEqual(committed)
    // The migration's tables are back, exactly those of the hub that made the backup.
    expect(await tableColumnsAt(into.databaseUrl)).toEqual(await tableColumnsAt(hub.databaseUrl))
    expect(await tableColumnsAt(into.databaseUrl)).not.toEqual(tablesBefore)
    // (Its data is not compared here: undoing a migration drops what its columns held. The
    // in-process restore above compares every document, version, global and file.)
    expect(await hashTree(into.mediaDir)).toEqual(await hashTree(hub.mediaDir))

    // Again, onto what is now a non-empty database: refused, exit code 1.
    const refused = await npmRun('restore', [dir], env)
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/Refusing to restore: the database .* is not empty/)
  }, 300_000)
})

/**
 * The topics in a backup's database: counted in the SQLite snapshot itself, or in the pg_dump
 * archive restored into a scratch database.
 */
async function snapshotTopics(file: string): Promise<number> {
  if (kind === 'sqlite') return countRowsAt(`file:${file}`, 'topics')
  return inScratchDatabase(file, (url) => countRowsAt(url, 'topics'))
}

/** A pg_dump archive restored into a scratch database for `use`, dropped afterwards. */
async function inScratchDatabase<T>(file: string, use: (url: string) => Promise<T>): Promise<T> {
  const scratch = await createTestDatabase(work)
  try {
    await restorePostgres(scratch.url, file)
    return await use(scratch.url)
  } finally {
    await scratch.drop()
  }
}

/**
 * Turns a backup's database into what a hub one migration older would have backed up: the
 * migration undone by its own `down` and its row removed (on PostgreSQL through a scratch
 * database, dumped again). Returns the tables left.
 */
async function undoMigration(
  file: string,
  migration: (typeof migrations)[number],
): Promise<Record<string, string[]>> {
  const forget = `DELETE FROM payload_migrations WHERE name = '${migration.name}'`
  if (kind === 'sqlite') {
    const older = createClient({ url: `file:${file}` })
    try {
      await migration.down({
        db: sqliteDrizzle(older),
        payload: undefined,
        req: undefined,
      } as never)
      await older.execute(forget)
    } finally {
      older.close()
    }
    return tableColumnsAt(`file:${file}`)
  }
  return inScratchDatabase(file, async (url) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await migration.down({
        db: postgresDrizzle(client),
        payload: undefined,
        req: undefined,
      } as never)
      // The first migration's `down` drops the bookkeeping table too.
      const { rows } = await client.query(
        "SELECT to_regclass('payload_migrations') IS NOT NULL AS exists",
      )
      if (rows[0].exists) await client.query(forget)
    } finally {
      await client.end()
    }
    const tables = await tableColumnsAt(url)
    await fs.rm(file)
    await dumpPostgres(url, file)
    return tables
  })
}
