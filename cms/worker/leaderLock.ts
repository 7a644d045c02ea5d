import { randomBytes } from 'node:crypto'
import os from 'node:os'

import { chooseDatabase } from '../database'

/**
 * A lock held in the database that at most one worker holds at a time (the leader). Payload
 * 3.90's jobs queue has no atomic claim and no lease (payloadcms/payload#17441, #17645: fixed
 * in 4.0 only), so two processes running the same queue can run the same job twice: the hub
 * runs its queues only in the worker that holds this lock.
 *
 * A holder may act as leader until `trustMs` after the start of its last successful `confirm`
 * (or `tryAcquire`), and must confirm more often than that; another process can take the lock
 * over only later than that, so a leader that stops confirming (stalled, cut off, killed) has
 * stopped acting before a standby starts.
 */
export type LeaderLock = {
  /** `sqlite-lease`, `postgres-advisory` or `none` (MongoDB). */
  kind: string
  /** Who this process is in the lock: host, process id and a random part. */
  ownerId: string
  /** How long a successful confirmation lets the holder act, counted from its start (ms). */
  trustMs: number
  /** Takes the lock if it is free (or expired); true when this process holds it. */
  tryAcquire: () => Promise<boolean>
  /** Whether this process still holds the lock (and, for a lease, extends it). */
  confirm: () => Promise<boolean>
  /** Who holds the lock now, for messages (null when nobody does or it cannot be told). */
  holder: () => Promise<string | null>
  /** Gives the lock up at once, so a standby takes over at its next try. */
  release: () => Promise<void>
  /** Closes the lock's connection (after release, or instead of it when exiting). */
  close: () => Promise<void>
}

/** The hub's one lock: all its jobs queues and the site publisher run in its holder. */
export const WORKER_LOCK_NAME = 'hub-worker'

export function newOwnerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
}

/**
 * The leader lock for the configured database (DATABASE_URL): a PostgreSQL advisory lock on a
 * connection of its own, a lease row for SQLite, and none for MongoDB, which this project
 * cannot run (there, run exactly one worker).
 *
 * @example
 * const lock = await openLeaderLock(process.env.DATABASE_URL)
 * if (await lock.tryAcquire()) console.log('leader')
 */
export async function openLeaderLock(
  databaseUrl = process.env.DATABASE_URL,
  { name = WORKER_LOCK_NAME }: { name?: string } = {},
): Promise<LeaderLock> {
  const choice = chooseDatabase(databaseUrl)
  if (choice.kind === 'postgres') {
    const { openPostgresAdvisoryLock } = await import('./postgresLock')
    return openPostgresAdvisoryLock(choice.url, { name })
  }
  if (choice.kind === 'mongodb') return noLock()
  const { openSqliteLease } = await import('./sqliteLease')
  return openSqliteLease(choice.file, { name })
}

/** MongoDB: no lock is implemented (nor testable here); every worker believes it leads. */
function noLock(): LeaderLock {
  return {
    kind: 'none',
    ownerId: newOwnerId(),
    trustMs: Number.POSITIVE_INFINITY,
    tryAcquire: async () => true,
    confirm: async () => true,
    holder: async () => null,
    release: async () => {},
    close: async () => {},
  }
}
