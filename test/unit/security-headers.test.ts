/**
 * Pure security building blocks: the admin's response headers (and that next.config applies
 * them), the CSRF origin list, the cookie flag, client addresses behind proxies, and the
 * sliding-window limiter behind the login limits.
 */
import { describe, expect, it } from 'vitest'

import { secureCookies } from '@cms/security/cookies'
import { clientAddress } from '@cms/security/clientAddress'
import {
  contentSecurityPolicy,
  nextHeaderRules,
  securityHeaders,
  siteHeaders,
  siteResponseKind,
  strictTransportSecurity,
  uploadedFileHeaders,
} from '@cms/security/headers'
import { allowedOrigins } from '@cms/security/origins'
import { createRateLimiter } from '@cms/security/rateLimit'

const header = (list: { key: string; value: string }[], key: string) =>
  list.find((h) => h.key.toLowerCase() === key.toLowerCase())?.value

describe('securityHeaders', () => {
  const headers = securityHeaders()
  it.each([
    ['X-Content-Type-Options', /^nosniff$/],
    ['X-Frame-Options', /^DENY$/],
    ['Referrer-Policy', /^same-origin$/],
    ['Content-Security-Policy', /frame-ancestors 'none'/],
    ['Content-Security-Policy', /object-src 'none'/],
    ['Content-Security-Policy', /base-uri 'self'/],
    ['Content-Security-Policy', /default-src 'self'/],
  ])('%s matches %s', (key, pattern) => {
    expect(header(headers, key)).toMatch(pattern)
  })

  it('allows eval only in development (React’s dev build and hot reload)', () => {
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval/)
    expect(contentSecurityPolicy({ dev: true })).toMatch(/'unsafe-eval'/)
    expect(contentSecurityPolicy({ dev: true })).toMatch(/connect-src 'self' ws: wss:/)
  })

  it('sends HSTS only for requests that arrived over https', () => {
    const rules = nextHeaderRules()
    const hsts = rules.filter((rule) => header(rule.headers, 'Strict-Transport-Security'))
    expect(hsts).toHaveLength(1)
    expect(hsts[0].has).toEqual([{ type: 'header', key: 'x-forwarded-proto', value: 'https' }])
    expect(strictTransportSecurity.value).toMatch(/max-age=\d{8,}/)
  })

  it('are what cms/next.config.mjs serves', async () => {
    const { default: config } = await import('@cms/next.config.mjs')
    const rules = await config.headers!()
    for (const rule of nextHeaderRules()) {
      expect(rules).toContainEqual(expect.objectContaining(rule))
    }
    expect(config.poweredByHeader).toBe(false)
  })
})

describe('siteResponseKind (the public site’s answers)', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'page'],
    ['/tin-tuc/bai-a/', 'text/html; charset=utf-8', 'page'],
    ['/404.html', 'text/html; charset=utf-8', 'page'],
    ['/tim-kiem/', 'text/html; charset=utf-8', 'search'],
    ['/en/tim-kiem/', 'text/html; charset=utf-8', 'search'],
    ['/tim-kiem/index.html', 'text/html; charset=utf-8', 'search'],
    ['/tin-tuc/tim-kiem/', 'text/html; charset=utf-8', 'page'],
    ['/pagefind/pagefind-worker.js', 'text/javascript; charset=utf-8', 'search'],
    ['/media/anh.webp', 'image/webp', 'upload'],
    ['/media/documents/ke-hoach.pdf', 'application/pdf', 'upload'],
    ['/media/documents/ke-hoach.docx', 'application/octet-stream', 'upload'],
    ['/rss.xml', 'application/rss+xml; charset=utf-8', 'resource'],
    ['/su-kien/hoi-nghi.ics', 'text/calendar; charset=utf-8', 'resource'],
    ['/_astro/site.css', 'text/css; charset=utf-8', 'resource'],
  ])('%s (%s) → %s', (sitePath, type, kind) => {
    expect(siteResponseKind(sitePath, type)).toBe(kind)
  })
})

describe('siteHeaders', () => {
  const kinds = ['page', 'search', 'preview', 'upload', 'resource'] as const
  it.each(kinds)('%s: no framing, no sniffing, a referrer policy', (kind) => {
    const headers = siteHeaders(kind)
    expect(header(headers, 'Content-Security-Policy')).toMatch(/(^|; )frame-ancestors 'none'(;|$)/)
    expect(header(headers, 'X-Frame-Options')).toBe('DENY')
    expect(header(headers, 'X-Content-Type-Options')).toBe('nosniff')
    expect(header(headers, 'Referrer-Policy')).toMatch(
      /^(strict-origin-when-cross-origin|no-referrer)$/,
    )
  })

  it.each(kinds)('%s: script only on the search page, and never inline or eval', (kind) => {
    const csp = header(siteHeaders(kind), 'Content-Security-Policy')!
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/)
    if (kind === 'search') expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/)
    else expect(csp).toMatch(/default-src 'none'|script-src 'none'/)
  })

  it('gives uploads the policy the CMS gives the same files, plus no framing', () => {
    const cms = header(uploadedFileHeaders, 'Content-Security-Policy')
    expect(header(siteHeaders('upload'), 'Content-Security-Policy')).toBe(
      `${cms}; frame-ancestors 'none'`,
    )
  })

  it('lets a preview show uploads from the CMS, never cached or referred', () => {
    const headers = siteHeaders('preview', { cmsOrigin: 'https://cms.example.vn' })
    const csp = header(headers, 'Content-Security-Policy')!
    expect(csp).toMatch(/img-src 'self' https:\/\/cms\.example\.vn;/)
    expect(csp).toMatch(/media-src 'self' https:\/\/cms\.example\.vn;/)
    expect(header(headers, 'Cache-Control')).toBe('no-store')
    expect(header(headers, 'Referrer-Policy')).toBe('no-referrer')
  })
})

describe('allowedOrigins (CSRF allow-list)', () => {
  it.each([
    [{}, ['http://localhost:3000', 'http://127.0.0.1:3000']],
    [{ CMS_PORT: '4000' }, ['http://localhost:4000', 'http://127.0.0.1:4000']],
    [{ CMS_URL: 'https://cms.haiphong.example/admin' }, ['https://cms.haiphong.example']],
    [
      {
        CMS_URL: 'https://cms.haiphong.example',
        CSRF_ORIGINS: 'https://a.example, https://b.example/',
      },
      ['https://cms.haiphong.example', 'https://a.example', 'https://b.example'],
    ],
  ])('%o → %o', (env, expected) => {
    expect(allowedOrigins(env)).toEqual(expected)
  })

  it('refuses something that is not a URL instead of allowing nothing useful', () => {
    expect(() => allowedOrigins({ CSRF_ORIGINS: 'cms.example' })).toThrow(/not a URL/)
  })
})

describe('secureCookies', () => {
  it.each([
    [{}, true],
    [{ CMS_URL: 'https://cms.haiphong.example' }, true],
    [{ CMS_URL: 'http://10.0.0.5:3000' }, false],
  ])('%o → %s', (env, expected) => {
    expect(secureCookies(env)).toBe(expected)
  })
})

describe('clientAddress', () => {
  const h = (init: Record<string, string>) => new Headers(init)
  it.each([
    [h({ 'x-forwarded-for': '203.0.113.7' }), 1, '203.0.113.7'],
    // A client-sent entry on the left is ignored: the proxy appended the real address.
    [h({ 'x-forwarded-for': '10.9.9.9, 203.0.113.7' }), 1, '203.0.113.7'],
    [h({ 'x-forwarded-for': '10.9.9.9, 203.0.113.7, 172.16.0.2' }), 2, '203.0.113.7'],
    [h({ 'x-real-ip': '203.0.113.8' }), 1, '203.0.113.8'],
    [h({}), 1, null],
    [undefined, 1, null],
  ])('%#', (headers, hops, expected) => {
    expect(clientAddress(headers, hops)).toBe(expected)
  })
})

describe('createRateLimiter', () => {
  it('allows `limit` hits per window, then refuses until the oldest hit ages out', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000 })
    const at = (t: number) => limiter.hit('k', t)
    expect([at(0), at(100), at(200)].map((r) => r.allowed)).toEqual([true, true, true])
    expect(at(300)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 700 })
    expect(at(1000).allowed).toBe(true)
    expect(limiter.hit('other', 300).allowed).toBe(true)
  })

  it('gives a hit back, and stays bounded in memory', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, maxKeys: 2 })
    expect(limiter.hit('a', 0).allowed).toBe(true)
    limiter.release('a')
    expect(limiter.hit('a', 1).allowed).toBe(true)
    limiter.hit('b', 2)
    limiter.hit('c', 3) // evicts the oldest key ('a')
    expect(limiter.hit('a', 4).allowed).toBe(true)
  })
})
