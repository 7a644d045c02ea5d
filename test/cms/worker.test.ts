import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startWorker, type WorkerState } from '@cms/worker'
import { holdLeadership } from '@cms/worker/leadership'
import { openLeaderLock } from '@cms/worker/leaderLock'
import { recoverInterruptedJobs } from '@cms/worker/recovery'
import { openSqliteLease } from '@cms/worker/sqliteLease'
import { queryDatabaseAt } from '../helpers/database'
import { startTestHub, type TestHub } from '../helpers/payload'
import { spawnReporting, stop, type Reported } from '../helpers/reportingProcess'
import { waitFor } from '../helpers/wait'

/**
 * The worker (cms/worker) on a real SQLite database: the lease, stepping down, the recovery of
 * interrupted jobs, and two (then three) real worker processes (test/helpers/ledgerWorker.ts:
 * `npm run worker`'s program with a test queue whose jobs write to a ledger file when they
 * start and end) — one killed with SIGKILL in the middle of a job.
 */
vi.setConfig({ testTimeout: 240_000 })

let hub: TestHub
let payload: Payload
const children: ChildProcess[] = []

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
})

afterAll(async () => {
  await Promise.all(children.map((child) => stop(child)))
  await hub?.cleanup()
})

/** The suite runs on SQLite unless DATABASE_URL names a server (as startTestHub reads it). */
const database = /^(postgres|mongodb)/i.exec(process.env.DATABASE_URL ?? '')?.[1] ?? 'sqlite'

const lease = (name: string, ttlMs: number) => openSqliteLease(hub.databaseFile!, { name, ttlMs })
/** Queues a job of any task (the test task is known only to the worker processes). */
const queueJob = async (task: string, queue: string) =>
  ((await payload.jobs.queue({ task, queue, input: {} } as never)) as { id: number }).id
/** What a worker that died while running the job left behind. */
const markProcessing = (id: number, totalTried = 0) =>
  payload.db.updateJobs({
    id,
    data: { processing: true, totalTried } as never,
    req: {},
    returning: false,
  })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(database !== 'sqlite')('the SQLite lease', () => {
  it('has one holder at a time; an expired lease is taken over, a released one at once', async () => {
    const [a, b] = [await lease('test-lease', 900), await lease('test-lease', 900)]
    try {
      expect(await a.tryAcquire()).toBe(true)
      expect(await b.tryAcquire()).toBe(false)
      expect(await b.holder()).toBe(a.ownerId)
      // Renewed: still A's after more than one lease time.
      for (let i = 0; i < 4; i++) {
        await sleep(300)
        expect(await a.confirm()).toBe(true)
        expect(await b.tryAcquire()).toBe(false)
      }
      // A stops renewing (as if it died): B may take it once it has expired, not before.
      await sleep(500)
      expect(await b.tryAcquire()).toBe(false)
      await sleep(500)
      expect(await b.tryAcquire()).toBe(true)
      expect(await a.confirm()).toBe(false)
      expect(await a.tryAcquire()).toBe(false)
      // Given up: free at once.
      await b.release()
      expect(await a.tryAcquire()).toBe(true)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })

  it('a leader steps down and stops its work as soon as its lease is taken over', async () => {
    const lock = await lease('test-step-down', 3_000)
    const events: string[] = []
    const leadership = holdLeadership(lock, {
      confirmMs: 200,
      pollMs: 200,
      onElected: async () => void events.push('elected'),
      onDeposed: async (reason) => void events.push(`deposed: ${reason}`),
    })
    try {
      await waitFor('election', async () => leadership.isLeader(), { timeoutMs: 5_000 })
      // Someone else holds it now (as after a stall longer than the lease).
      const db = createClient({ url: `file:${hub.databaseFile}` })
      await db.execute({
        sql: `UPDATE hub_leases SET owner = 'elsewhere', expires_at = ?1 WHERE name = 'test-step-down'`,
        args: [Date.now() + 60_000],
      })
      db.close()
      await waitFor('stepping down', async () => !leadership.isLeader(), { timeoutMs: 2_000 })
      expect(events).toEqual(['elected', 'deposed: the lock was taken over'])
    } finally {
      await leadership.stop()
    }
  })
})

describe('jobs a dead leader left processing', () => {
  it('run again while they have tries left (at least once more), else fail; each try is logged', async () => {
    const queue = 'recovery-test'
    /** A job as a worker that died while running it left it. */
    const stuck = async (task: string, totalTried: number, queueName = queue) => {
      const id = await queueJob(task, queueName)
      await markProcessing(id, totalTried)
      return id
    }
    // erasePersonalData: 2 retries; rebuildSite and Payload's schedulePublish: none.
    const erase0 = await stuck('erasePersonalData', 0)
    const erase2 = await stuck('erasePersonalData', 2)
    const rebuild0 = await stuck('rebuildSite', 0)
    const rebuild1 = await stuck('rebuildSite', 1)
    const elsewhere = await stuck('schedulePublish', 0, 'another-queue')

    const recovered = await recoverInterruptedJobs(payload, { queues: [queue] })
    expect(Object.fromEntries(recovered.map((job) => [job.id, job.outcome]))).toEqual({
      [erase0]: 'requeued',
      [erase2]: 'failed',
      [rebuild0]: 'requeued',
      [rebuild1]: 'failed',
    })
    const job = (id: number | string) =>
      payload.findByID({ collection: 'payload-jobs', id, depth: 0, overrideAccess: true })
    const requeued = await job(erase0)
    expect(requeued).toMatchObject({ processing: false, totalTried: 1, hasError: false })
    expect(requeued.log).toHaveLength(1)
    expect(requeued.log![0]).toMatchObject({ state: 'failed', taskSlug: 'erasePersonalData' })
    // Payload counts the interrupted try as the task's (what decides its further retries).
    expect(requeued.taskStatus).toMatchObject({ erasePersonalData: { 1: { totalTried: 1 } } })
    const failed = await job(rebuild1)
    expect(failed).toMatchObject({ processing: false, hasError: true, totalTried: 2 })
    expect((failed.error as { message: string }).message).toMatch(/Interrupted.*No tries left/)
    // A queue this worker does not run is not its business.
    expect((await job(elsewhere)).processing).toBe(true)

    await payload.delete({
      collection: 'payload-jobs',
      where: { queue: { in: [queue, 'another-queue'] } },
      overrideAccess: true,
    })
  })
})

type StateLine = WorkerState & Reported
type LedgerLine = { what: 'start' | 'done'; id: string; pid: number; at: number }

/** A worker process (test/helpers/ledgerWorker.ts) and the states it reports. */
function spawnWorker(ledgerFile: string) {
  const worker = spawnReporting<StateLine>('test/helpers/ledgerWorker.ts', 'WORKER_STATE', {
    LEDGER_FILE: ledgerFile,
    LEDGER_TASK_MS: '1200',
  })
  children.push(worker.child)
  return worker
}

const isLeader = (s: StateLine): s is StateLine & { state: 'leader' } => s.state === 'leader'
const standsByFor =
  (holder: string) =>
  (s: StateLine): s is StateLine & { state: 'standby' } =>
    s.state === 'standby' && s.holder === holder

function readLedger(file: string): LedgerLine[] {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [what, id, pid, at] = line.split(' ')
      return { what: what as LedgerLine['what'], id: id!, pid: Number(pid), at: Number(at) }
    })
}

// MongoDB has no leader lock (every worker would lead): not a setup this test can pass.
describe.skipIf(database === 'mongodb')('two worker processes on one database', () => {
  beforeAll(async () => {
    // PostgreSQL keeps a job's task as an enum of the hub's tasks (the migrations'); the test
    // task exists only in the ledger workers, so this throwaway database learns its name.
    if (database !== 'postgres') return
    for (const type of ['enum_payload_jobs_task_slug', 'enum_payload_jobs_log_task_slug']) {
      await queryDatabaseAt(
        hub.databaseUrl,
        `ALTER TYPE "${type}" ADD VALUE IF NOT EXISTS 'ledgerEntry'`,
      )
    }
  })

  it('a standby takes over within 30 s of a SIGKILL mid-job: no job runs twice, none is lost', async () => {
    const ledgerFile = path.join(hub.dir, 'ledger.txt')
    const a = spawnWorker(ledgerFile)
    const aLeads = await a.report('leads', isLeader)
    const b = spawnWorker(ledgerFile)
    await b.report('stands by for A', standsByFor(aLeads.ownerId))

    // Queued once both run (a worker takes seconds to start on a busy machine).
    const JOBS = 16
    const ids: string[] = []
    for (let i = 0; i < JOBS; i++) {
      ids.push(String(await queueJob('ledgerEntry', 'ledger')))
    }

    // A has done some jobs and is in the middle of one: kill it there.
    const interrupted = await waitFor(
      'A in the middle of a job',
      async () => {
        const ledger = readLedger(ledgerFile)
        if (ledger.filter((line) => line.what === 'done').length < 4) return undefined
        const done = new Set(ledger.filter((l) => l.what === 'done').map((l) => l.id))
        return ledger.find((l) => l.what === 'start' && !done.has(l.id))
      },
      { timeoutMs: 60_000, intervalMs: 10 },
    )
    const killedAt = Date.now()
    a.child.kill('SIGKILL')
    expect(interrupted.pid).toBe(a.child.pid)

    const bLeads = await b.report('takes over', isLeader, 60_000)
    const failoverMs = bLeads.at - killedAt
    // B first puts right the job A was running, then runs the queue.
    expect(bLeads.recovered).toEqual([
      { id: Number(interrupted.id), task: 'ledgerEntry', outcome: 'requeued' },
    ])

    await waitFor(
      'every job done and gone from the queue',
      async () => {
        const done = new Set(
          readLedger(ledgerFile)
            .filter((l) => l.what === 'done')
            .map((l) => l.id),
        )
        if (done.size < JOBS) return false
        const { totalDocs } = await payload.count({
          collection: 'payload-jobs',
          where: { queue: { equals: 'ledger' } },
          overrideAccess: true,
        })
        return totalDocs === 0
      },
      { timeoutMs: 90_000 },
    )
    const ledger = readLedger(ledgerFile)
    const starts = (id: string) => ledger.filter((l) => l.what === 'start' && l.id === id)
    const dones = (id: string) => ledger.filter((l) => l.what === 'done' && l.id === id)
    for (const id of ids) {
      // None lost, none done twice; only the interrupted one started twice (A, then B).
      expect(dones(id), `job ${id}`).toHaveLength(1)
      expect(
        starts(id).map((l) => l.pid),
        `job ${id}`,
      ).toEqual(id === interrupted.id ? [a.child.pid, b.child.pid] : [dones(id)[0]!.pid])
    }
    // Never both at once: all of A's work before its death, all of B's after it led.
    expect(ledger.filter((l) => l.pid === a.child.pid).every((l) => l.at <= killedAt)).toBe(true)
    expect(ledger.filter((l) => l.pid === b.child.pid).every((l) => l.at >= bLeads.at)).toBe(true)
    expect(ledger.filter((l) => l.pid === b.child.pid).length).toBeGreaterThan(0)
    expect(failoverMs).toBeLessThan(30_000)
    const firstOnB = Math.min(...ledger.filter((l) => l.pid === b.child.pid).map((l) => l.at))

    // A clean stop hands over at once: C stands by, B gets SIGTERM and gives the lease up.
    const c = spawnWorker(ledgerFile)
    await c.report('stands by for B', standsByFor(bLeads.ownerId))
    const stoppedAt = Date.now()
    expect(await stop(b.child, 'SIGTERM')).toBe(0)
    const cLeads = await c.report('takes over', isLeader, 30_000)
    expect(cLeads.recovered).toEqual([])
    const handoverMs = cLeads.at - stoppedAt
    expect(handoverMs).toBeLessThan(5_000)

    console.log(
      `Worker failover (${aLeads.lock}): SIGKILL → standby leads ${(failoverMs / 1000).toFixed(1)} s, ` +
        `→ interrupted job running again ${((firstOnB - killedAt) / 1000).toFixed(1)} s; ` +
        `SIGTERM → standby leads ${(handoverMs / 1000).toFixed(1)} s ` +
        `(load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')})`,
    )
  })
})

describe('startWorker', () => {
  it("recovers the jobs of its services' queues, starts them, and stops them when stopped", async () => {
    const events: string[] = []
    const id = await queueJob('erasePersonalData', 'order')
    await markProcessing(id)
    const worker = startWorker(payload, {
      lock: await openLeaderLock(process.env.DATABASE_URL, { name: 'test-order' }),
      services: [
        {
          name: 'probe',
          queues: ['order'],
          start: () => {
            events.push('started')
            return { stop: async () => void events.push('stopped') }
          },
        },
      ],
      onState: (state) => {
        if (state.state === 'leader') events.push(`leader: ${state.recovered.length} recovered`)
      },
      onStuck: (reason) => expect.fail(reason),
    })
    await waitFor('leading', async () => worker.isLeader(), { timeoutMs: 5_000 })
    await worker.stop()
    expect(events).toEqual(['started', 'leader: 1 recovered', 'stopped'])
    await payload.delete({ collection: 'payload-jobs', id, overrideAccess: true })
  })
})
