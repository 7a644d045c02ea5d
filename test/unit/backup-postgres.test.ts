import { describe, expect, it } from 'vitest'

import { postgresConnection } from '@cms/backup/postgres'

/** How pg_dump / pg_restore / psql are told where the database is: environment, not arguments. */
describe('postgresConnection', () => {
  it.each([
    [
      'postgres://hub:s3cret@db.internal:5433/hub?sslmode=require',
      {
        PGHOST: 'db.internal',
        PGPORT: '5433',
        PGUSER: 'hub',
        PGPASSWORD: 's3cret',
        PGDATABASE: 'hub',
        PGSSLMODE: 'require',
      },
      'postgres://hub@db.internal:5433/hub',
    ],
    [
      'postgresql://c%C3%B4ng:p%40ss%2Fw0rd@localhost/tin_tuc',
      { PGHOST: 'localhost', PGUSER: 'công', PGPASSWORD: 'p@ss/w0rd', PGDATABASE: 'tin_tuc' },
      'postgresql://c%C3%B4ng@localhost/tin_tuc',
    ],
    [
      'postgres://hub@[::1]:5432/hub?host=/var/run/postgresql',
      { PGHOST: '/var/run/postgresql', PGPORT: '5432', PGUSER: 'hub', PGDATABASE: 'hub' },
      'postgres://hub@[::1]:5432/hub',
    ],
  ])('%s', (url, env, display) => {
    const connection = postgresConnection(url)
    expect(connection.env).toEqual(env)
    expect(connection.display).toBe(display)
    expect(connection.display).not.toMatch(/s3cret|p%40ss|p@ss/)
  })
})
