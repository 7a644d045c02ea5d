import fs from 'node:fs/promises'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { inject } from 'vitest'

import type { SearchIndexReport } from '@channels/search/indexer'
import {
  publishLayout,
  switchCurrentRelease,
  switchLink,
  type PublishLayout,
} from '@cms/publish/layout'
import { launchChromium, serveStatic, type StaticServer } from './browser'
import { claimDir, runChildFixture, waitForReady } from './childFixture'
import type { HubFiles } from './payload'
import type { TestContent } from './testContent'
import { listPages, makeProjectTempDir } from './site'

/**
 * The demo content seeded once and built once per `vitest run`, with its search index: what the
 * suites that only read the demo site (pages, search, print, accessibility) share, and the
 * starting database of the suites that change the demo and build again (they get a copy:
 * `startTestHub({ from: await demoSite() })`).
 */
export type DemoSite = HubFiles & {
  /** The build's root (server bundle + client files) and the files a browser gets. */
  outDir: string
  clientDir: string
  /** The share cards the build drew (a suite that draws more copies it first). */
  cardCacheDir: string
  /** What Pagefind indexed. */
  searchIndex: SearchIndexReport
  /** Seconds the seed and the build took. */
  seconds: { seed: number; build: number }
}

/** The demo plus what the site suites add (test/helpers/testContent.ts), built once. */
export type TestSite = DemoSite & { content: TestContent }

/** The two sites a run builds: their directories, made by test/setup/global.ts. */
export const SITE_FIXTURES = { demo: 'demoSiteDir', test: 'testSiteDir' } as const
export type SiteFixture = keyof typeof SITE_FIXTURES

declare module 'vitest' {
  export interface ProvidedContext {
    demoSiteDir: string
    testSiteDir: string
  }
}

const WAIT_MS = 6 * 60_000

/**
 * The run's demo site. The global setup starts building it when the run begins (so it overlaps
 * the CMS suites); otherwise the first suite to ask builds it (claiming the directory with an
 * atomic mkdir). Either way it is built in a child process (test/setup/build-demo-site.ts), so
 * the suite's own Payload stays free; the others wait for `ready.json`, or fail with the
 * builder's error instead of waiting out their time.
 */
export const demoSite = (): Promise<DemoSite> => fixtureSite('demo')

/**
 * The run's test site: a copy of the demo's database with the site suites' own content
 * (pagination, hostile text, the preview's drafts), built once for the build and preview suites.
 */
export const testSite = (): Promise<TestSite> => fixtureSite('test') as Promise<TestSite>

async function fixtureSite(fixture: SiteFixture): Promise<DemoSite> {
  const dir = inject(SITE_FIXTURES[fixture])
  if (await claimSite(dir)) await runSiteBuilder(fixture, dir, inject('demoSiteDir')).done
  return waitForSite(dir)
}

/** The site built in `dir`, once `ready.json` is there (or the builder's error). */
export const waitForSite = (dir: string): Promise<DemoSite> =>
  waitForReady<DemoSite>(dir, 'The demo site', WAIT_MS)

/** True for the one caller that gets to build the site in `dir`. */
export const claimSite = claimDir

/**
 * Builds a site fixture into `dir` in a child process (the test site waits for the demo's);
 * `done` settles when it has written `ready.json`, or `failed.txt` with its output.
 */
export const runSiteBuilder = (fixture: SiteFixture, dir: string, demoDir: string) =>
  runChildFixture('test/setup/build-demo-site.ts', [fixture, dir, demoDir], dir)

/** The demo site served on a free port and open in a Chromium page (one per suite). */
export type DemoSiteInBrowser = {
  site: DemoSite
  /** Every HTML page of the build, as site paths. */
  pages: string[]
  server: StaticServer
  page: Page
  close: () => Promise<void>
}

/**
 * Launches Chromium first (a missing browser fails fast with its install hint), then serves the
 * run's demo site and opens a page.
 *
 * @example
 * const { page, server } = await openDemoSite()
 * await page.goto(`${server.origin}/tin-tuc/`)
 */
export async function openDemoSite(): Promise<DemoSiteInBrowser> {
  const browser = await launchChromium()
  const site = await demoSite()
  const server = await serveStatic(site.clientDir)
  return {
    site,
    pages: await listPages(site.clientDir),
    server,
    page: await browser.newPage(),
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

/**
 * Lays a built site out as the publish pipeline's live release, in a new directory inside the
 * project: its public files, its Astro server (the form routes, rendered on request) and its
 * search index, for `startLiveSite({ layout })`.
 *
 * @example
 * const { layout, cleanup } = await layOutAsRelease(await demoSite(), 'hub-lighthouse-')
 * const live = await startLiveSite({ layout, port: 0, host: '127.0.0.1' })
 */
export async function layOutAsRelease(
  site: DemoSite,
  prefix: string,
): Promise<{ layout: PublishLayout; cleanup: () => Promise<void> }> {
  const dir = await makeProjectTempDir(prefix)
  const layout = publishLayout(dir)
  const release = path.join(layout.releases, 'demo')
  await fs.mkdir(release, { recursive: true })
  await fs.symlink(site.clientDir, path.join(release, 'public'))
  await fs.symlink(path.join(site.outDir, 'server'), path.join(release, 'server'))
  await switchCurrentRelease(layout, release)
  await switchLink(layout.root, layout.searchCurrent, path.join(site.clientDir, 'pagefind'))
  return { layout, cleanup: () => fs.rm(dir, { recursive: true, force: true }) }
}

/**
 * For a script run outside vitest (`npm run lighthouse`, `bench:views`): the demo site a
 * test/setup/build-demo-site.ts run left in `dir`, or, without one, a new one built into a
 * temporary directory that `cleanup` removes.
 */
export async function demoSiteForScript(
  dir: string | undefined,
  prefix: string,
): Promise<{ site: DemoSite; cleanup: () => Promise<void> }> {
  if (dir) return { site: await waitForSite(dir), cleanup: async () => {} }
  const made = await makeProjectTempDir(prefix)
  console.error('Building the demo site…')
  await runSiteBuilder('demo', made, made).done
  return {
    site: await waitForSite(made),
    cleanup: () => fs.rm(made, { recursive: true, force: true }),
  }
}
