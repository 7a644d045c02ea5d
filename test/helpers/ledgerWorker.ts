/**
 * A real worker process for test/cms/worker.test.ts: `npm run worker`'s program
 * (runWorkerProcess: the leader lock on DATABASE_URL, recovery, signals) on the hub's own
 * config, running one queue more — `ledger` — whose task writes to LEDGER_FILE when it starts
 * and when it ends (`start <job id> <pid>` … LEDGER_TASK_MS later … `done <job id> <pid>`).
 * Every change of state is printed as a line `WORKER_STATE {json}` with the time.
 *
 * Run: node --import tsx test/helpers/ledgerWorker.ts
 */
import fs from 'node:fs'

import { getPayload, type TaskConfig } from 'payload'

import configPromise from '@cms/payload.config'
import { runWorkerProcess } from '@cms/worker/process'
import { jobsQueue } from '@cms/worker/queueRunner'

const ledger = process.env.LEDGER_FILE
if (!ledger) throw new Error('LEDGER_FILE is not set')
const taskMs = Number(process.env.LEDGER_TASK_MS || 500)

const write = (what: 'start' | 'done', id: number | string) =>
  fs.appendFileSync(ledger, `${what} ${id} ${process.pid} ${Date.now()}\n`)

const ledgerTask = {
  // Not one of the hub's task slugs, which the generated types list.
  slug: 'ledgerEntry' as never,
  retries: 0,
  handler: async ({ job }) => {
    write('start', job.id)
    await new Promise((resolve) => setTimeout(resolve, taskMs))
    write('done', job.id)
    return { output: {} }
  },
} satisfies TaskConfig

// The hub's config with the test task added to the runner's list (Payload looks tasks up
// there when it runs a job; queueing needs no entry).
const config = await configPromise
config.jobs.tasks = [...(config.jobs.tasks ?? []), ledgerTask]
const payload = await getPayload({ config })
await runWorkerProcess(payload, [jobsQueue('ledger', { intervalMs: 200, limit: 1 })], {
  onState: (state) =>
    console.log(`WORKER_STATE ${JSON.stringify({ ...state, pid: process.pid, at: Date.now() })}`),
})
