import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { promisify } from 'node:util'

import pg from 'pg'

const run = promisify(execFile)

/** The local server's socket directory (Debian's cluster, `pg_ctlcluster 15 main start`). */
const LOCAL_SOCKET_DIR = '/var/run/postgresql'

export type ScratchPostgres = {
  /** A database of its own on the server, for this test file. */
  url: string
  /** Drops the database (and the role made for it). */
  drop: () => Promise<void>
}

/**
 * A fresh database for one test file, on POSTGRES_URL's server, or else on this machine's
 * running PostgreSQL, reached as `postgres` over its Unix socket (`runuser -u postgres -- psql`,
 * when the tests run as root) to make a role with a random password and a database, which the
 * test then uses over TCP like any client. Null when neither is there (the test is skipped).
 */
export async function scratchPostgres(): Promise<ScratchPostgres | null> {
  const name = `hub_scratch_${randomBytes(5).toString('hex')}`
  const given = process.env.POSTGRES_URL
  if (given) {
    const admin = new pg.Client({ connectionString: given })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(given)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: async () => {
        const again = new pg.Client({ connectionString: given })
        await again.connect()
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await again.end()
      },
    }
  }
  if (process.getuid?.() !== 0 || !fs.existsSync(`${LOCAL_SOCKET_DIR}/.s.PGSQL.5432`)) return null
  const psql = async (sql: string) => {
    const { stdout } = await run('runuser', [
      '-u',
      'postgres',
      '--',
      'psql',
      '--no-psqlrc',
      '-tA',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      LOCAL_SOCKET_DIR,
      '-c',
      sql,
    ])
    return stdout.trim()
  }
  const password = randomBytes(12).toString('hex')
  const port = await psql('SHOW port')
  await psql(`CREATE ROLE ${name} LOGIN PASSWORD '${password}'`)
  await psql(`CREATE DATABASE ${name} OWNER ${name}`)
  return {
    url: `postgres://${name}:${password}@127.0.0.1:${port}/${name}`,
    drop: async () => {
      await psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await psql(`DROP ROLE IF EXISTS ${name}`)
    },
  }
}
