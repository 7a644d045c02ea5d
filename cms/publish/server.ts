import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import net, { type AddressInfo } from 'node:net'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { cardFromManifest, readCardManifest, type CardManifest } from '@channels/cards/manifest'
import { countedPagePath } from '../pageViews/counting'
import { startPageViewReceiver } from '../pageViews/reports'
import { createFormToken, FORM_TOKEN_PLACEHOLDER } from '@collections/lib/formToken'
import { clientAddress, forwardedHeaders, trustedProxyHops } from '../security/clientAddress'
import { siteHeaders, siteResponseKind, type Header } from '../security/headers'
import { createRateLimiter } from '../security/rateLimit'
import { publishLayout, readCurrentRelease, releasePublicDir, type PublishLayout } from './layout'
import { redirectLookupKey, type RedirectMap } from './manifest'
import {
  cacheControlOf,
  COMPRESSIBLE,
  contentTypeOf,
  FILE_HEADERS,
  FORM_PAGE_PREFIXES,
  FORM_PATHS,
  MIN_COMPRESSED_BYTES,
  ON_DEMAND_PATHS,
} from './serving'

/**
 * The public portal's server: it serves whatever release `current` points to, resolved once per
 * request, so a request during a publish gets the old or the new site whole, never a missing or
 * half-written file (releases are immutable; an open file outlives its release's deletion).
 * Static files with their content types and caching rules, uploads under /media/, 301s from old
 * URLs to new ones (redirects.json of the release), the site's 404 page; share cards drawn on
 * first request from the release's card manifest (`/og/cards.json`) into the card cache;
 * on-demand routes (the draft preview) are passed to the release's own Astro server. Every
 * answer carries the security headers of its kind (cms/security/headers.ts `siteHeaders`). The
 * rules for files (types, caching, headers, live-only addresses) are data in ./serving.ts, which
 * the nginx configuration in deploy/nginx is generated from.
 *
 * The standalone @astrojs/node server cannot do this: it serves the folder it was built into.
 */

export type LiveSiteOptions = {
  layout?: PublishLayout
  /**
   * Where the CMS serves uploads, which preview pages show (default: CMS_URL, else the local
   * admin on CMS_PORT, as the site's preview route assumes).
   */
  cmsOrigin?: string
  /**
   * Path prefixes rendered on request by the release's own Astro server (routes with
   * `prerender = false`; default: the draft preview, `/xem-truoc/`).
   */
  onDemandPaths?: string[]
  /**
   * Called with a page's canonical path each time a reader was sent it whole (the rules:
   * cms/pageViews/counting.ts): the page-view counter. It must return at once; what it throws
   * is logged, never answered.
   */
  onPageView?: (path: string) => void
  /**
   * The public forms' targets: the only addresses that accept POST (rendered by the release's
   * Astro server; default: Hỏi đáp and Góp ý dự thảo in both languages).
   */
  formPaths?: string[]
  /**
   * Form posts per client address (default 10 per 10 minutes; shared by every server through
   * Redis when REDIS_URL is set, cms/security/rateLimit.ts).
   */
  formRateLimit?: { limit: number; windowMs: number }
  /**
   * The UDP port on which nginx reports the pages it sent from disk (cms/pageViews/reports.ts),
   * counted with `onPageView` like the server's own (default SITE_PAGE_VIEWS_PORT; unset: none).
   */
  pageViewReportPort?: number
}

/** The largest form post accepted (a question is at most 2,000 characters, a comment 5,000). */
export const MAX_FORM_BYTES = 16 * 1024

const TOO_LARGE =
  'Nội dung gửi quá lớn (tối đa 16 KB). / The submission is too large (at most 16 KB).'
const TOO_MANY =
  'Bạn đã gửi nhiều lần trong thời gian ngắn, vui lòng thử lại sau. / You have sent several times in a short while; please try again later.'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * The Astro server of the live release, for on-demand routes: started on the first such
 * request (previews are rare), replaced when `current` moves to another release (the one before
 * is stopped a minute later, after its requests). It listens on 127.0.0.1 only.
 */
class OnDemandServer {
  private current: { releaseDir: string; child: ChildProcess; ready: Promise<number> } | null = null

  async portFor(releaseDir: string): Promise<number | null> {
    const entry = path.join(releaseDir, 'server', 'entry.mjs')
    if (this.current?.releaseDir !== releaseDir || this.current.child.exitCode !== null) {
      if (!(await isFile(entry))) return null
      const previous = this.current
      if (previous) setTimeout(() => previous.child.kill(), 60_000).unref()
      const port = await freePort()
      const child = spawn(process.execPath, [entry], {
        env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port) },
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      this.current = { releaseDir, child, ready: waitForPort(port, 15_000).then(() => port) }
    }
    return this.current.ready
  }

  stop() {
    this.current?.child.kill()
    this.current = null
  }
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    if (Date.now() > deadline) throw new Error(`The site's on-demand server did not start`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function setHeaders(res: ServerResponse, headers: Header[]) {
  for (const { key, value } of headers) res.setHeader(key, value)
}

/**
 * Passes a request to the on-demand server. Its answer keeps its own headers except those the
 * live server has set for the route (`res`), which win; HTML is declared UTF-8 (Astro renders
 * UTF-8 but sends a bare `text/html`).
 */
function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  port: number,
  body?: Buffer,
): Promise<void> {
  // The client's address by the one rule (cms/security/clientAddress.ts): the TCP peer, or
  // the chain the trusted proxies wrote — never what the client claimed.
  const headers = forwardedHeaders(req.headers, req.socket.remoteAddress, trustedProxyHops())
  if (body) {
    headers['content-length'] = String(body.byteLength)
    delete headers['transfer-encoding']
  }
  return new Promise((resolve) => {
    const upstream = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers },
      (answer) => {
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !res.hasHeader(name)) res.setHeader(name, value)
        }
        if (/^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''))) {
          res.setHeader('Content-Type', 'text/html; charset=utf-8')
        }
        res.writeHead(answer.statusCode ?? 502)
        answer.pipe(res)
        answer.on('end', resolve)
      },
    )
    upstream.on('error', () => {
      if (!res.headersSent) sendText(res, 502, 'Bad Gateway')
      else res.destroy()
      resolve()
    })
    if (body) upstream.end(body)
    else req.pipe(upstream)
  })
}

/** The body of a form post, or null once it passes `max` bytes (the rest is not read). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength
      if (size > max) {
        req.removeAllListeners('data')
        req.resume()
        resolve(null)
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

type Release = { dir: string; id: string; publicDir: string }

/** A request handler for node:http serving the live release (see the module comment). */
export function createLiveSiteHandler(options: LiveSiteOptions = {}) {
  const layout = options.layout ?? publishLayout()
  const previewHeaders = siteHeaders('preview', {
    cmsOrigin: options.cmsOrigin ?? cmsOriginOf(process.env),
  })
  const redirectCache = new Map<string, Promise<Map<string, string>>>()
  const onDemandPaths = options.onDemandPaths ?? ON_DEMAND_PATHS
  const formPaths = options.formPaths ?? FORM_PATHS
  const formLimiter = createRateLimiter({
    name: 'form-posts',
    ...(options.formRateLimit ?? { limit: 10, windowMs: 10 * 60_000 }),
  })
  const formHeaders = [
    ...FILE_HEADERS.page,
    { key: 'Cache-Control', value: 'no-store' },
    { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  ]
  const onDemand = new OnDemandServer()
  const { onPageView } = options
  const countView = (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    try {
      const page = countedPagePath({
        method: req.method,
        status: res.statusCode,
        contentType: String(res.getHeader('content-type') ?? ''),
        path: pathname,
        headers: req.headers,
      })
      if (page) onPageView!(page)
    } catch (error) {
      console.error('Page view not counted:', error)
    }
  }

  const redirectsOf = (release: Release) => {
    let loaded = redirectCache.get(release.dir)
    if (!loaded) {
      loaded = fs
        .readFile(path.join(release.dir, 'redirects.json'), 'utf8')
        .then((text) => {
          const map = new Map<string, string>()
          for (const [from, { to }] of Object.entries(JSON.parse(text) as RedirectMap)) {
            if (to) map.set(from, to)
          }
          return map
        })
        .catch(() => new Map<string, string>())
      // Only the live release and the one before matter.
      if (redirectCache.size >= 4) redirectCache.delete(redirectCache.keys().next().value!)
      redirectCache.set(release.dir, loaded)
    }
    return loaded
  }

  const manifestCache = new Map<string, Promise<CardManifest>>()
  const cardsOf = (release: Release) => {
    let loaded = manifestCache.get(release.dir)
    if (!loaded) {
      loaded = readCardManifest(release.publicDir).catch(() => ({}))
      // The live release and the one before.
      if (manifestCache.size >= 2) manifestCache.delete(manifestCache.keys().next().value!)
      manifestCache.set(release.dir, loaded)
    }
    return loaded
  }

  const handleLiveSite = async function (req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      // Every answer starts as a plain resource (errors, redirects, cards); files and previews
      // replace these with their own kind's.
      setHeaders(res, FILE_HEADERS.resource)
      const requestPath = (req.url ?? '/').split('?')[0]!
      const isForm = formPaths.includes(requestPath)
      if (req.method !== 'GET' && req.method !== 'HEAD' && !(req.method === 'POST' && isForm)) {
        res.writeHead(405, {
          Allow: isForm ? 'GET, HEAD, POST' : 'GET, HEAD',
          'Content-Type': 'text/plain; charset=utf-8',
        })
        res.end('Method Not Allowed')
        return
      }
      const dir = await readCurrentRelease(layout)
      if (!dir) {
        res.writeHead(503, { 'Retry-After': '10', 'Content-Type': 'text/plain; charset=utf-8' })
        res.end(
          'Cổng thông tin đang được dựng lần đầu, vui lòng thử lại sau ít phút.\nThe portal is being built for the first time; please try again in a few minutes.\n',
        )
        return
      }
      const release: Release = { dir, id: path.basename(dir), publicDir: releasePublicDir(dir) }
      res.setHeader('X-Site-Release', release.id)

      const url = new URL(req.url ?? '/', 'http://localhost')
      let pathname: string
      try {
        pathname = decodeURIComponent(url.pathname)
      } catch {
        return sendText(res, 400, 'Bad Request')
      }
      if (pathname.includes('\0')) return sendText(res, 400, 'Bad Request')
      pathname = path.posix.normalize(pathname)
      if (!pathname.startsWith('/')) return sendText(res, 400, 'Bad Request')

      if (isForm && pathname === requestPath) {
        let body: Buffer | undefined
        if (req.method === 'POST') {
          if (Number(req.headers['content-length'] ?? 0) > MAX_FORM_BYTES) {
            res.setHeader('Connection', 'close')
            return sendText(res, 413, TOO_LARGE)
          }
          const address = clientAddress(
            new Headers({
              'x-forwarded-for': String(
                forwardedHeaders(req.headers, req.socket.remoteAddress, trustedProxyHops())[
                  'x-forwarded-for'
                ] ?? '',
              ),
            }),
          )
          const hit = await formLimiter.hit(address ?? 'unknown')
          if (!hit.allowed) {
            res.setHeader('Retry-After', String(Math.ceil(hit.retryAfterMs / 1000)))
            return sendText(res, 429, TOO_MANY)
          }
          body = (await readBody(req, MAX_FORM_BYTES)) ?? undefined
          if (!body) {
            res.setHeader('Connection', 'close')
            return sendText(res, 413, TOO_LARGE)
          }
        }
        const port = await onDemand.portFor(release.dir)
        if (port) {
          setHeaders(res, formHeaders)
          return proxy(req, res, port, body)
        }
        return sendText(res, 503, 'Service Unavailable')
      }

      if (onDemandPaths.some((prefix) => pathname.startsWith(prefix))) {
        const port = await onDemand.portFor(release.dir)
        if (port) {
          // The route sets its own robots headers.
          setHeaders(res, previewHeaders)
          return proxy(req, res, port)
        }
      }

      // The search index lives beside the releases (search-current → search/<id>), replaced
      // after each re-index; the link is resolved once per request, like `current`.
      const searchDir = pathname.startsWith('/pagefind/')
        ? await fs
            .readlink(layout.searchCurrent)
            .then((target) => path.resolve(layout.root, target))
            .catch(() => null)
        : null
      const root = searchDir ?? release.publicDir
      const file = searchDir
        ? path.join(searchDir, pathname.slice('/pagefind/'.length))
        : path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
      if (!file.startsWith(root + path.sep)) return sendText(res, 400, 'Bad Request')
      const sent =
        (FORM_PAGE_PREFIXES.some((prefix) => pathname.startsWith(prefix)) &&
          pathname.endsWith('/') &&
          (await sendFormPage(req, res, file))) ||
        (await sendFile(req, res, file, pathname, 200))
      if (sent) {
        // Counted once the page was sent whole (an aborted download throws above).
        if (onPageView && !searchDir) countView(req, res, pathname)
        return
      }

      // A share card nobody asked for yet: drawn now from the release's manifest, then cached.
      if (pathname.startsWith('/og/') && pathname.endsWith('.png')) {
        const png = await cardFromManifest(await cardsOf(release), pathname)
        if (png) {
          res.writeHead(200, {
            'Content-Type': 'image/png',
            'Content-Length': png.byteLength,
            // The name carries the card's content hash: a changed card gets a new URL.
            'Cache-Control': 'public, max-age=31536000, immutable',
          })
          res.end(req.method === 'HEAD' ? undefined : png)
          return
        }
      }

      // /tin-tuc/x → /tin-tuc/x/ (the site's URLs end with a slash)
      if (!pathname.endsWith('/') && (await isFile(path.join(file, 'index.html')))) {
        return redirect(res, `${url.pathname}/${url.search}`)
      }
      const target = (await redirectsOf(release)).get(redirectLookupKey(pathname))
      if (target) return redirect(res, `${encodeURI(target)}${url.search}`)

      const notFound = path.join(release.publicDir, '404.html')
      res.setHeader('Cache-Control', 'no-cache')
      if (await sendFile(req, res, notFound, '/404.html', 404)) return
      sendText(res, 404, 'Not Found')
    } catch (error) {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error')
      else res.destroy(error as Error)
    }
  }
  return Object.assign(handleLiveSite, { stop: () => onDemand.stop() })
}

/**
 * A prerendered page with a form: its token placeholder becomes a fresh signed "issued at"
 * (collections/lib/formToken.ts), so the form route can tell a person from a script by the
 * time taken. Never cached (each copy has its own time). False when the file is not such a page.
 */
async function sendFormPage(req: IncomingMessage, res: ServerResponse, file: string) {
  const html = await fs.readFile(file, 'utf8').catch(() => null)
  if (html === null || !html.includes(FORM_TOKEN_PLACEHOLDER)) return false
  const secret = process.env.FORM_SECRET
  // Without the secret the placeholder stays; the form route then answers "unavailable".
  const token = secret ? createFormToken({ secret }) : FORM_TOKEN_PLACEHOLDER
  const body = Buffer.from(html.replaceAll(FORM_TOKEN_PLACEHOLDER, token))
  setHeaders(res, FILE_HEADERS.page)
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.byteLength,
    'Cache-Control': 'no-store',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}

/** The CMS's origin as the site's preview route finds it (site/lib/preview.ts `cmsBaseURL`). */
function cmsOriginOf(env: NodeJS.ProcessEnv): string {
  return new URL(env.CMS_URL || `http://localhost:${env.CMS_PORT || 3000}`).origin
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(`${text}\n`)
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(301, { Location: location, 'Cache-Control': 'public, max-age=3600' })
  res.end()
}

async function isFile(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => null))?.isFile() ?? false
}

/**
 * Sends one file (false when there is none). The file is opened first and read through that
 * handle, so it is whole even if its release is deleted meanwhile.
 */
async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  sitePath: string,
  status: number,
): Promise<boolean> {
  const handle = await fs.open(file, 'r').catch(() => null)
  if (!handle) return false
  let streaming = false
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) return false
    const type = contentTypeOf(file)
    setHeaders(res, FILE_HEADERS[siteResponseKind(sitePath, type)])
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`
    res.setHeader('Content-Type', type)
    res.setHeader('ETag', etag)
    res.setHeader('Last-Modified', stat.mtime.toUTCString())
    if (!res.hasHeader('Cache-Control'))
      res.setHeader('Cache-Control', cacheControlOf(sitePath, type))
    res.setHeader('Accept-Ranges', 'bytes')
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304)
      res.end()
      return true
    }

    let start = 0
    let end = stat.size - 1
    const range = status === 200 ? /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '') : null
    if (range && (range[1] || range[2])) {
      if (range[1]) {
        start = Number(range[1])
        if (range[2]) end = Math.min(Number(range[2]), stat.size - 1)
      } else {
        start = Math.max(0, stat.size - Number(range[2]))
      }
      if (start > end || start >= stat.size) {
        res.writeHead(416, { 'Content-Range': `bytes */${stat.size}` })
        res.end()
        return true
      }
      status = 206
      res.setHeader('Content-Range', `bytes ${start}-${end}/${stat.size}`)
    }

    const compressible = stat.size >= MIN_COMPRESSED_BYTES && COMPRESSIBLE.test(type)
    const encoding =
      status !== 206 && compressible ? preferredEncoding(req.headers['accept-encoding']) : null
    // Only an answer that may come compressed differs by Accept-Encoding (as nginx's gzip_vary).
    if (compressible) res.setHeader('Vary', 'Accept-Encoding')
    if (encoding) res.setHeader('Content-Encoding', encoding)
    else res.setHeader('Content-Length', end - start + 1)
    res.writeHead(status)
    if (req.method === 'HEAD') {
      res.end()
      return true
    }
    streaming = true
    const body = handle.createReadStream({ start, end })
    if (encoding === 'br') {
      const brotli = zlib.createBrotliCompress({
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: stat.size,
        },
      })
      await pipeline(body, brotli, res)
    } else if (encoding === 'gzip') {
      await pipeline(body, zlib.createGzip({ level: 6 }), res)
    } else {
      await pipeline(body, res)
    }
    return true
  } finally {
    // The read stream closes the handle itself when it ends.
    if (!streaming) await handle.close()
  }
}

function preferredEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = String(header ?? '')
  if (/\bbr\b/.test(accepted)) return 'br'
  if (/\bgzip\b/.test(accepted)) return 'gzip'
  return null
}

export type LiveSite = { server: http.Server; url: string; close: () => Promise<void> }

/**
 * Starts the portal's server on `port` (SITE_PORT, 4321) and `host` (SITE_HOST, localhost).
 *
 * @example
 * const site = await startLiveSite({ port: 4321 })
 * console.log(`Portal: ${site.url}`)
 */
export async function startLiveSite(
  options: LiveSiteOptions & { port?: number; host?: string } = {},
): Promise<LiveSite> {
  const handler = createLiveSiteHandler(options)
  const server = http.createServer((req, res) => void handler(req, res))
  server.keepAliveTimeout = 5000
  const port = options.port ?? Number(process.env.SITE_PORT || 4321)
  const host = options.host ?? (process.env.SITE_HOST || 'localhost')
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const reportPort = options.pageViewReportPort ?? Number(process.env.SITE_PAGE_VIEWS_PORT || 0)
  const reports =
    reportPort && options.onPageView
      ? await startPageViewReceiver({
          port: reportPort,
          // nginx reads the page store, so it runs on this machine: nobody else may report.
          host: '127.0.0.1',
          onPageView: options.onPageView,
        })
      : null
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    server,
    url: `http://${host === 'localhost' ? 'localhost' : shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        handler.stop()
        void reports?.close()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
