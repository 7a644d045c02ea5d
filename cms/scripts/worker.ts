/**
 * `npm run worker`: the process that runs the hub's jobs — scheduled publishing, site rebuilds,
 * nightly tasks — under a leader lock in the database (cms/worker). Start one per machine you
 * like: one leads, the others stand by and take over within ~15 s (SQLite lease) or ~2 s
 * (PostgreSQL advisory lock) when it dies. `npm start` runs one itself unless RUN_JOBS=false.
 *
 * `--no-start-build`: no catch-up rebuild at start (npm start has just built the first release).
 */
import { hubQueues } from '../worker/hubQueues'
import { runWorkerProcess } from '../worker/process'
import { openPayload } from './boot'

const payload = await openPayload()
await runWorkerProcess(
  payload,
  hubQueues({ buildSiteAtStart: !process.argv.includes('--no-start-build') }),
)
