import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildSearchIndex } from '@channels/search/indexer'
import { readSitePages, type SitePages } from '@channels/sitePages'
import { CONTENT_COLLECTIONS } from '@collections/vocabulary/contentTypes'
import { runSiteBuild } from './build'
import {
  changedFiles,
  fileIndexFromJson,
  fileIndexToJson,
  indexFiles,
  pruneFiles,
  readJson,
  snapshotFiles,
  writeJson,
  type FileIndex,
  type FileStamp,
} from './files'
import {
  acquirePublishLock,
  newReleaseId,
  publishLayout,
  readCurrentRelease,
  releasePublicDir,
  removeOldReleases,
  switchCurrentRelease,
  switchLink,
  type PublishLayout,
} from './layout'
import {
  buildPageManifest,
  buildRedirects,
  countItems,
  pagePathOf,
  type PageManifest,
  type RedirectMap,
} from './manifest'
import { countPendingRebuilds, requestSiteRebuild } from './queue'
import { writeSiteStatus } from './status'
import { PORTAL_TIME_ZONE } from '@collections/vocabulary/timeZone'

/** What a release records about itself (releases/<id>/release.json). */
export type ReleaseInfo = {
  id: string
  createdAt: string
  trigger: string | null
  publishedItems: number
  pagesTotal: number
  pagesRendered: number
  pagesReused: number
  buildSeconds: number
}

/** What a new build is checked against before it may go live. */
export type BuildFacts = {
  pages: Set<string>
  manifest: PageManifest
  publishedItems: number
  /** Items the CMS had published when the build started. */
  expectedItems: number
  previous: ReleaseInfo | null
}

export type PublishOptions = {
  payload: Payload
  layout?: PublishLayout
  /** What triggered the build, for the status record. */
  trigger?: string
  /** Every line of the build's output (e.g. to print it). */
  onBuildLine?: (line: string) => void
  /** The build child's process id, once it runs (e.g. to sample its memory). */
  onBuildSpawn?: (pid: number) => void
  signal?: AbortSignal
  /** Releases kept on disk, the live one included (default 3). */
  keepReleases?: number
  /** Extra checks: return a reason to keep the old site live. */
  check?: (facts: BuildFacts) => string | null
}

export type PublishResult =
  | ({
      ok: true
      release: string
      seconds: number
      pruned: number
      redirects: number
      /** Whether an item page was written or removed (or there is no index yet): re-index. */
      searchStale: boolean
    } & Omit<ReleaseInfo, 'id' | 'createdAt' | 'trigger'>)
  | { ok: false; reason: string; log: string[]; seconds: number; interrupted?: boolean }

/** Publishes running in this process, so a stopping server can end their builds. */
const running = new Set<AbortController>()

/** Stops the builds this process is running; their publish ends as interrupted (not failed). */
export function abortPublishing(): void {
  for (const controller of running) controller.abort()
}

/** The sanity checks every build passes before it goes live (a reason, or null when sound). */
export function checkBuild(facts: BuildFacts): string | null {
  for (const page of ['/', '/404.html']) {
    if (!facts.pages.has(page)) return `The build has no ${page} page.`
  }
  if (facts.expectedItems > 0 && facts.publishedItems === 0) {
    return `The build has no item pages, but the CMS has ${facts.expectedItems} published items.`
  }
  const before = facts.previous?.publishedItems ?? 0
  if (before > 0 && facts.publishedItems === 0) {
    return `The number of published items fell from ${before} to 0; the live site was kept. If this is intended, publish one item (or remove data/site/current) and the portal is rebuilt.`
  }
  return null
}

/** How many items the CMS has published right now (what a build should show). */
export async function countPublishedItems(payload: Payload): Promise<number> {
  const counts = await Promise.all(
    CONTENT_COLLECTIONS.map((collection) =>
      payload.count({
        collection,
        overrideAccess: true,
        where: { _status: { equals: 'published' } },
      }),
    ),
  )
  return counts.reduce((sum, { totalDocs }) => sum + totalDocs, 0)
}

/** The output files the incremental manifest says belong to this build (client files only). */
async function incrementalOutputs(layout: PublishLayout): Promise<Set<string>> {
  type Manifest = { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> }
  const manifest = await readJson<Manifest>(path.join(layout.cache, 'incremental-build.json'))
  const outputs = new Set<string>()
  for (const route of Object.values(manifest?.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) {
      if (entry.outputFile?.startsWith('client/'))
        outputs.add(entry.outputFile.slice('client/'.length))
    }
  }
  return outputs
}

type PreviousRelease = {
  dir: string
  info: ReleaseInfo | null
  pages: PageManifest
  redirects: RedirectMap
  files: FileIndex
}

async function readPreviousRelease(layout: PublishLayout): Promise<PreviousRelease | null> {
  const dir = await readCurrentRelease(layout)
  if (!dir) return null
  const [info, pages, redirects, files] = await Promise.all([
    readJson<ReleaseInfo>(path.join(dir, 'release.json')),
    readJson<PageManifest>(path.join(dir, 'pages.json')),
    readJson<RedirectMap>(path.join(dir, 'redirects.json')),
    readJson<Record<string, FileStamp>>(path.join(dir, 'files.json')),
  ])
  return {
    dir,
    info,
    pages: pages ?? {},
    redirects: redirects ?? {},
    files: fileIndexFromJson(files ?? {}),
  }
}

/**
 * Builds the site incrementally and puts it live atomically, or keeps the old site live:
 *
 * 1. Astro builds into a work directory that keeps the previous build (only changed pages are
 *    rendered; unchanged ones stay where they are).
 * 2. Files the build did not produce (pages of deleted, unpublished or renamed items) are
 *    pruned: a file stays only if this build wrote it or Astro's incremental manifest lists it.
 * 3. The build is checked (home and 404 pages exist, items did not fall to zero…).
 * 4. A new release is made: unchanged files are hard-linked from the live release, changed ones
 *    copied; with it the item → URL manifest (from the page manifest the build emits,
 *    `/site-pages.json`) and the redirects from old URLs.
 * 5. `current` is switched to the new release by rename(2).
 *
 * A failed build, an unreadable database or a failed check stops before step 5 and records
 * the reason and the end of the build log in the `site-status` global. One publish runs at a
 * time (lock file), whichever process runs it.
 */
export async function publishSite(options: PublishOptions): Promise<PublishResult> {
  const { payload } = options
  const layout = options.layout ?? publishLayout()
  const unlock = await acquirePublishLock(layout)
  const controller = new AbortController()
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true })
  running.add(controller)
  const started = Date.now()
  const trigger = options.trigger ?? null
  await writeSiteStatus(payload, {
    state: 'building',
    startedAt: new Date(started).toISOString(),
    ...(trigger ? { trigger } : {}),
    summary: 'Đang dựng cổng thông tin… / Building the portal…',
  })
  try {
    const result = await buildRelease({ ...options, signal: controller.signal }, layout, started)
    if (!result.ok && controller.signal.aborted) {
      // Stopped with the server: queued again, so the next start finishes the job.
      await requestSiteRebuild(payload, { reason: 'build interrupted by a restart' })
      await writeSiteStatus(payload, {
        state: 'queued',
        summary:
          'Lần dựng bị dừng; sẽ dựng lại khi máy chủ chạy lại. / Build interrupted; it runs again at the next start.',
      })
      return { ...result, interrupted: true }
    }
    const pending = await countPendingRebuilds(payload).catch(() => 0)
    const now = new Date().toISOString()
    if (result.ok) {
      await writeSiteStatus(payload, {
        state: pending > 0 ? 'queued' : 'live',
        liveAt: now,
        release: result.release,
        durationSeconds: result.seconds,
        pagesRendered: result.pagesRendered,
        pagesReused: result.pagesReused,
        pagesTotal: result.pagesTotal,
        publishedItems: result.publishedItems,
        failureReason: null,
        logExcerpt: null,
        summary:
          `Lên trang lúc ${formatTime(now)}: dựng trong ${result.seconds.toFixed(1)} giây, ` +
          `${result.pagesRendered} trang dựng lại, ${result.pagesReused} trang dùng lại. / ` +
          `Live: built in ${result.seconds.toFixed(1)} s, ${result.pagesRendered} pages rendered, ` +
          `${result.pagesReused} reused.`,
      })
      // Live already; the search index follows (Pagefind reads every page, so it is not part
      // of the seconds between a publish and its page going live).
      if (!controller.signal.aborted && result.searchStale) await indexSearch(layout, options)
      await removeOldReleases(layout, options.keepReleases ?? 3).catch((error) =>
        payload.logger.warn({ err: error, msg: 'Could not remove old site releases' }),
      )
    } else {
      await writeSiteStatus(payload, {
        state: pending > 0 ? 'queued' : 'failed',
        failedAt: now,
        durationSeconds: result.seconds,
        failureReason: result.reason,
        logExcerpt: result.log.join('\n').slice(-6000),
        summary: `Dựng lỗi lúc ${formatTime(now)}; trang đang chạy không đổi. / Build failed; the live site was kept.`,
      })
    }
    return result
  } finally {
    running.delete(controller)
    await unlock()
  }
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('vi-VN', { timeZone: PORTAL_TIME_ZONE })
}

async function buildRelease(
  options: PublishOptions,
  layout: PublishLayout,
  started: number,
): Promise<PublishResult> {
  const seconds = () => (Date.now() - started) / 1000
  const fail = (reason: string, log: string[] = []): PublishResult => ({
    ok: false,
    reason,
    log,
    seconds: seconds(),
  })

  await Promise.all(
    [layout.workClient, layout.cache, layout.releases].map((dir) =>
      fs.mkdir(dir, { recursive: true }),
    ),
  )
  // A build that failed or was killed (crash, power cut) may have rewritten pages without
  // recording them in Astro's manifest; the marker is set while a build runs. The next build
  // then renders every page once (no manifest), so nothing stale can be reused.
  if (await exists(layout.dirty)) {
    await fs.rm(path.join(layout.cache, 'incremental-build.json'), { force: true })
  }
  // The server bundle is rebuilt every time; old chunks would only pile up.
  await fs.rm(path.join(layout.work, 'server'), { recursive: true, force: true })

  const [before, previous] = await Promise.all([
    indexFiles(layout.workClient),
    readPreviousRelease(layout),
  ])

  let expectedItems: number
  try {
    expectedItems = await countPublishedItems(options.payload)
  } catch (error) {
    return fail(`Cannot read the CMS database: ${(error as Error).message}`)
  }

  await fs.writeFile(layout.dirty, new Date().toISOString())
  const build = await runSiteBuild({
    outDir: layout.work,
    cacheDir: layout.cache,
    signal: options.signal,
    onLine: options.onBuildLine,
    onSpawn: options.onBuildSpawn,
  })
  const after = await indexFiles(layout.workClient)
  const written = changedFiles(before, after)
  if (build.ok || written.size === 0) await fs.rm(layout.dirty, { force: true })
  if (!build.ok) return fail(build.error ?? 'The site build failed.', build.log)
  let built: SitePages
  try {
    built = await readSitePages(layout.workClient)
  } catch (error) {
    return fail(`The build wrote no page manifest: ${(error as Error).message}`, build.log)
  }

  const outputs = await incrementalOutputs(layout)
  const keep = new Set([...written, ...[...outputs].filter((file) => after.has(file))])
  const pruned = await pruneFiles(layout.workClient, after, keep)

  const pages = new Set<string>()
  let pagesRendered = 0
  for (const file of after.keys()) {
    const page = pagePathOf(file)
    if (!page) continue
    pages.add(page)
    if (written.has(file)) pagesRendered++
  }
  const manifest = buildPageManifest(built.urls, previous?.pages ?? {}, pages)
  const facts: BuildFacts = {
    pages,
    manifest,
    publishedItems: countItems(manifest),
    expectedItems,
    previous: previous?.info ?? null,
  }
  const problem = checkBuild(facts) ?? options.check?.(facts) ?? null
  if (problem) return fail(problem, build.log)

  const redirects = buildRedirects(
    previous?.pages ?? {},
    previous?.redirects ?? {},
    manifest,
    pages,
  )
  const id = newReleaseId()
  const releaseDir = path.join(layout.releases, id)
  await snapshotFiles({
    from: layout.workClient,
    to: releasePublicDir(releaseDir),
    files: after,
    previous: previous ? { dir: releasePublicDir(previous.dir), files: previous.files } : null,
  })
  // The server bundle goes with the release: the site's on-demand routes (the draft preview)
  // run from it (see server.ts). It is rebuilt by every build, so it is copied (3–4 MB).
  if (await exists(path.join(layout.work, 'server', 'entry.mjs'))) {
    await fs.cp(path.join(layout.work, 'server'), path.join(releaseDir, 'server'), {
      recursive: true,
    })
  }
  const info: ReleaseInfo = {
    id,
    createdAt: new Date().toISOString(),
    trigger: options.trigger ?? null,
    publishedItems: facts.publishedItems,
    pagesTotal: pages.size,
    pagesRendered,
    pagesReused: pages.size - pagesRendered,
    buildSeconds: build.seconds,
  }
  await Promise.all([
    writeJson(path.join(releaseDir, 'pages.json'), manifest),
    writeJson(path.join(releaseDir, 'redirects.json'), redirects),
    writeJson(path.join(releaseDir, 'files.json'), fileIndexToJson(after)),
    writeJson(path.join(releaseDir, 'release.json'), info),
  ])
  await switchCurrentRelease(layout, releaseDir)
  const { id: _id, createdAt: _createdAt, trigger: _trigger, ...stats } = info
  return {
    ok: true,
    release: id,
    seconds: seconds(),
    pruned: pruned.length,
    redirects: Object.values(redirects).filter((r) => r.to).length,
    searchStale:
      !(await exists(layout.searchCurrent)) ||
      (await itemPagesChanged(previous, built.itemPages, written)),
    ...stats,
  }
}

/**
 * Whether the search index is behind the new build: an item page was written, or the set of
 * item pages differs from the live release's (one was removed). A release without a page
 * manifest (made before there was one) counts as different.
 */
async function itemPagesChanged(
  previous: PreviousRelease | null,
  itemPages: string[],
  written: Set<string>,
): Promise<boolean> {
  if (itemPages.some((file) => written.has(file))) return true
  const before = previous
    ? await readSitePages(releasePublicDir(previous.dir)).catch(() => null)
    : null
  return before?.itemPages.join('\n') !== itemPages.join('\n')
}

async function exists(file: string): Promise<boolean> {
  return fs
    .access(file)
    .then(() => true)
    .catch(() => false)
}

/**
 * Rebuilds the search index (Pagefind) from the item pages of the work directory into
 * `search/<id>/` and switches `search-current` to it (the live server serves `/pagefind/` from
 * there). It runs after the pages went live, so until it is done a search may miss the newest
 * item; the page releases never carry the index (it would double the files every publish
 * links). A failure is logged and keeps the previous index; the publish itself succeeded.
 */
export async function indexSearch(
  layout: PublishLayout,
  options: Pick<PublishOptions, 'payload' | 'onBuildLine'>,
): Promise<{ id: string; pages: number; seconds: number } | null> {
  const { payload } = options
  try {
    const id = newReleaseId()
    const dir = path.join(layout.search, id)
    const { itemPages } = await readSitePages(layout.workClient)
    const search = await buildSearchIndex(layout.workClient, itemPages, { outputPath: dir })
    options.onBuildLine?.(
      `Search index: ${search.pages} pages, ${(search.bytes / 1024).toFixed(0)} KiB in ${search.seconds.toFixed(1)} s`,
    )
    await switchLink(layout.root, layout.searchCurrent, dir)
    // The live index and the one before (a search that began on it may still load files).
    const names = (await fs.readdir(layout.search)).sort()
    for (const name of names.slice(0, -2)) {
      await fs.rm(path.join(layout.search, name), { recursive: true, force: true })
    }
    return { id, pages: search.pages, seconds: search.seconds }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'The search index could not be rebuilt' })
    return null
  }
}
