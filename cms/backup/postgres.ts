import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * How the PostgreSQL tools reach a database: the libpq environment (PGHOST, PGUSER,
 * PGPASSWORD…), so the password never appears on a command line (visible to every user in
 * `ps`) or in a log; and the URL without its password, for messages.
 *
 * @example
 * postgresConnection('postgres://hub:s3cret@db:5432/hub?sslmode=require')
 * // { env: { PGHOST: 'db', PGPORT: '5432', PGUSER: 'hub', PGPASSWORD: 's3cret',
 * //          PGDATABASE: 'hub', PGSSLMODE: 'require' }, display: 'postgres://hub@db:5432/hub' }
 */
export function postgresConnection(url: string): { env: Record<string, string>; display: string } {
  const parsed = new URL(url)
  const env: Record<string, string> = {}
  const set = (key: string, value: string | null | undefined) => {
    if (value) env[key] = decodeURIComponent(value)
  }
  set('PGHOST', parsed.hostname.replace(/^\[(.*)\]$/, '$1'))
  set('PGPORT', parsed.port)
  set('PGUSER', parsed.username)
  set('PGPASSWORD', parsed.password)
  set('PGDATABASE', parsed.pathname.replace(/^\//, ''))
  // libpq's own query parameters, e.g. ?host=/var/run/postgresql for a Unix socket.
  const params: Record<string, string> = {
    host: 'PGHOST',
    port: 'PGPORT',
    user: 'PGUSER',
    password: 'PGPASSWORD',
    dbname: 'PGDATABASE',
    sslmode: 'PGSSLMODE',
    sslrootcert: 'PGSSLROOTCERT',
    application_name: 'PGAPPNAME',
  }
  for (const [name, value] of parsed.searchParams) if (params[name]) env[params[name]] = value
  const who = env.PGUSER ? `${encodeURIComponent(env.PGUSER)}@` : ''
  const where = `${parsed.host}${parsed.pathname}`
  return { env, display: `${parsed.protocol}//${who}${where}` }
}

/** Whether a PostgreSQL client program (pg_dump, pg_restore, psql) is on PATH. */
export function hasPostgresTool(name: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && fs.existsSync(path.join(dir, name)))
}

/** Runs a PostgreSQL client program against the URL's database; resolves with its output. */
function runTool(program: string, args: string[], url: string): Promise<string> {
  if (!hasPostgresTool(program))
    throw new Error(
      `${program} is not installed (PATH): install the PostgreSQL client (Debian: postgresql-client).`,
    )
  const { env } = postgresConnection(url)
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['--no-password', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (err += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${program} failed (exit code ${code}): ${err.trim()}`)),
    )
  })
}

/** Rows of one query, through psql (unaligned, one line per row). */
async function query(url: string, sql: string): Promise<string[]> {
  const out = await runTool(
    'psql',
    ['--no-psqlrc', '--tuples-only', '--no-align', '--quiet', '--command', sql],
    url,
  )
  return out.split('\n').filter((line) => line !== '')
}

/**
 * `pg_dump --format=custom` of the URL's database into `file` (one consistent snapshot: pg_dump
 * reads in one transaction), then `pg_restore --list` to check the archive can be read.
 */
export async function dumpPostgres(url: string, file: string): Promise<void> {
  await runTool('pg_dump', ['--format=custom', `--file=${file}`], url)
  await runTool('pg_restore', ['--list', file], url)
}

/**
 * Restores a custom-format dump into the URL's database, replacing what it holds, in one
 * transaction (a failure leaves the database as it was).
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const { env } = postgresConnection(url)
  await runTool(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      // Without --dbname pg_restore writes SQL to stdout instead of restoring.
      `--dbname=${env.PGDATABASE ?? ''}`,
      file,
    ],
    url,
  )
}

/** The migrations recorded as applied in a PostgreSQL database, in the order they ran. */
export async function postgresMigrations(url: string): Promise<string[]> {
  const [exists] = await query(url, "SELECT to_regclass('payload_migrations') IS NOT NULL")
  if (exists !== 't') return []
  return query(url, "SELECT name FROM payload_migrations WHERE name != 'dev' ORDER BY id")
}

/** Whether a PostgreSQL database has no tables of its own. */
export async function isPostgresEmpty(url: string): Promise<boolean> {
  const [count] = await query(
    url,
    "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
  )
  return Number(count) === 0
}
