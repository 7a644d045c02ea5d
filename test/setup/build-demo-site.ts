import fs from 'node:fs/promises'
import path from 'node:path'

import { indexSite } from '@cms/scripts/site'
import { seedDemoContent } from '@cms/seed'
import { waitForSite, type DemoSite, type TestSite } from '../helpers/demoSite'
import { startTestHub, type HubFiles, type TestHub } from '../helpers/payload'
import { buildTestSite } from '../helpers/site'
import { addTestContent } from '../helpers/testContent'

/** The password of the demo accounts in test databases. */
const DEMO_PASSWORD = 'mat-khau-thu-nghiem'

/** Closes the hub and copies its database and uploads into `dir`, for the suites to copy. */
async function keepDatabase(hub: TestHub, dir: string): Promise<HubFiles> {
  await hub.close()
  const databaseFile = path.join(dir, 'hub.db')
  const mediaDir = path.join(dir, 'media')
  await fs.copyFile(hub.databaseFile!, databaseFile)
  await fs.copyFile(`${hub.databaseFile}-wal`, `${databaseFile}-wal`).catch(() => {})
  await fs.cp(hub.mediaDir, mediaDir, { recursive: true })
  return { databaseFile, mediaDir }
}

/**
 * Seeds the demo content into a new database, builds the site and its search index into `dir`.
 */
async function makeDemoSite(dir: string): Promise<DemoSite> {
  const started = Date.now()
  const hub = await startTestHub()
  try {
    await seedDemoContent(hub.payload, { password: DEMO_PASSWORD })
    const seeded = Date.now()
    const cardCacheDir = path.join(dir, 'og-cache')
    process.env.OG_CACHE_DIR = cardCacheDir
    const site = await buildTestSite({ dir: path.join(dir, 'site') })
    const searchIndex = await indexSite(site.clientDir)
    const files = await keepDatabase(hub, dir)
    return {
      ...files,
      outDir: site.outDir,
      clientDir: site.clientDir,
      cardCacheDir,
      searchIndex,
      seconds: { seed: (seeded - started) / 1000, build: (Date.now() - seeded) / 1000 },
    }
  } finally {
    await hub.cleanup()
  }
}

/**
 * A copy of the demo's database, with the site suites' content added, built into `dir` with a
 * copy of the demo's share cards (only the new items' cards are drawn).
 */
async function makeTestSite(dir: string, demoDir: string): Promise<TestSite> {
  const demo = await waitForSite(demoDir)
  const started = Date.now()
  const hub = await startTestHub({ from: demo })
  try {
    const content = await addTestContent(hub.payload)
    const seeded = Date.now()
    const cardCacheDir = path.join(dir, 'og-cache')
    await fs.cp(demo.cardCacheDir, cardCacheDir, { recursive: true, preserveTimestamps: true })
    process.env.OG_CACHE_DIR = cardCacheDir
    const site = await buildTestSite({ dir: path.join(dir, 'site') })
    const files = await keepDatabase(hub, dir)
    return {
      ...files,
      outDir: site.outDir,
      clientDir: site.clientDir,
      cardCacheDir,
      searchIndex: demo.searchIndex,
      seconds: { seed: (seeded - started) / 1000, build: (Date.now() - seeded) / 1000 },
      content,
    }
  } finally {
    await hub.cleanup()
  }
}

/**
 * Run by test/helpers/demoSite.ts as a child process, writing `<dir>/ready.json`:
 * `node --import tsx test/setup/build-demo-site.ts demo|test <dir> <demo dir>`.
 */
if (process.argv[1]?.endsWith('build-demo-site.ts')) {
  const [fixture, dir, demoDir] = process.argv.slice(2)
  if (!dir || !demoDir) throw new Error('usage: build-demo-site.ts demo|test <dir> <demo dir>')
  const site = fixture === 'test' ? await makeTestSite(dir, demoDir) : await makeDemoSite(dir)
  await fs.writeFile(path.join(dir, 'ready.json'), JSON.stringify(site))
  process.exit(0)
}
