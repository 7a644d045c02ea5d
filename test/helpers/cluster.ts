import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { adminBuildIsCurrent, buildAdmin } from '@cms/scripts/adminBuild'
import { writeStandaloneConfig } from '../../deploy/nginx/render'
import { createTestDatabase } from './database'
import { answers, freePort, spawnGroup, waitUntilReady, type ProcessGroup } from './processGroup'
import { keepDemoAccountsFile } from './runningHub'

/**
 * The production topology on one machine (docs/DEPLOYMENT.md, Topology), on free local ports:
 *
 *   nginx (deploy/nginx, its own prefix) ─┬─ CMS instance A  (npm run serve:cms)
 *                                         ├─ CMS instance B  (npm run serve:cms)
 *                                         └─ live site server ┐ the worker: publisher and
 *      page store on disk (SITE_PUBLISH_DIR) ◄────────────────┘ live site server
 *
 * all on one database (DATABASE_URL), one MEDIA_DIR and the same secrets, every web process
 * with TRUSTED_PROXY_HOPS=1.
 */
export type Cluster = {
  /** The public site and the CMS, through nginx. */
  siteUrl: string
  cmsUrl: string
  /** The live site server itself (what nginx passes on to). */
  liveSiteUrl: string
  /** The CMS instances themselves. */
  instances: { name: string; url: string; port: number }[]
  /** The password of every seeded demo account. */
  password: string
  mediaDir: string
  publishDir: string
  /** nginx's access log so far (format hub_upstream: `upstream=` names who answered). */
  accessLog: () => string
  /** The output of every process, for failure messages. */
  output: () => string
  stop: () => Promise<void>
}

/** Debian's nginx, or NGINX_PATH. */
export function nginxBinary(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', 'nginx'].filter(Boolean)
  for (const candidate of candidates as string[]) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' })
      return candidate
    } catch {}
  }
  throw new Error(
    'The cluster test needs nginx: apt-get install nginx (the system service is never started), or set NGINX_PATH.',
  )
}

/**
 * The database of the cluster, from DATABASE_URL like every other command (`npm run
 * test:cluster` sets it to the local PostgreSQL server, POSTGRES_URL): a fresh database on that
 * server, dropped afterwards (test/helpers/database.ts); a SQLite file in `dir` when it is
 * unset or a file (two instances then share one SQLite file in WAL mode).
 */
const clusterDatabase = (dir: string) => createTestDatabase(dir)

/**
 * The machine with the page store: `npm start` — its worker child takes the database lock and
 * publishes (it migrates, seeds an empty database and builds the first release before it says
 * it is running), its live site server answers what nginx passes on, and its own CMS server (on
 * `cmsPort`) stays outside nginx, which balances the two CMS instances only.
 */
function startWorker(env: NodeJS.ProcessEnv, cmsPort: number): ProcessGroup {
  return spawnGroup('npm', ['start'], { env: { ...env, CMS_PORT: String(cmsPort) } })
}
const workerIsReady = (worker: ProcessGroup) => /is running/.test(worker.output())

/** Runs `task` with `values` in process.env (for code that reads it), then puts it back. */
async function withEnvironment<T>(values: Record<string, string>, task: () => Promise<T>) {
  const before = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]))
  Object.assign(process.env, values)
  try {
    return await task()
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

/** Starts the cluster (several minutes: admin build if stale, seed, first site release). */
export async function startCluster({
  timeoutMs = 10 * 60_000,
  env = {},
}: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<Cluster> {
  const nginx = nginxBinary()
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'hub-cluster-'))
  // Inside the project: Astro's server bundle resolves node_modules from where it is written.
  const cache = path.resolve('node_modules/.cache')
  await fsp.mkdir(cache, { recursive: true })
  const publishDir = await fsp.mkdtemp(path.join(cache, 'hub-cluster-'))
  const mediaDir = path.join(dir, 'media')
  const nginxPrefix = path.join(dir, 'nginx')
  const restoreAccounts = await keepDemoAccountsFile()
  const groups: { name: string; group: ProcessGroup }[] = []
  let database: { drop: () => Promise<void> } | null = null

  let stopped: Promise<void> | null = null
  const stop = () =>
    (stopped ??= (async () => {
      // nginx first (no new requests), then the instances, then the worker.
      for (const { group } of [...groups].reverse()) await group.stop()
      await database?.drop().catch(() => {})
      await fsp.rm(dir, { recursive: true, force: true })
      await fsp.rm(publishDir, { recursive: true, force: true })
      await restoreAccounts()
    })())
  const output = () =>
    groups.map(({ name, group }) => `--- ${name}\n${group.output().slice(-3000)}`).join('\n')

  try {
    const secrets = {
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      PREVIEW_SECRET: randomBytes(32).toString('hex'),
      FORM_SECRET: randomBytes(32).toString('hex'),
    }
    // The instances serve the admin build; `npm start` would make it, `npm run worker` will not.
    // Next.js loads the Payload config while building, which needs the secrets.
    if (!adminBuildIsCurrent()) await withEnvironment(secrets, () => buildAdmin())
    const db = await clusterDatabase(dir)
    database = db
    const [workerCmsPort, livePort, portA, portB, sitePort, cmsPort, viewsPort] = await Promise.all(
      Array.from({ length: 7 }, () => freePort()),
    )
    const siteUrl = `http://127.0.0.1:${sitePort}`
    const cmsUrl = `http://127.0.0.1:${cmsPort}`
    const password = `cluster-${randomBytes(8).toString('hex')}`
    const shared: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      MEDIA_DIR: mediaDir,
      SITE_PUBLISH_DIR: publishDir,
      // One set of secrets: a session signed by one instance is valid on the other.
      ...secrets,
      CMS_URL: cmsUrl,
      SITE_URL: siteUrl,
      SITE_PORT: String(livePort),
      SITE_HOST: '127.0.0.1',
      // nginx reports the pages it sends from disk here (UDP), so they count as page views.
      SITE_PAGE_VIEWS_PORT: String(viewsPort),
      TRUSTED_PROXY_HOPS: '1',
      SEED_PASSWORD: password,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    }

    const worker = startWorker(shared, workerCmsPort)
    groups.push({ name: 'worker', group: worker })
    await waitUntilReady('The worker', worker, () => workerIsReady(worker), timeoutMs)

    const instances = [
      { name: 'A', port: portA },
      { name: 'B', port: portB },
    ].map((instance) => ({ ...instance, url: `http://127.0.0.1:${instance.port}` }))
    for (const instance of instances) {
      const group = spawnGroup('npm', ['run', 'serve:cms'], {
        env: { ...shared, PORT: String(instance.port) },
      })
      groups.push({ name: `instance ${instance.name}`, group })
    }
    await Promise.all(
      instances.map((instance, i) =>
        waitUntilReady(
          `CMS instance ${instance.name}`,
          groups[1 + i]!.group,
          () => answers(`${instance.url}/api/users/me`),
          3 * 60_000,
        ),
      ),
    )

    const conf = writeStandaloneConfig({
      prefix: nginxPrefix,
      cmsInstances: instances.map((instance) => `127.0.0.1:${instance.port}`),
      liveSite: `127.0.0.1:${livePort}`,
      publishDir,
      siteListen: `127.0.0.1:${sitePort}`,
      cmsListen: `127.0.0.1:${cmsPort}`,
      pageViewReports: `127.0.0.1:${viewsPort}`,
      // Started as root, its workers would otherwise be `nobody`, who cannot read temp dirs.
      user: process.getuid?.() === 0 ? os.userInfo().username : undefined,
    })
    // SIGQUIT: nginx's graceful stop (SIGTERM would be its fast stop; both end the group).
    const proxy = spawnGroup(
      nginx,
      ['-p', nginxPrefix, '-c', conf, '-e', path.join(nginxPrefix, 'error.log')],
      { env: process.env, signal: 'SIGQUIT' },
    )
    groups.push({ name: 'nginx', group: proxy })
    await waitUntilReady(
      'nginx',
      proxy,
      async () => (await answers(`${siteUrl}/`)) && (await answers(`${cmsUrl}/api/users/me`)),
      30_000,
    )

    return {
      siteUrl,
      cmsUrl,
      liveSiteUrl: `http://127.0.0.1:${livePort}`,
      instances,
      password,
      mediaDir,
      publishDir,
      accessLog: () => {
        try {
          return fs.readFileSync(path.join(nginxPrefix, 'access.log'), 'utf8')
        } catch {
          return ''
        }
      },
      output,
      stop,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const logs = output()
    await stop()
    throw new Error(`${message}\n${logs}`)
  }
}
