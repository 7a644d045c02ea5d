import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient, type Client } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  backupHub,
  restoreBackup,
  verifyBackup,
  type BackupManifest,
  type BackupResult,
} from '@cms/backup'
import { listTree } from '@cms/backup/files'
import { checkSqliteIntegrity, sqliteMigrations } from '@cms/backup/sqlite'
import { MIGRATIONS } from '@cms/migrations'
import { seedGlobals } from '@cms/seed/content/globals'
import { makeImage, makeOutlet, makePdf, makeUser } from '../helpers/factories'
import { readHubContents } from '../helpers/hubContents'
import { startTestHub, type TestHub } from '../helpers/payload'

/**
 * `npm run backup` / `npm run restore` (cms/backup) on a real hub: a backup made while the hub
 * keeps writing, restored into an empty database and uploads directory, holds every document,
 * version, global and upload; damaged backups and non-empty targets are refused untouched.
 */

const run = promisify(execFile)
const migrations = MIGRATIONS.sqlite
const committed = migrations.map((m) => m.name)

/** Every table of a SQLite database and its columns, to compare two databases' schemas. */
async function tablesOf(client: Client): Promise<Record<string, string[]>> {
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  const schema: Record<string, string[]> = {}
  for (const { name } of tables.rows) {
    const columns = await client.execute(`PRAGMA table_info("${String(name)}")`)
    schema[String(name)] = columns.rows.map((c) => String(c.name)).sort()
  }
  return schema
}
/** Written by a loop while the backup runs, so compared on its own. */
const WRITTEN_DURING_BACKUP = 'topics'

let hub: TestHub
let work: string
let expected: Record<string, unknown>
let backup: BackupResult
let topicsBefore: number
let topicsAfter: number
let writesDuringBackup = 0

/** Where a restore goes: a database file and an uploads directory, in a directory of their own. */
const target = (name: string) => ({
  databaseUrl: `file:${path.join(work, name, 'hub.db')}`,
  mediaDir: path.join(work, name, 'media'),
})

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

const fileOf = (databaseUrl: string) => databaseUrl.replace(/^file:/, '')

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

/** The number of rows of a table in a SQLite file. */
async function countRows(file: string, table: string): Promise<number> {
  const client = createClient({ url: `file:${file}` })
  try {
    return Number((await client.execute(`SELECT count(*) FROM ${table}`)).rows[0]![0])
  } finally {
    client.close()
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
      databaseUrl: `file:${hub.databaseFile}`,
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
  await hub?.cleanup()
})

describe('npm run backup (in-process, while the hub writes)', () => {
  it('is made while the hub keeps writing, and the snapshot passes integrity_check', async () => {
    expect(writesDuringBackup).toBeGreaterThan(0)
    const snapshot = path.join(backup.dir, 'database.sqlite')
    expect(await checkSqliteIntegrity(snapshot)).toBe('ok')
    const topics = await countRows(snapshot, 'topics')
    expect(topics).toBeGreaterThanOrEqual(topicsBefore)
    expect(topics).toBeLessThanOrEqual(topicsAfter)
  })

  it('holds the database, every upload and a manifest that matches them', async () => {
    const manifest: BackupManifest = backup.manifest
    expect(path.basename(backup.dir)).toMatch(/^\d{8}T\d{6}Z/)
    expect(manifest.database.kind).toBe('sqlite')
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
  let restored: ReturnType<typeof target>

  beforeAll(async () => {
    restored = target('restored')
    const result = await restoreBackup(backup.dir, restored)
    console.log(`restore of the test hub: ${result.seconds.toFixed(2)} s`)
    expect(result.migrated).toEqual([])
  })

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
  })

  it('gives back every upload byte for byte', async () => {
    expect(await hashTree(restored.mediaDir)).toEqual(await hashTree(hub.mediaDir))
  })

  it('gives back the topics written up to the snapshot', async () => {
    const topics = await countRows(fileOf(restored.databaseUrl), 'topics')
    expect(topics).toBeGreaterThanOrEqual(topicsBefore)
    expect(topics).toBeLessThanOrEqual(topicsAfter)
  })

  it('refuses a non-empty database without --force, and changes nothing', async () => {
    const before = await hashTree(path.join(work, 'restored'))
    await expect(restoreBackup(backup.dir, restored)).rejects.toThrow(/not empty.*--force/)
    expect(await hashTree(path.join(work, 'restored'))).toEqual(before)
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
      /database.sqlite does not match its checksum/,
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
      const before = await hashTree(path.join(work, 'restored'))
      await expect(restoreBackup(damaged, { ...restored, force: true })).rejects.toThrow(message)
      expect(await hashTree(path.join(work, 'restored'))).toEqual(before)
      const empty = target(`empty-${Date.now()}`)
      await expect(restoreBackup(damaged, empty)).rejects.toThrow(/nothing was restored/)
      await expect(fs.access(path.dirname(empty.mediaDir))).rejects.toThrow()
    },
  )

  it('with --force replaces the database and uploads, keeping the old ones aside', async () => {
    const restoredFile = fileOf(restored.databaseUrl)
    const client = createClient({ url: restored.databaseUrl })
    await client.execute('DELETE FROM articles')
    client.close()
    const result = await restoreBackup(backup.dir, { ...restored, force: true })
    expect(result.keptAside.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^hub\.db\.before-restore-/),
        expect.stringMatching(/^media\.before-restore-/),
      ]),
    )
    expect(await countRows(restoredFile, 'articles')).toBe((expected.articles as unknown[]).length)
    expect(await checkSqliteIntegrity(restoredFile)).toBe('ok')
  })
})

describe('npm run backup / npm run restore (as an operator runs them)', () => {
  it('backs up the running hub, and restores an older backup with the migrations since', async () => {
    const backupRoot = path.join(work, 'cli-backups')
    // The hub (this process) writes all along, from another process than the backup's: the
    // snapshot holds some of those writes and not the later ones, and is sound.
    const writer = startWriting()
    await new Promise((resolve) => setTimeout(resolve, 100))
    const atStart = await countTopics()
    const made = await npmRun('backup', [], {
      DATABASE_URL: `file:${hub.databaseFile}`,
      MEDIA_DIR: hub.mediaDir,
      BACKUP_DIR: backupRoot,
    }).finally(() => writer.stop())
    const atEnd = await countTopics()
    expect(made.output).toMatch(/Backup done/)
    expect(made.code).toBe(0)
    const [name] = await fs.readdir(backupRoot)
    const dir = path.join(backupRoot, name!)
    const manifest = await verifyBackup(dir)
    const database = path.join(dir, 'database.sqlite')
    expect(await checkSqliteIntegrity(database)).toBe('ok')
    const inSnapshot = await countRows(database, 'topics')
    expect(inSnapshot).toBeGreaterThan(atStart)
    expect(inSnapshot).toBeLessThan(atEnd)

    // The same backup as a hub one migration older would have made it: the last migration
    // undone by its own `down`, and its row gone.
    const last = migrations.at(-1)!
    const older = createClient({ url: `file:${database}` })
    await last.down({ db: drizzle(older), payload: undefined, req: undefined } as never)
    await older.execute({ sql: 'DELETE FROM payload_migrations WHERE name = ?', args: [last.name] })
    const tablesBefore = await tablesOf(older)
    older.close()
    manifest.migrations = committed.slice(0, -1)
    manifest.database.sha256 = createHash('sha256')
      .update(await fs.readFile(database))
      .digest('hex')
    manifest.database.bytes = (await fs.stat(database)).size
    await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest))

    const into = target('cli-restored')
    const env = { DATABASE_URL: into.databaseUrl, MEDIA_DIR: into.mediaDir }
    const restoredRun = await npmRun('restore', [dir], env)
    expect(restoredRun.output).toContain(`applying ${last.name}`)
    expect(restoredRun.code).toBe(0)
    expect(await sqliteMigrations(fileOf(into.databaseUrl))).toEqual(committed)
    const restored = createClient({ url: into.databaseUrl })
    const hubDatabase = createClient({ url: `file:${hub.databaseFile}` })
    // The migration's tables are back, exactly those of the hub that made the backup.
    expect(await tablesOf(restored)).toEqual(await tablesOf(hubDatabase))
    expect(await tablesOf(restored)).not.toEqual(tablesBefore)
    restored.close()
    hubDatabase.close()
    // (Its data is not compared here: undoing a migration drops what its columns held. The
    // in-process restore above compares every document, version, global and file.)
    expect(await hashTree(into.mediaDir)).toEqual(await hashTree(hub.mediaDir))

    // Again, onto what is now a non-empty database: refused, exit code 1.
    const refused = await npmRun('restore', [dir], env)
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/Refusing to restore: the database .* is not empty/)
  })
})
