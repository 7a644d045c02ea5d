/**
 * Security headers of the admin and API (cms/next.config.mjs applies them; the public site can
 * reuse the pieces). Plain data and pure functions, importable from an .mjs config.
 */

export type Header = { key: string; value: string }

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
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
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
export const uploadedFileHeaders: Header[] = [
  {
    key: 'Content-Security-Policy',
    value:
      "script-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
  },
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
