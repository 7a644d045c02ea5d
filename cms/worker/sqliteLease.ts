import { createClient, type Client } from '@libsql/client'

import { newOwnerId, type LeaderLock } from './leaderLock'

/** The lease table (made by migration 20261204_090000_worker_lease). */
const TABLE = 'hub_leases'

/** How long a lease lasts without renewal: a dead leader's lease is free this long after. */
export const SQLITE_LEASE_TTL_MS = 15_000
/**
 * The leader stops acting this long before its lease can be taken over, and never later: the
 * time its queues get to stop (cms/worker/index.ts) before a standby may start.
 */
const SAFETY_MARGIN_MS = 5_000

/**
 * The SQLite leader lock: a lease row (owner, expiry) in the hub's own database file, renewed
 * by its holder and taken over by another process once it has expired. Each statement is one
 * atomic write, so two processes can never both take it. Both processes are on the machine
 * that has the file, so they share a clock.
 *
 * It has a connection of its own (the file in WAL mode), not Payload's: a job's transaction
 * never holds the lease back, and a short busy timeout lets a renewal fail and be retried
 * rather than block the worker's event loop for long (the driver is synchronous).
 */
export async function openSqliteLease(
  file: string,
  {
    name,
    ttlMs = SQLITE_LEASE_TTL_MS,
    ownerId = newOwnerId(),
  }: { name: string; ttlMs?: number; ownerId?: string },
): Promise<LeaderLock> {
  const client: Client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA busy_timeout = 2000')

  /** Inserts the lease, or takes it over when it is ours or expired; true when it is ours. */
  const take = async () => {
    const now = Date.now()
    const { rows } = await client.execute({
      sql: `INSERT INTO ${TABLE} (name, owner, acquired_at, renewed_at, expires_at)
            VALUES (?1, ?2, ?3, ?3, ?4)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner,
              acquired_at = excluded.acquired_at, renewed_at = excluded.renewed_at,
              expires_at = excluded.expires_at
            WHERE ${TABLE}.owner = excluded.owner OR ${TABLE}.expires_at <= excluded.renewed_at
            RETURNING owner`,
      args: [name, ownerId, now, now + ttlMs],
    })
    return rows.length === 1
  }

  const current = async () => {
    const { rows } = await client.execute({
      sql: `SELECT owner, expires_at FROM ${TABLE} WHERE name = ?1`,
      args: [name],
    })
    const row = rows[0]
    return row ? { owner: String(row.owner), expiresAt: Number(row.expires_at) } : null
  }

  return {
    kind: 'sqlite-lease',
    ownerId,
    trustMs: ttlMs - Math.min(SAFETY_MARGIN_MS, ttlMs / 3),
    tryAcquire: async () => {
      // A read first: a standby polling a live lease writes nothing.
      const lease = await current()
      if (lease && lease.owner !== ownerId && lease.expiresAt > Date.now()) return false
      return take()
    },
    confirm: async () => {
      const now = Date.now()
      const { rows } = await client.execute({
        sql: `UPDATE ${TABLE} SET renewed_at = ?3, expires_at = ?4
              WHERE name = ?1 AND owner = ?2 RETURNING owner`,
        args: [name, ownerId, now, now + ttlMs],
      })
      return rows.length === 1
    },
    holder: async () => {
      const lease = await current()
      return lease && lease.expiresAt > Date.now() ? lease.owner : null
    },
    release: async () => {
      await client.execute({
        sql: `DELETE FROM ${TABLE} WHERE name = ?1 AND owner = ?2`,
        args: [name, ownerId],
      })
    },
    close: async () => client.close(),
  }
}
