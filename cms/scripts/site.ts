/**
 * The public portal (Astro, site/):
 *   `npm run build:site` — prerenders every page from the CMS into site/dist
 *   `tsx cms/scripts/site.ts serve` — serves site/dist with the standalone Node server
 *
 * The build reads the CMS through Payload's Local API (the same DATABASE_URL and MEDIA_DIR as
 * the admin) and never writes to it. When the CMS cannot be read it stops with a message and
 * exit code 1, so a broken database never publishes an empty portal.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { buildSearchIndex, type SearchIndexReport } from '@channels/search/indexer'
import { readSitePages } from '@channels/sitePages'
import { prepareEnvironment } from './boot'
import { describeError } from '../errors'

export const SITE_PORT = Number(process.env.SITE_PORT || 4321)
export const SITE_DIST = 'site/dist'

export type SiteBuildOptions = {
  /** Where to write the site (default site/dist). Must be inside the project: the server bundle resolves node_modules from there. */
  outDir?: string
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent'
}

/**
 * Builds the site in this process (Astro's programmatic API), then its search index (Pagefind,
 * into `client/pagefind/`). Returns the seconds it took.
 */
export async function buildSite(options: SiteBuildOptions = {}): Promise<number> {
  const started = Date.now()
  const { build } = await import('astro')
  const outDir = path.resolve(options.outDir ?? SITE_DIST)
  await build({
    root: process.cwd(),
    logLevel: options.logLevel ?? 'info',
    ...(options.outDir ? { outDir } : {}),
  })
  const search = await indexSite(path.join(outDir, 'client'))
  if (options.logLevel !== 'silent')
    console.log(
      `Search index: ${search.pages} pages, ${(search.bytes / 1024).toFixed(0)} KiB in ${search.seconds.toFixed(1)} s`,
    )
  return (Date.now() - started) / 1000
}

/**
 * Indexes a built site for search (Pagefind, into `client/pagefind/`): its item pages, as its
 * page manifest lists them.
 *
 * @example
 * await indexSite('site/dist/client') // { pages: 52, bytes: 712000, seconds: 0.3 }
 */
export async function indexSite(clientDir: string): Promise<SearchIndexReport> {
  const { itemPages } = await readSitePages(clientDir)
  return buildSearchIndex(clientDir, itemPages)
}

/**
 * Runs the build in a child process on the project's Node (what `npm start` and `npm run build`
 * use): Astro, Vite and Payload's memory is released when it ends.
 */
export function buildSiteInChild(args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cms/scripts/site.ts', 'build', ...args],
      {
        stdio: 'inherit',
        env: process.env,
      },
    )
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The site build failed (exit code ${code}).`)),
    )
  })
}

/**
 * Starts the standalone server of a built site (static files, media, the 404 page, and the
 * on-demand draft preview, which reads the CMS with this process's DATABASE_URL, MEDIA_DIR,
 * PAYLOAD_SECRET and PREVIEW_SECRET).
 */
export function startSiteServer(port = SITE_PORT, dist = SITE_DIST): ChildProcess {
  const entry = path.resolve(dist, 'server/entry.mjs')
  if (!fs.existsSync(entry))
    throw new Error(`No site build at ${dist}: run \`npm run build:site\`.`)
  return spawn(process.execPath, [entry], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: process.env.SITE_HOST || 'localhost',
      PORT: String(port),
    },
  })
}

async function main(command: string, args: string[]) {
  prepareEnvironment()
  if (command === 'build') {
    const outIndex = args.indexOf('--out-dir')
    const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined
    const seconds = await buildSite({ outDir })
    console.log(`Site built in ${seconds.toFixed(1)} s → ${outDir ?? SITE_DIST}`)
    // Payload keeps its database connection open; the build is done.
    process.exit(0)
  } else if (command === 'serve') {
    const server = startSiteServer()
    const stop = (signal: NodeJS.Signals) => server.kill(signal)
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
    server.on('exit', (code) => process.exit(code ?? 0))
  } else {
    console.error('Usage: tsx cms/scripts/site.ts build [--out-dir dir] | serve')
    process.exit(2)
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main(process.argv[2] ?? 'build', process.argv.slice(3)).catch((error) => {
    console.error(`\nSite build failed: ${describeError(error)}`)
    process.exit(1)
  })
}
