import fs from 'node:fs/promises'
import path from 'node:path'

import { indexSite } from '@cms/scripts/site'
import { seedDemoContent } from '@cms/seed'
import type { DemoSite } from '../helpers/demoSite'
import { startTestHub } from '../helpers/payload'
import { buildTestSite } from '../helpers/site'

/** The password of the demo accounts in test databases. */
const DEMO_PASSWORD = 'mat-khau-thu-nghiem'

/**
 * Seeds the demo content into a new database, builds the site and its search index into `dir`
 * and writes `dir/ready.json` (a DemoSite). Run by test/helpers/demoSite.ts as a child process:
 * `node --import tsx test/setup/build-demo-site.ts <dir>`.
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
    await hub.close()
    const databaseFile = path.join(dir, 'hub.db')
    const mediaDir = path.join(dir, 'media')
    await fs.copyFile(hub.databaseFile!, databaseFile)
    await fs.copyFile(`${hub.databaseFile}-wal`, `${databaseFile}-wal`).catch(() => {})
    await fs.cp(hub.mediaDir, mediaDir, { recursive: true })
    return {
      databaseFile,
      mediaDir,
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

if (process.argv[1]?.endsWith('build-demo-site.ts')) {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: build-demo-site.ts <dir>')
  const site = await makeDemoSite(dir)
  await fs.writeFile(path.join(dir, 'ready.json'), JSON.stringify(site))
  process.exit(0)
}
