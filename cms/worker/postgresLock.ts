import { crc32 } from 'node:zlib'

import pg from 'pg'

import { newOwnerId, type LeaderLock } from './leaderLock'

/** First half of every advisory-lock key of the hub ("HPHB"), so other users' keys differ. */
const KEY_NAMESPACE = 0x48504842

/**
 * How long a confirmed leader acts without confirming again. The server lets a session that
 * vanished without closing its connection (machine off, cable cut) go only when TCP keepalives
 * give up: 10 s idle + 3 × 3 s (set below), so a standby can lock no earlier than ~19 s after
 * the leader's last word, later than this.
 */
const TRUST_MS = 10_000

/**
 * The PostgreSQL leader lock: a session-level advisory lock (`pg_try_advisory_lock`) held on a
 * connection of its own as long as that connection lives. A worker that dies — even by
 * SIGKILL — closes its socket, the server ends the session and frees the lock at once, so a
 * standby takes over at its next try. Advisory locks belong to one database, so two hubs on
 * one server do not meet.
 *
 * The connection must reach PostgreSQL itself or a pooler in session mode: a transaction-mode
 * pooler (PgBouncer's default) would hand the lock's session to others.
 */
export async function openPostgresAdvisoryLock(
  connectionString: string,
  { name, ownerId = newOwnerId() }: { name: string; ownerId?: string },
): Promise<LeaderLock> {
  const key = [KEY_NAMESPACE, crc32(name) | 0] as const
  let client: pg.Client | null = null
  let broken = false

  const connect = async () => {
    if (client && !broken) return client
    await client?.end().catch(() => {})
    const next = new pg.Client({
      connectionString,
      application_name: `hub worker ${ownerId}`,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    })
    broken = false
    // A lost connection is a lost lock: the next confirm says so.
    next.on('error', () => (broken = true))
    next.on('end', () => (broken = true))
    await next.connect()
    // Ignored on Unix sockets; over TCP, how soon the server drops a session whose client
    // vanished (see TRUST_MS).
    await next.query(
      'SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 3; SET tcp_keepalives_count = 3',
    )
    client = next
    return next
  }

  const held = async (c: pg.Client) => {
    const { rows } = await c.query<{ held: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
         AND pid = pg_backend_pid() AND classid::bigint = ($1::int::bigint & 4294967295)
         AND objid::bigint = ($2::int::bigint & 4294967295) AND objsubid = 2) AS held`,
      [...key],
    )
    return rows[0]?.held === true
  }

  return {
    kind: 'postgres-advisory',
    ownerId,
    trustMs: TRUST_MS,
    tryAcquire: async () => {
      const c = await connect()
      // Taking it again in the same session would stack a second hold on the first.
      if (await held(c)) return true
      const { rows } = await c.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1::int, $2::int) AS locked',
        [...key],
      )
      return rows[0]?.locked === true
    },
    confirm: async () => {
      if (!client || broken) return false
      return held(client)
    },
    holder: async () => {
      const c = await connect()
      const { rows } = await c.query<{ holder: string }>(
        `SELECT a.application_name AS holder FROM pg_locks l
           JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE l.locktype = 'advisory' AND l.granted AND l.database = (
                  SELECT oid FROM pg_database WHERE datname = current_database())
            AND l.classid::bigint = ($1::int::bigint & 4294967295)
            AND l.objid::bigint = ($2::int::bigint & 4294967295) AND l.objsubid = 2`,
        [...key],
      )
      return rows[0]?.holder.replace(/^hub worker /, '') ?? null
    },
    release: async () => {
      if (!client || broken) return
      // The connection is the lock's alone: nothing else of this session is let go.
      await client.query('SELECT pg_advisory_unlock_all()')
    },
    close: async () => {
      const c = client
      client = null
      await c?.end().catch(() => {})
    },
  }
}
