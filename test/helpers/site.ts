import fs from 'node:fs/promises'
import path from 'node:path'

import { parse, type HTMLElement } from 'node-html-parser'

export type SiteOutput = {
  /** The build's root (server bundle + client files). */
  outDir: string
  /** The static files a browser gets: pages, CSS, fonts, media. */
  clientDir: string
  seconds: number
  cleanup: () => Promise<void>
}

/**
 * Where each content collection's pages are, written out here rather than read from the site's
 * routes, so a test notices when the code moves them.
 */
export const SECTIONS = {
  articles: 'tin-tuc',
  features: 'phong-su',
  'policy-notices': 'van-ban',
  events: 'su-kien',
} as const
export type ContentCollection = keyof typeof SECTIONS

/** The site address the test build uses for canonical URLs (SITE_URL). */
export const TEST_SITE_URL = 'http://portal.test'

/**
 * Builds the Astro site from the database the current test hub points at (DATABASE_URL and
 * MEDIA_DIR are already set by startTestHub), into a temporary directory inside the project
 * (the server bundle resolves node_modules from where it is written). The content-layer cache
 * gets its own directory there too, so the build starts from nothing and leaves nothing behind.
 */
export async function buildTestSite(options: { dir?: string } = {}): Promise<SiteOutput> {
  const dir = options.dir ?? (await makeProjectTempDir('hub-site-test-'))
  const outDir = path.join(dir, 'out')
  const previous = { SITE_URL: process.env.SITE_URL, NODE_ENV: process.env.NODE_ENV }
  // vitest runs with NODE_ENV=test; Astro and Vite expect a production build.
  Object.assign(process.env, { SITE_URL: TEST_SITE_URL, NODE_ENV: 'production' })
  const started = Date.now()
  try {
    const { build } = await import('astro')
    await build({
      root: process.cwd(),
      outDir,
      // Beside the output, not in it: Astro empties outDir after the content layer has synced.
      cacheDir: path.join(dir, 'cache'),
      site: TEST_SITE_URL,
      logLevel: 'error',
    })
  } finally {
    restoreEnv(previous)
  }
  return {
    outDir,
    clientDir: path.join(outDir, 'client'),
    seconds: (Date.now() - started) / 1000,
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  }
}

/**
 * A new temporary directory inside the project (node_modules/.cache): an Astro server bundle
 * written there resolves the project's node_modules.
 */
export async function makeProjectTempDir(prefix: string): Promise<string> {
  const cacheRoot = path.resolve('node_modules/.cache')
  await fs.mkdir(cacheRoot, { recursive: true })
  return fs.mkdtemp(path.join(cacheRoot, prefix))
}

/** Puts variables back as they were (assigning undefined would store the string "undefined"). */
function restoreEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

/** The site paths of every HTML page in a build: `/`, `/tin-tuc/`, `/404.html`… */
export async function listPages(clientDir: string): Promise<string[]> {
  return (await listFiles(clientDir))
    .filter((file) => file.endsWith('.html'))
    .map((file) =>
      file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`,
    )
}

/** The file a site path is served from, or null when the build has none. */
export async function resolveSitePath(clientDir: string, sitePath: string): Promise<string | null> {
  const pathname = decodeURIComponent(sitePath.split(/[?#]/)[0])
  const candidates = pathname.endsWith('/')
    ? [path.join(clientDir, pathname, 'index.html')]
    : [path.join(clientDir, pathname), path.join(clientDir, pathname, 'index.html')]
  for (const candidate of candidates) {
    const stat = await fs.stat(candidate).catch(() => null)
    if (stat?.isFile()) return candidate
  }
  return null
}

/** Reads and parses a page of the build (by its site path). */
export async function readPage(
  clientDir: string,
  sitePath: string,
): Promise<{ html: string; root: HTMLElement }> {
  const file = await resolveSitePath(clientDir, sitePath)
  if (!file) throw new Error(`The build has no page at ${sitePath}`)
  const html = await fs.readFile(file, 'utf8')
  return { html, root: parse(html, { comment: true }) }
}
