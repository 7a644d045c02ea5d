/**
 * `npm start`: the whole hub on one machine, from a fresh clone.
 * 1. `.env` with random secrets (first run only); embedded SQLite unless DATABASE_URL says otherwise
 * 2. migrations and fresh query statistics; demo content when the database is empty (accounts
 *    printed once, saved to data/)
 * 3. the admin build, reused when its sources did not change
 * 4. the public site's first release (cms/publish) when there is none yet
 * 5. the CMS server (Next.js with the admin and the REST/GraphQL API); the live site server,
 *    which counts page views (cms/pageViews); and the worker (`npm run worker` as a child
 *    process, cms/worker), which runs scheduled publishing and the site publisher — it rebuilds
 *    the portal incrementally on every public change and switches it live atomically — until
 *    Ctrl+C
 *
 * RUN_JOBS=false leaves out the worker and the first release: a web instance of a cluster,
 * whose jobs run in `npm run worker` elsewhere (docs/DEPLOYMENT.md, "Worker").
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'

import {
  publishLayout,
  publishSite,
  readCurrentRelease,
  refreshQueryStatistics,
  startLiveSite,
} from '../publish'
import { createPageViewRecorder } from '../pageViews/recorder'
import { isDatabaseEmpty, seedDemoContent } from '../seed'
import { adminBuildIsCurrent, buildAdmin } from './adminBuild'
import { openPayload } from './boot'
import { printAccounts } from './seed'
import { SITE_PORT } from './site'
import { superviseWorker } from './superviseWorker'

const CMS_PORT = Number(process.env.CMS_PORT || process.env.PORT || 3000)
/** Whether this `npm start` runs the worker (jobs and publishing): yes unless RUN_JOBS=false. */
const RUN_JOBS = !/^(false|0|no|off)$/i.test(process.env.RUN_JOBS?.trim() ?? '')

async function prepareDatabase(): Promise<Payload> {
  const payload = await openPayload()
  await refreshQueryStatistics(payload).catch((error) =>
    payload.logger.warn({ err: error, msg: 'Could not refresh the database statistics' }),
  )
  if (await isDatabaseEmpty(payload)) {
    console.log('Empty database: adding the demo content…')
    const result = await seedDemoContent(payload, { log: (msg) => console.log(`  ${msg}`) })
    console.log(`Demo content ready (${result.created} items).`)
    printAccounts(result)
  }
  return payload
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

async function main() {
  const started = Date.now()
  const payload = await prepareDatabase()
  if (!adminBuildIsCurrent()) {
    console.log('Building the admin (first start or changed sources, ~30–60 s)…')
    await buildAdmin()
  }
  const layout = publishLayout()
  // Building is the worker's: a web instance serves what the worker publishes.
  const firstRelease = RUN_JOBS && !(await readCurrentRelease(layout))
  if (firstRelease) {
    console.log('Building the public site from the CMS content (first release)…')
    const result = await publishSite({
      payload,
      layout,
      trigger: 'first start',
      onBuildLine: (line) => console.log(`  ${line}`),
    })
    if (!result.ok) {
      throw new Error(
        `The first build of the public site failed: ${result.reason}\n${result.log.join('\n')}`,
      )
    }
    console.log(`Public site built in ${result.seconds.toFixed(1)} s (${result.pagesTotal} pages).`)
  }

  const cmsUrl = `http://localhost:${CMS_PORT}`
  // Next.js behind the CMS server, which gives it the real client address (cms/scripts/server.ts).
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('cms/scripts/server.ts')],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        PORT: String(CMS_PORT),
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  )
  // Views per page and day, without cookies or addresses (cms/pageViews), saved every 10 s.
  const pageViews = createPageViewRecorder(payload)
  const site = await startLiveSite({ layout, port: SITE_PORT, onPageView: pageViews.record })
  // An existing release may be older than the content or the site code: the worker's first
  // build (incremental, so nothing unchanged is rendered) brings it up to date.
  const worker = RUN_JOBS ? superviseWorker({ skipStartBuild: firstRelease }) : null

  let stopping: Promise<void> | null = null
  const stop = (code: number) => {
    stopping ??= (async () => {
      server.kill('SIGTERM')
      await Promise.allSettled([worker?.stop(), site.close().then(() => pageViews.stop())])
      await payload.destroy().catch(() => {})
      process.exit(code)
    })()
    return stopping
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  // The CMS server ending ends the hub (and takes the site down with it).
  server.on('exit', (code, signal) => void stop(code ?? (signal ? 0 : 1)))

  await waitForHttp(`${cmsUrl}/api/users/me`, 60_000)
  const jobs = worker
    ? `the worker (${await Promise.race([
        worker.ready.then((state) =>
          state === 'leader' ? 'leading' : 'standing by: another worker leads',
        ),
        new Promise((resolve) => setTimeout(() => resolve('starting'), 60_000)),
      ])})`
    : 'not here (RUN_JOBS=false): run `npm run worker`'
  console.log(
    [
      '',
      `Hải Phòng Innovation News Hub is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):`,
      `  Public site:  ${site.url}/  (English: ${site.url}/en/)`,
      `  Admin (CMS):  ${cmsUrl}/admin`,
      `  REST API:     ${cmsUrl}/api/articles`,
      `  Jobs and publishing: ${jobs}`,
      `  Log in with a demo account from data/demo-accounts.txt (made by the seed on first start).`,
      '  Publishing in the admin puts the change live on the portal within seconds',
      `  (state: ${cmsUrl}/admin/globals/site-status).`,
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  )
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
