import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'

import { cacheControlOf } from '@cms/publish/serving'
import { resolveSitePath } from './site'

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * Starts the system Chromium the browser tests (and the e2e journeys) drive, headless and off
 * the network but for our own localhost servers. Without it the tests fail and say how to
 * install it, rather than being skipped (CI installs it).
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}; the browser tests need it. ` +
        'Install it with `apt-get install chromium` (CI does), or set CHROMIUM_PATH.',
    )
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

/** The house flags for Debian's Chromium (also what `npm run lighthouse` starts it with). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
]

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
}

export type StaticServer = { origin: string; close: () => Promise<void> }

/**
 * Serves a built site's static files on a free localhost port, as the portal's web server
 * would: `/path/` from `path/index.html` with the live server's Cache-Control, and the 404 page
 * (with status 404) for anything else.
 */
export async function serveStatic(clientDir: string): Promise<StaticServer> {
  const root = path.resolve(clientDir)
  const server = http.createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    const file = await resolveSitePath(root, pathname).catch(() => null)
    const inside = file && path.resolve(file).startsWith(root + path.sep)
    const served = inside ? file : path.join(root, '404.html')
    res.statusCode = inside ? 200 : 404
    const contentType = CONTENT_TYPES[path.extname(served)] ?? 'application/octet-stream'
    res.setHeader('content-type', contentType)
    // The live server's caching (hashed assets immutable, pages revalidated): a second page in
    // the same browser context reuses the fonts and styles, as a reader's browser does.
    res.setHeader('cache-control', cacheControlOf(pathname, contentType))
    fs.createReadStream(served)
      .on('error', () => res.destroy())
      .pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
