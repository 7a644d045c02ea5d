import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backupHub, restoreBackup } from '@cms/backup'
import { hasPostgresTool } from '@cms/backup/postgres'
import { MIGRATIONS } from '@cms/migrations'

/**
 * The PostgreSQL path of `npm run backup` / `restore` (pg_dump / pg_restore), on a private
 * server this test starts (initdb + pg_ctl, password authentication over TCP), or on
 * TEST_POSTGRES_URL's server. The hub does not run on PostgreSQL yet, so the database holds
 * tables made here, not Payload's.
 */

const hasPgDump = hasPostgresTool('pg_dump')
const migrations = MIGRATIONS.postgres
const run = promisify(execFile)
const PASSWORD = 'mật-khẩu thử'

/** The directory of initdb / pg_ctl: on PATH, or Debian's versioned directory. */
async function serverBin(): Promise<string | null> {
  if (hasPostgresTool('initdb')) return ''
  const base = '/usr/lib/postgresql'
  const versions = await fs.readdir(base).catch(() => [] as string[])
  for (const version of versions.sort().reverse()) {
    const dir = path.join(base, version, 'bin')
    if (
      await fs.access(path.join(dir, 'initdb')).then(
        () => true,
        () => false,
      )
    )
      return dir
  }
  return null
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

describe.skipIf(!hasPgDump)('PostgreSQL backups (pg_dump / pg_restore)', () => {
  let dir: string
  let stopServer = async () => {}
  let baseUrl: URL

  const urlOf = (database: string) => {
    const url = new URL(baseUrl)
    url.pathname = `/${database}`
    return url.toString()
  }
  const psql = async (database: string, sql: string) => {
    const url = new URL(urlOf(database))
    const { stdout } = await run(
      'psql',
      ['--no-psqlrc', '-tA', '-v', 'ON_ERROR_STOP=1', '-c', sql],
      {
        env: {
          ...process.env,
          PGHOST: url.hostname,
          PGPORT: url.port,
          PGUSER: decodeURIComponent(url.username),
          PGPASSWORD: decodeURIComponent(url.password),
          PGDATABASE: database,
        },
      },
    )
    return stdout.trim()
  }

  beforeAll(async () => {
    // As root the server runs as `postgres`, which cannot enter the run's private temp dir.
    const root = process.getuid?.() === 0 ? '/tmp' : os.tmpdir()
    dir = await fs.mkdtemp(path.join(root, 'hub-pg-'))
    if (process.env.TEST_POSTGRES_URL) {
      baseUrl = new URL(process.env.TEST_POSTGRES_URL)
    } else {
      const bin = await serverBin()
      if (bin === null)
        throw new Error(
          'pg_dump is installed but no PostgreSQL server (initdb) or TEST_POSTGRES_URL',
        )
      const data = path.join(dir, 'data')
      await fs.writeFile(path.join(dir, 'pw'), PASSWORD)
      // PostgreSQL refuses to run as root: then the server runs as the `postgres` account.
      const asServer = (program: string, args: string[]) =>
        process.getuid?.() === 0
          ? run('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args])
          : run(path.join(bin, program), args)
      if (process.getuid?.() === 0) await run('chown', ['-R', 'postgres', dir])
      await asServer('initdb', [
        '-D',
        data,
        '-U',
        'hub',
        '--auth=scram-sha-256',
        `--pwfile=${path.join(dir, 'pw')}`,
        '-E',
        'UTF8',
        '--no-sync',
      ])
      const port = await freePort()
      await asServer('pg_ctl', [
        '-D',
        data,
        '-l',
        path.join(dir, 'log'),
        '-w',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
        'start',
      ])
      stopServer = async () => {
        await asServer('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
      }
      baseUrl = new URL(`postgres://hub:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/postgres`)
    }
    for (const db of ['hub_source', 'hub_target']) await psql('postgres', `CREATE DATABASE ${db}`)
    await psql(
      'hub_source',
      `CREATE TABLE payload_migrations (id serial PRIMARY KEY, name varchar, batch int);
       INSERT INTO payload_migrations (name, batch) VALUES ${migrations.map((m) => `('${m.name}', 1)`).join(', ')};
       CREATE TABLE articles (id serial PRIMARY KEY, title text);
       INSERT INTO articles (title) VALUES ('Mạng lưới cố vấn khởi nghiệp'), ('Đổi mới sáng tạo');`,
    )
    await fs.mkdir(path.join(dir, 'media'))
    await fs.writeFile(path.join(dir, 'media', 'ke-hoach.pdf'), 'pdf bytes')
  }, 120_000)

  afterAll(async () => {
    if (process.env.TEST_POSTGRES_URL)
      for (const db of ['hub_source', 'hub_target'])
        await psql('postgres', `DROP DATABASE IF EXISTS ${db}`).catch(() => {})
    await stopServer().catch(() => {})
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('dumps the database with the uploads and restores it into an empty database', async () => {
    const backup = await backupHub({
      databaseUrl: urlOf('hub_source'),
      mediaDir: path.join(dir, 'media'),
      backupRoot: path.join(dir, 'backups'),
    })
    expect(backup.manifest.database.kind).toBe('postgres')
    expect(backup.manifest.migrations).toEqual(migrations.map((m) => m.name))
    expect(JSON.stringify(backup.manifest)).not.toContain(PASSWORD)
    expect(
      execFileSync('pg_restore', ['--list', path.join(backup.dir, 'database.pgdump')]).toString(),
    ).toMatch(/TABLE public articles/)

    const target = { databaseUrl: urlOf('hub_target'), mediaDir: path.join(dir, 'restored-media') }
    await restoreBackup(backup.dir, target)
    expect(await psql('hub_target', 'SELECT title FROM articles ORDER BY id')).toBe(
      'Mạng lưới cố vấn khởi nghiệp\nĐổi mới sáng tạo',
    )
    expect(await fs.readFile(path.join(target.mediaDir, 'ke-hoach.pdf'), 'utf8')).toBe('pdf bytes')

    // Now not empty: refused without --force; with it, replaced in one transaction.
    await psql('hub_target', "INSERT INTO articles (title) VALUES ('only in the target')")
    await expect(restoreBackup(backup.dir, target)).rejects.toThrow(/is not empty/)
    await restoreBackup(backup.dir, { ...target, force: true })
    expect(await psql('hub_target', 'SELECT count(*) FROM articles')).toBe('2')

    // A damaged dump is refused before pg_restore runs.
    const dump = path.join(backup.dir, 'database.pgdump')
    const bytes = await fs.readFile(dump)
    bytes[bytes.length - 10] ^= 0xff
    await fs.writeFile(dump, bytes)
    await psql('hub_target', "INSERT INTO articles (title) VALUES ('kept')")
    await expect(restoreBackup(backup.dir, { ...target, force: true })).rejects.toThrow(
      /database.pgdump does not match/,
    )
    expect(await psql('hub_target', 'SELECT count(*) FROM articles')).toBe('3')
  })
})
