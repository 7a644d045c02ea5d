import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createTestDatabase } from './database'
import { freePort, spawnGroup, waitUntilReady } from './processGroup'

export type RunningHub = {
  cmsUrl: string
  siteUrl: string
  /** The password of every seeded demo account. */
  password: string
  /** Temporary folder with the uploads (and the database, on SQLite). */
  dir: string
  /** Uploads of this hub (MEDIA_DIR). */
  mediaDir: string
  /** The publish pipeline's folder of this hub (SITE_PUBLISH_DIR): releases, `current`. */
  publishDir: string
  output: () => string
  stop: () => Promise<void>
}

/** The seed writes the demo accounts to data/demo-accounts.txt; keep the developer's own copy. */
const ACCOUNTS_FILE = path.resolve('data/demo-accounts.txt')

/** Reads the developer's demo-accounts file now; the function returned puts it back as it was. */
export async function keepDemoAccountsFile(): Promise<() => Promise<void>> {
  const accounts = await fs.readFile(ACCOUNTS_FILE).catch(() => null)
  return async () => {
    if (accounts) await fs.writeFile(ACCOUNTS_FILE, accounts, { mode: 0o600 })
    else await fs.rm(ACCOUNTS_FILE, { force: true })
  }
}

/**
 * Runs `npm start` exactly as a new user would, but on a fresh temporary database (a SQLite
 * file, or a new database on the PostgreSQL server when DATABASE_URL is a postgres:// URL: see
 * test/helpers/database.ts), media folder and publish folder and on free ports, with a known
 * demo password. Waits for the "is running" line, which start.ts prints once the first site release is live and the API answers.
 *
 * The publish folder is inside the project (node_modules/.cache), never the default data/site:
 * Astro's server bundle, written there, resolves node_modules from where it is.
 */
export async function startHub({
  timeoutMs = 8 * 60_000,
  env = {},
}: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunningHub> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-e2e-'))
  const cache = path.resolve('node_modules/.cache')
  await fs.mkdir(cache, { recursive: true })
  const publishDir = await fs.mkdtemp(path.join(cache, 'hub-e2e-'))
  const mediaDir = path.join(dir, 'media')
  const database = await createTestDatabase(dir)
  const restoreAccounts = await keepDemoAccountsFile()
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const password = `e2e-${randomBytes(8).toString('hex')}`
  // Its own process group: stop() ends npm, the hub, Next, the build worker and the preview
  // server together.
  const hub = spawnGroup('npm', ['start'], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      MEDIA_DIR: mediaDir,
      SITE_PUBLISH_DIR: publishDir,
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      CMS_URL: `http://localhost:${cmsPort}`,
      SITE_URL: `http://localhost:${sitePort}`,
      SEED_PASSWORD: password,
      ...env,
    },
  })

  let stopped: Promise<void> | null = null
  const stop = () =>
    (stopped ??= (async () => {
      await hub.stop()
      await database.drop()
      await fs.rm(dir, { recursive: true, force: true })
      await fs.rm(publishDir, { recursive: true, force: true })
      await restoreAccounts()
    })())

  try {
    await waitUntilReady('npm start', hub, () => /is running/.test(hub.output()), timeoutMs)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    cmsUrl: `http://localhost:${cmsPort}`,
    siteUrl: `http://localhost:${sitePort}`,
    password,
    dir,
    mediaDir,
    publishDir,
    output: hub.output,
    stop,
  }
}
