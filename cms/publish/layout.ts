import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Where the publish pipeline keeps its files (SITE_PUBLISH_DIR, default `data/site`, git-ignored):
 *
 * ```
 * work/               Astro's outDir, kept between builds (`emptyOutDir: false`): unchanged
 *                     pages stay in place, so an incremental build writes only what changed
 * cache/              Astro's cacheDir: the incremental-build manifest and the content store
 * releases/<id>/      immutable snapshots: public/ (what is served), pages.json (item → URL),
 *                     redirects.json (old URL → new URL), files.json, release.json
 * current             symlink to releases/<id>, replaced atomically (rename) by every publish
 * search/<id>/        search indexes (Pagefind), served at /pagefind/ from search-current
 * search-current      symlink to search/<id>, replaced atomically after each re-index
 * publish.lock        held while a publish runs (one build at a time, across processes)
 * ```
 *
 * The directory must be inside the project: Astro's server bundle (written to work/server)
 * resolves node_modules from where it is written.
 */
export type PublishLayout = {
  root: string
  work: string
  workClient: string
  cache: string
  releases: string
  current: string
  lock: string
  /** Marks a work directory that a failed build left half-written (see pipeline). */
  dirty: string
  /** Process id of the running publisher (startSitePublisher). */
  publisherPid: string
  /** Search indexes, one directory each, and the link to the live one. */
  search: string
  searchCurrent: string
}

export function sitePublishDir(): string {
  return path.resolve(process.env.SITE_PUBLISH_DIR || path.join(process.cwd(), 'data', 'site'))
}

export function publishLayout(root = sitePublishDir()): PublishLayout {
  const absolute = path.resolve(root)
  return {
    root: absolute,
    work: path.join(absolute, 'work'),
    workClient: path.join(absolute, 'work', 'client'),
    cache: path.join(absolute, 'cache'),
    releases: path.join(absolute, 'releases'),
    current: path.join(absolute, 'current'),
    lock: path.join(absolute, 'publish.lock'),
    dirty: path.join(absolute, 'work', '.dirty'),
    publisherPid: path.join(absolute, 'publisher.pid'),
    search: path.join(absolute, 'search'),
    searchCurrent: path.join(absolute, 'search-current'),
  }
}

/** A release's served files. */
export const releasePublicDir = (releaseDir: string) => path.join(releaseDir, 'public')

/** The release `current` points to (absolute path), or null before the first publish. */
export async function readCurrentRelease(layout: PublishLayout): Promise<string | null> {
  try {
    const target = await fs.readlink(layout.current)
    return path.resolve(layout.root, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * Points `current` at a release in one step: a new symlink is made beside it and renamed over
 * it (rename(2) replaces the link atomically), so a reader sees the old or the new release,
 * never none.
 */
export async function switchCurrentRelease(layout: PublishLayout, releaseDir: string) {
  await switchLink(layout.root, layout.current, releaseDir)
}

/** Points `link` at `target` in one step (a new symlink renamed over the old one). */
export async function switchLink(root: string, link: string, target: string) {
  const temporary = `${link}.${process.pid}.${Date.now()}`
  await fs.symlink(path.relative(root, target), temporary)
  await fs.rename(temporary, link)
}

/** Sortable, unique release names: `20260115T083012345Z-4f2a`. */
export function newReleaseId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '')
  return `${stamp}-${Math.random().toString(16).slice(2, 6)}`
}

/**
 * Deletes all but the newest `keep` releases, never the live one. Requests resolve `current`
 * once and read their file right after, so the release before the live one is kept for
 * requests that started just before a switch.
 */
export async function removeOldReleases(layout: PublishLayout, keep = 3): Promise<string[]> {
  const live = await readCurrentRelease(layout)
  const names = (await fs.readdir(layout.releases).catch(() => [] as string[])).sort()
  const doomed = names
    .slice(0, Math.max(0, names.length - keep))
    .map((name) => path.join(layout.releases, name))
    .filter((dir) => dir !== live)
  for (const dir of doomed) await fs.rm(dir, { recursive: true, force: true })
  return doomed
}

/**
 * A lock file for one publish at a time, across processes (the publisher started by `npm start`
 * and any other process that runs the jobs queue). A lock left by a process that died is taken
 * over. Resolves with a release function once the lock is held.
 */
export async function acquirePublishLock(
  layout: PublishLayout,
  { timeoutMs = 15 * 60_000, pollMs = 250 } = {},
): Promise<() => Promise<void>> {
  await fs.mkdir(layout.root, { recursive: true })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const handle = await fs.open(layout.lock, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => fs.rm(layout.lock, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = Number(await fs.readFile(layout.lock, 'utf8').catch(() => ''))
    if (!owner || !isAlive(owner)) {
      // Taken over from a process that no longer exists (crash, kill -9, restart).
      await fs.rm(layout.lock, { force: true })
      continue
    }
    if (Date.now() > deadline)
      throw new Error(`Another publish (process ${owner}) is still running.`)
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

/** The process id of the publisher that runs builds for this directory, if one is running. */
export async function runningPublisher(layout: PublishLayout): Promise<number | null> {
  const pid = Number(await fs.readFile(layout.publisherPid, 'utf8').catch(() => ''))
  return pid && isAlive(pid) ? pid : null
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
