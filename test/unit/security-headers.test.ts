/**
 * Pure security building blocks: the admin's response headers (and that next.config applies
 * them), the CSRF origin list, the cookie flag, client addresses (and the forwarded headers the
 * CMS server rewrites). The limits' stores are tested in test/cms/shared-state-stores.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { secureCookies } from '@cms/security/cookies'
import { clientAddress, forwardedHeaders, trustedProxyHops } from '@cms/security/clientAddress'
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

describe('trustedProxyHops', () => {
  it.each([
    [{}, 0],
    [{ TRUSTED_PROXY_HOPS: '' }, 0],
    [{ TRUSTED_PROXY_HOPS: '0' }, 0],
    [{ TRUSTED_PROXY_HOPS: '2' }, 2],
  ])('%o → %s', (env, expected) => {
    expect(trustedProxyHops(env)).toBe(expected)
  })

  it.each(['-1', '1.5', 'yes'])('refuses TRUSTED_PROXY_HOPS=%s', (value) => {
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS/)
  })
})

describe('forwardedHeaders (what the CMS server hands to Next.js)', () => {
  const peer = '203.0.113.7'
  it.each([
    // No proxy: whatever the client sent is replaced by the socket's address.
    [{}, 0, { 'x-forwarded-for': peer, 'x-real-ip': peer }],
    [
      { 'x-forwarded-for': '10.9.9.9', 'x-real-ip': '10.9.9.8' },
      0,
      { 'x-forwarded-for': peer, 'x-real-ip': peer },
    ],
    [{ 'x-forwarded-for': ['1.1.1.1', '2.2.2.2, 3.3.3.3'] }, 0, { 'x-forwarded-for': peer }],
    [
      { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example', 'x-forwarded-port': '1' },
      0,
      { 'x-forwarded-for': peer },
    ],
    // One proxy (at 10.0.0.2): it appended the client it saw; the client's own entries go.
    [
      { 'x-forwarded-for': '6.6.6.6, 198.51.100.4' },
      1,
      { 'x-forwarded-for': `198.51.100.4, ${peer}`, 'x-real-ip': '198.51.100.4' },
    ],
    [
      { 'x-forwarded-for': '198.51.100.4', 'x-forwarded-proto': 'https' },
      1,
      { 'x-forwarded-for': `198.51.100.4, ${peer}`, 'x-forwarded-proto': 'https' },
    ],
    // Two proxies: the outer one saw the client, the inner one saw the outer one.
    [
      { 'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.0.0.1' },
      2,
      { 'x-forwarded-for': `198.51.100.4, 10.0.0.1, ${peer}`, 'x-real-ip': '198.51.100.4' },
    ],
    // Reached without the proxy (no header): the peer is all there is.
    [{}, 1, { 'x-forwarded-for': peer, 'x-real-ip': peer }],
  ])('%o with %s trusted hops → %o', (arrived, hops, expected) => {
    const result = forwardedHeaders({ host: 'cms.example', ...arrived }, peer, hops)
    expect(result).toMatchObject({ host: 'cms.example', ...expected })
    for (const name of ['x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port']) {
      if (!(name in expected)) expect(result[name]).toBeUndefined()
    }
  })

  it('rotating X-Forwarded-For does not change the address the CMS sees', () => {
    const seen = ['1.2.3.4', '5.6.7.8, 9.9.9.9', 'garbage', ''].map((forged) => {
      const headers = forwardedHeaders({ 'x-forwarded-for': forged }, peer, 0)
      return clientAddress(new Headers(headers as Record<string, string>), 0)
    })
    expect(seen).toEqual([peer, peer, peer, peer])
  })

  it('leaves the incoming headers object as it was', () => {
    const arrived = { 'x-forwarded-for': '6.6.6.6' }
    forwardedHeaders(arrived, peer, 0)
    expect(arrived).toEqual({ 'x-forwarded-for': '6.6.6.6' })
  })
})

describe('clientAddress (of the chain the CMS server wrote)', () => {
  const h = (init: Record<string, string>) => new Headers(init)
  it.each([
    [h({ 'x-forwarded-for': '203.0.113.7' }), 0, '203.0.113.7'],
    [h({ 'x-forwarded-for': '10.9.9.9, 203.0.113.7' }), 0, '203.0.113.7'],
    [h({ 'x-forwarded-for': '203.0.113.7, 10.0.0.2' }), 1, '203.0.113.7'],
    [h({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1, 10.0.0.2' }), 2, '203.0.113.7'],
    // Shorter than the hops (the proxy was bypassed): the left-most entry.
    [h({ 'x-forwarded-for': '10.0.0.2' }), 1, '10.0.0.2'],
    // X-Real-IP alone is not a chain the server wrote.
    [h({ 'x-real-ip': '203.0.113.8' }), 0, null],
    [h({ 'x-forwarded-for': ' , ' }), 0, null],
    [h({}), 0, null],
    [undefined, 0, null],
  ])('%#', (headers, hops, expected) => {
    expect(clientAddress(headers, hops)).toBe(expected)
  })
})
