import type { ChildProcess } from 'node:child_process'
import os from 'node:os'

import pg from 'pg'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { holdLeadership } from '@cms/worker/leadership'
import { openLeaderLock } from '@cms/worker/leaderLock'
import { scratchPostgres, type ScratchPostgres } from '../helpers/postgres'
import { spawnReporting, stop, type Reported } from '../helpers/reportingProcess'
import { waitFor } from '../helpers/wait'

/**
 * The worker's leader lock on PostgreSQL (cms/worker/postgresLock.ts: an advisory lock on a
 * connection of its own), on a scratch database of the local server (or POSTGRES_URL's): in
 * this process, and between real processes (test/helpers/lockHolder.ts, the worker's own
 * leadership loop and timings) — the leader killed with SIGKILL, then one stopped with SIGTERM.
 */
vi.setConfig({ testTimeout: 120_000 })

// Skipped where no server can be had (no POSTGRES_URL, no local server): `npm test` on a machine
// without PostgreSQL. CI starts one.
const server: ScratchPostgres | null = await scratchPostgres()
const children: ChildProcess[] = []

afterAll(async () => {
  await Promise.all(children.map((child) => stop(child)))
  await server?.drop()
})

/** Advisory locks held in the scratch database, by backend. */
async function advisoryLocks(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  )
  await client.end()
  return Number(rows[0]!.n)
}

/** Ends the session of a lock's connection from the server's side (pg_terminate_backend). */
async function endSession(url: string, ownerId: string) {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`,
    [`hub worker ${ownerId}`.slice(0, 63)],
  )
  await admin.end()
}

type LockReport = Reported & { holder?: string | null; reason?: string }
const leads = (r: LockReport): r is LockReport => r.state === 'leader'
const standsByFor =
  (holder: string) =>
  (r: LockReport): r is LockReport =>
    r.state === 'standby' && r.holder === holder

describe.skipIf(!server)('the PostgreSQL leader lock', () => {
  it('has one holder at a time, and is free once released or its connection ends', async () => {
    const { url } = server!
    const a = await openLeaderLock(url)
    const b = await openLeaderLock(url)
    try {
      expect(a.kind).toBe('postgres-advisory')
      expect(await a.tryAcquire()).toBe(true)
      // Taking it again in its own session does not stack a second hold.
      expect(await a.tryAcquire()).toBe(true)
      expect(await b.tryAcquire()).toBe(false)
      expect(await b.holder()).toBe(a.ownerId)
      expect(await a.confirm()).toBe(true)
      await a.release()
      expect(await advisoryLocks(url)).toBe(0)
      expect(await b.tryAcquire()).toBe(true)
      expect(await a.confirm()).toBe(false)
      // The server ends B's session (as when its machine is gone): B's lock is gone with it,
      // and B knows at its next confirmation.
      await endSession(url, b.ownerId)
      await waitFor('B to see its lock gone', async () => !(await b.confirm()), {
        timeoutMs: 5_000,
      })
      expect(await a.tryAcquire()).toBe(true)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })

  it('a leader whose connection is cut steps down (and leads again on a new one)', async () => {
    const lock = await openLeaderLock(server!.url)
    const events: string[] = []
    const leadership = holdLeadership(lock, {
      confirmMs: 200,
      onElected: async () => void events.push('elected'),
      onDeposed: async (reason) => void events.push(`deposed: ${reason}`),
    })
    try {
      await waitFor('election', async () => leadership.isLeader(), { timeoutMs: 5_000 })
      await endSession(server!.url, lock.ownerId)
      await waitFor('stepping down', async () => events.length >= 2, { timeoutMs: 3_000 })
      expect(events.slice(0, 2)).toEqual(['elected', 'deposed: the lock was taken over'])
      // Nobody else holds it: it leads again, on a new connection.
      await waitFor('leading again', async () => events.length >= 3, { timeoutMs: 5_000 })
      expect(events[2]).toBe('elected')
      expect(await lock.confirm()).toBe(true)
    } finally {
      await leadership.stop()
    }
  })

  it('a standby process takes over within seconds of a SIGKILL, and at once after a SIGTERM', async () => {
    const holder = () => {
      const process = spawnReporting<LockReport>('test/helpers/lockHolder.ts', 'LOCK_STATE', {
        DATABASE_URL: server!.url,
      })
      children.push(process.child)
      return process
    }
    const a = holder()
    const aLeads = await a.report('leads', leads)
    const b = holder()
    await b.report('stands by for A', standsByFor(aLeads.ownerId))
    // A standby only waits: it never leads while A lives.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(b.reports.some(leads)).toBe(false)

    const killedAt = Date.now()
    a.child.kill('SIGKILL')
    const bLeads = await b.report('takes over', leads, 30_000)
    const failoverMs = bLeads.at - killedAt
    expect(failoverMs).toBeLessThan(30_000)

    const c = holder()
    await c.report('stands by for B', standsByFor(bLeads.ownerId))
    const stoppedAt = Date.now()
    expect(await stop(b.child, 'SIGTERM')).toBe(0)
    const cLeads = await c.report('takes over', leads, 30_000)
    const handoverMs = cLeads.at - stoppedAt
    expect(await advisoryLocks(server!.url)).toBe(1)

    console.log(
      `Worker failover (PostgreSQL advisory lock): SIGKILL → standby leads ${(failoverMs / 1000).toFixed(1)} s; ` +
        `SIGTERM → ${(handoverMs / 1000).toFixed(1)} s ` +
        `(load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')})`,
    )
  })
})
