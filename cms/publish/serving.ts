import path from 'node:path'

import { SITE_UPLOAD_PREFIX, siteHeaders } from '../security/headers'

/**
 * How the public site's files are answered, as data: content types, caching, security headers,
 * and which addresses only the live site server can answer. The live server (./server.ts) sends
 * files by these rules, and the nginx configuration that serves the same releases from disk
 * (deploy/nginx/render.ts) is generated from them, so both answer alike.
 */

/** Content types by file extension (lower case). */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
}

/** Feeds are plain .xml/.json files in the build; their names tell the real type. */
export const NAMED_CONTENT_TYPES: Record<string, string> = {
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'feed.xml': 'application/rss+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
}

/** What a file without a known extension is sent as. */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream'

export function contentTypeOf(file: string): string {
  return (
    NAMED_CONTENT_TYPES[path.basename(file)] ??
    CONTENT_TYPES[path.extname(file).toLowerCase()] ??
    DEFAULT_CONTENT_TYPE
  )
}

/**
 * Hashed build assets never change; uploads rarely do; pages, feeds and sitemaps must show a
 * publish at once (revalidated by ETag, which stays the same while the file is unchanged,
 * because unchanged files are hard links across releases). The first rule that matches wins.
 */
export const CACHE_CONTROL_RULES: (
  { pathPrefix: string; value: string } | { contentType: RegExp; value: string }
)[] = [
  { pathPrefix: '/_astro/', value: 'public, max-age=31536000, immutable' },
  { pathPrefix: SITE_UPLOAD_PREFIX, value: 'public, max-age=3600' },
  {
    contentType: /^(text\/html|application\/.*(xml|json)|text\/calendar|text\/csv|text\/plain)/,
    value: 'public, max-age=0, must-revalidate',
  },
]

/** The Cache-Control of files no rule names. */
export const DEFAULT_CACHE_CONTROL = 'public, max-age=300'

export function cacheControlOf(sitePath: string, contentType: string): string {
  const rule = CACHE_CONTROL_RULES.find((rule) =>
    'pathPrefix' in rule
      ? sitePath.startsWith(rule.pathPrefix)
      : rule.contentType.test(contentType),
  )
  return rule?.value ?? DEFAULT_CACHE_CONTROL
}

/** The headers of each kind of file the build holds (the preview's depend on the CMS origin). */
export const FILE_HEADERS = {
  page: siteHeaders('page'),
  search: siteHeaders('search'),
  upload: siteHeaders('upload'),
  resource: siteHeaders('resource'),
}

/**
 * Content types worth compressing (files of at least MIN_COMPRESSED_BYTES): text, XML and JSON
 * (`…+xml`, `…+json` too), scripts and SVG — not DOCX (`…openxmlformats…`), already a zip.
 */
export const COMPRESSIBLE =
  /^(text\/|application\/(([\w.-]+\+)?(xml|json)|javascript)(;|$)|image\/svg\+xml)/

/** Files this small are sent as they are. */
export const MIN_COMPRESSED_BYTES = 1025

/** Where the site's form routes are (site/pages/[...lang]/{hoi-dap,gop-y-du-thao}/gui.astro). */
export const FORM_PATHS = [
  '/hoi-dap/gui/',
  '/en/hoi-dap/gui/',
  '/gop-y-du-thao/gui/',
  '/en/gop-y-du-thao/gui/',
  '/quyen-rieng-tu/gui/',
  '/en/quyen-rieng-tu/gui/',
]

/** Pages holding a form, whose prerendered token placeholder is filled in on each request. */
export const FORM_PAGE_PREFIXES = [
  '/hoi-dap/',
  '/en/hoi-dap/',
  '/gop-y-du-thao/',
  '/en/gop-y-du-thao/',
  '/quyen-rieng-tu/',
  '/en/quyen-rieng-tu/',
]

/** Routes rendered on request by the release's own Astro server: the draft preview. */
export const ON_DEMAND_PATHS = ['/xem-truoc/']

/**
 * Address prefixes only the live site server can answer (forms with a fresh token, form posts,
 * previews): a web server serving the releases from disk passes them on, with every request it
 * finds no file for (301s of renamed items, share cards drawn on request, the 404 page).
 */
export const LIVE_ONLY_PREFIXES = [...FORM_PAGE_PREFIXES, ...ON_DEMAND_PATHS]
