/**
 * Security headers of the admin and API (cms/next.config.mjs applies them) and of the public
 * site (cms/publish/server.ts sends them; a web server in front of it can be configured from the
 * same sets). Plain data and pure functions, importable from an .mjs config.
 */

export type Header = { key: string; value: string }

type Directives = Record<string, string[]>

/** A policy's directives as the header value: `name value value; name value`. */
function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/**
 * The admin's Content-Security-Policy. Next.js inlines its bootstrap scripts and Payload's UI
 * sets inline styles, so both need 'unsafe-inline' (no nonces without dynamic rendering of
 * every page); everything else comes from the CMS itself. Development adds what React's dev
 * build and hot reloading need.
 */
export function contentSecurityPolicy({ dev = false }: { dev?: boolean } = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'manifest-src': ["'self'"],
  }
  return serializePolicy(directives)
}

/** Headers for every response of the CMS (admin pages and API). */
export function securityHeaders({ dev = false }: { dev?: boolean } = {}): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    // Admin URLs name drafts; other sites (including the preview page) learn nothing from them.
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}

/**
 * HSTS: only sent when the request reached us over https (browsers ignore it over http
 * anyway), so a plain-http development server never pins itself.
 */
export const strictTransportSecurity: Header = {
  key: 'Strict-Transport-Security',
  value: 'max-age=31536000; includeSubDomains',
}

/**
 * Uploaded files are served from /api/<collection>/file/…: even if a file slipped past the
 * content checks, the browser must not run scripts or plugins from it (the policy Payload's
 * file route sets itself, kept so the admin's broader policy does not replace it). Images,
 * video and the browser's PDF viewer are unaffected.
 */
const uploadedFileDirectives: Directives = {
  'script-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
}

export const uploadedFileHeaders: Header[] = [
  { key: 'Content-Security-Policy', value: serializePolicy(uploadedFileDirectives) },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
]

type NextHeaderRule = {
  source: string
  has?: { type: 'header'; key: string; value?: string }[]
  headers: Header[]
}

/** The rules for next.config's `headers()`, later rules overriding earlier ones per key. */
export function nextHeaderRules({ dev = false }: { dev?: boolean } = {}): NextHeaderRule[] {
  return [
    { source: '/:path*', headers: securityHeaders({ dev }) },
    {
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
      headers: [strictTransportSecurity],
    },
    { source: '/api/:collection/file/:path*', headers: uploadedFileHeaders },
  ]
}

/**
 * What a response of the public site is, for its headers: an HTML page, the search page (and
 * Pagefind's files it loads), a draft preview, an uploaded file (/media/: images, video,
 * documents), or anything else (feeds, calendars, sitemaps, share cards, styles, fonts, plain
 * text errors, redirects).
 */
export type SiteResponseKind = 'page' | 'search' | 'preview' | 'upload' | 'resource'

/**
 * The site's pages run no script and have no inline style (`inlineStylesheets: 'never'`; JSON-LD
 * is a data block, which CSP does not govern); they load their stylesheet, fonts, images and
 * video from the portal itself, and frame nothing but the YouTube player a reader asks for
 * (site/lib/youtube.ts: its `srcdoc` poster inherits this policy and links its stylesheet).
 * `connect-src 'self'` opens nothing to the page (no script can run on it to connect anywhere);
 * it lets Lighthouse and PageSpeed Insights read /robots.txt, which they fetch under the page's
 * policy since Chrome applies it to DevTools' own loads (GoogleChrome/lighthouse#16597):
 * without it every page scored "robots.txt is not valid" (SEO 92).
 */
const sitePageDirectives: Directives = {
  'default-src': ["'none'"],
  'img-src': ["'self'"],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  'media-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ['https://www.youtube-nocookie.com'],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
}

/**
 * The search page is the site's one script (site/lib/search/client.ts, bundled into /_astro/),
 * which imports /pagefind/pagefind.js; Pagefind runs its WebAssembly in a web worker
 * (/pagefind/pagefind-worker.js, whose own response carries this policy too) and fetches its
 * index (`connect-src 'self'`, as on every page). WebAssembly needs 'wasm-unsafe-eval', which allows compiling wasm and nothing else.
 */
const siteSearchDirectives: Directives = {
  ...sitePageDirectives,
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
}

/** Anything that is not a page: nothing in it may load or run anything if opened directly. */
const siteResourceDirectives: Directives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
}

/** The search page in each language: the only pages that run a script. */
export const SITE_SEARCH_PAGES = ['/tim-kiem/', '/en/tim-kiem/']

/** Where the site serves uploads (the build's copies of the files published pages use). */
export const SITE_UPLOAD_PREFIX = '/media/'

/** Where the site serves the search index (Pagefind's files, beside the releases). */
export const SITE_SEARCH_INDEX_PREFIX = '/pagefind/'

/** What counts as an HTML page by its Content-Type. */
export const HTML_CONTENT_TYPE = /^text\/html\b/

/**
 * The kind of a file the site serves from its build, by its address and type (a preview is an
 * address the server hands to the site's on-demand server).
 *
 * @example
 * siteResponseKind('/media/documents/ke-hoach.pdf', 'application/pdf') // 'upload'
 * siteResponseKind('/en/tim-kiem/', 'text/html; charset=utf-8') // 'search'
 */
export function siteResponseKind(
  sitePath: string,
  contentType: string,
): Exclude<SiteResponseKind, 'preview'> {
  if (sitePath.startsWith(SITE_UPLOAD_PREFIX)) return 'upload'
  const page = sitePath.replace(/\/index\.html$/, '/')
  if (sitePath.startsWith(SITE_SEARCH_INDEX_PREFIX) || SITE_SEARCH_PAGES.includes(page)) {
    return 'search'
  }
  return HTML_CONTENT_TYPE.test(contentType) ? 'page' : 'resource'
}

/**
 * The security headers of one response of the public site. Every kind forbids framing
 * (`frame-ancestors 'none'` and X-Frame-Options for older browsers) and sniffing. Uploads get
 * the policy the CMS gives the same files ({@link uploadedFileHeaders}: no script, plugin or
 * frame), so a document is treated alike on both origins. A preview shows a draft's uploads
 * from the CMS (`cmsOrigin`), and its address carries the token: no referrer, no caching (what
 * the site's preview route sends itself, kept even on answers the route did not make).
 *
 * @example
 * siteHeaders('preview', { cmsOrigin: 'https://cms.example.vn' })
 */
export function siteHeaders(
  kind: SiteResponseKind,
  { cmsOrigin }: { cmsOrigin?: string } = {},
): Header[] {
  const directives: Record<SiteResponseKind, Directives> = {
    page: sitePageDirectives,
    search: siteSearchDirectives,
    preview: {
      ...sitePageDirectives,
      'img-src': ["'self'", ...(cmsOrigin ? [cmsOrigin] : [])],
      'media-src': ["'self'", ...(cmsOrigin ? [cmsOrigin] : [])],
    },
    upload: { ...uploadedFileDirectives, 'frame-ancestors': ["'none'"] },
    resource: siteResourceDirectives,
  }
  return [
    { key: 'Content-Security-Policy', value: serializePolicy(directives[kind]) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(kind === 'preview'
      ? [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Cache-Control', value: 'no-store' },
        ]
      : [{ key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' }]),
  ]
}
