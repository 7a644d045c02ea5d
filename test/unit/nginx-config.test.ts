/**
 * The generated nginx configuration (deploy/nginx/render.ts) read back: for each kind of file the
 * site serves, the maps, types and header lines nginx would apply give what the live site server
 * sends (cms/publish/serving.ts, cms/security/headers.ts). That nginx really answers so is the
 * cluster test's part (test/cluster); this one runs without nginx.
 */
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { fillTemplate, nginxString, renderHubConfig } from '../../deploy/nginx/render'
import {
  cacheControlOf,
  contentTypeOf,
  FILE_HEADERS,
  LIVE_ONLY_PREFIXES,
  NAMED_CONTENT_TYPES,
} from '@cms/publish/serving'
import { siteResponseKind } from '@cms/security/headers'

const config = renderHubConfig({
  cmsInstances: ['10.0.0.11:3000', '10.0.0.12:3000'],
  liveSite: '127.0.0.1:4321',
  publishDir: '/srv/hub/data/site',
  siteListen: '8080',
  cmsListen: '8081',
})

/** The entries of `map <source> <variable> { … }`: [key, value] in order. */
function mapEntries(variable: string): [string, string][] {
  const block = new RegExp(`map \\S+ \\${variable} \\{\\n([\\s\\S]*?)\\n\\}`).exec(config)
  expect(block, `map ${variable}`).toBeTruthy()
  return block![1]!.split('\n').map((line) => {
    const entry = /^\s*("(?:[^"\\]|\\.)*"|\S+)\s+("(?:[^"\\]|\\.)*"|\S+);$/.exec(line)
    expect(entry, line).toBeTruthy()
    return [entry![1]!, entry![2]!]
  })
}

const unquote = (text: string) =>
  text.startsWith('"') ? text.slice(1, -1).replace(/\\(["\\])/g, '$1') : text

/** nginx's lookup: exact keys first, then regexes in order, then the default. */
function lookUp(variable: string, value: string): string {
  const entries = mapEntries(variable).map(([key, result]) => [unquote(key), unquote(result)])
  const exact = entries.find(([key]) => !key.startsWith('~') && key === value)
  if (exact) return exact[1]!
  for (const [key, result] of entries) {
    if (!key!.startsWith('~')) continue
    const insensitive = key!.startsWith('~*')
    if (new RegExp(key!.slice(insensitive ? 2 : 1), insensitive ? 'i' : '').test(value)) {
      return result!
    }
  }
  return entries.find(([key]) => key === 'default')?.[1] ?? ''
}

/** The Content-Type nginx sends for a file: its location's or the types block's, + charset. */
function nginxContentType(file: string): string {
  const named = new RegExp(
    `location ~ /${path.basename(file).replace(/\./g, '\\\\.')}\\$ \\{[^}]*\\}\\s*default_type (\\S+);`,
  ).exec(config)
  const types = /types \{\n([\s\S]*?)\n\s*\}/.exec(config)![1]!
  const byExtension = new Map(
    types.split('\n').flatMap((line) => {
      const [mime, ...extensions] = line.trim().replace(/;$/, '').split(/\s+/)
      return extensions.map((extension) => [extension, mime!] as const)
    }),
  )
  const mime =
    named?.[1] ??
    byExtension.get(path.extname(file).slice(1).toLowerCase()) ??
    /default_type (\S+);/.exec(config)![1]!
  const charsetTypes = /charset_types ([^;]+);/.exec(config)![1]!.split(' ')
  return charsetTypes.includes(mime) ? `${mime}; charset=utf-8` : mime
}

// As nginx sees them: `$uri` is the file try_files found (a page is its folder's index.html).
const FILES = [
  '/index.html',
  '/tin-tuc/bai-a/index.html',
  '/en/tin-tuc/bai-a/index.html',
  '/tim-kiem/index.html',
  '/en/tim-kiem/index.html',
  '/tin-tuc/tim-kiem/index.html',
  '/404.html',
  '/rss.xml',
  '/en/tin-tuc/rss.xml',
  '/feed.json',
  '/sitemap-index.xml',
  '/site-pages.json',
  '/su-kien/hoi-nghi.ics',
  '/robots.txt',
  '/favicon.ico',
  '/_astro/site.B1x9.css',
  '/_astro/be-vietnam-pro.woff2',
  '/media/anh-bia.webp',
  '/media/ANH.JPG',
  '/media/documents/ke-hoach.pdf',
  '/media/documents/ke-hoach.docx',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/index/vi_abc.pf_index',
  '/og/tin-tuc/bai-a-3f2a.png',
  '/khong-co-duoi',
]

describe('nginx answers files from disk as the live site server does', () => {
  it.each(FILES)('%s: content type, security headers and Cache-Control', (file) => {
    const type = contentTypeOf(file)
    expect(nginxContentType(file)).toBe(type)
    const kind = lookUp('$hub_site_kind', file) as keyof typeof FILE_HEADERS
    expect(kind).toBe(siteResponseKind(file, type))
    for (const { key, value } of FILE_HEADERS[kind]) {
      const variable = `$hub_site_${key.toLowerCase().replace(/-/g, '_')}`
      expect(lookUp(variable, kind), key).toBe(value)
    }
    expect(lookUp('$hub_site_cache_control', file)).toBe(cacheControlOf(file, type))
  })

  it('every location serving files adds each header, on every status (always)', () => {
    const keys = new Set(Object.values(FILE_HEADERS).flatMap((list) => list.map((h) => h.key)))
    // A location block: from its line to the closing brace at its own indentation.
    const locations = [...config.matchAll(/^ {4}location ([^{\n]+)\{\n([\s\S]*?)\n {4}\}$/gm)]
    const serving = locations.filter(([, , body]) => !body!.includes('proxy_pass'))
    // `/`, each named feed, the search index.
    expect(serving).toHaveLength(2 + Object.keys(NAMED_CONTENT_TYPES).length)
    for (const [, where, body] of serving) {
      for (const key of [...keys, 'Cache-Control', 'X-Site-Release']) {
        expect(body, `${where}: ${key}`).toMatch(new RegExp(`add_header ${key} \\S+ always;`))
      }
    }
  })

  it('passes forms, previews and misses to the live server, and spreads the CMS', () => {
    for (const prefix of LIVE_ONLY_PREFIXES) {
      expect(config).toContain(`location ^~ ${prefix} {\n        proxy_pass http://hub_live_site;`)
    }
    expect(config).toContain('try_files $uri ${uri}index.html @live_site;')
    expect(config).toMatch(/upstream hub_cms \{\n\s+least_conn;\n\s+server 10\.0\.0\.11:3000 /)
    expect(config).toContain('server 10.0.0.12:3000 ')
    expect(config).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;')
    expect(config).toContain('root /srv/hub/data/site/current/public;')
    expect(config).toContain('alias /srv/hub/data/site/search-current/;')
  })
})

describe('template and values', () => {
  it('refuses a placeholder without a value, and a value without a placeholder', () => {
    expect(() => fillTemplate('listen {{port}};', {})).toThrow(/No value for \{\{port\}\}/)
    expect(() => fillTemplate('listen 80;', { port: '80' })).toThrow(/has no \{\{port\}\}/)
    expect(fillTemplate('listen {{port}};', { port: '80' })).toBe('listen 80;')
  })

  it.each([
    ["default-src 'none'", `"default-src 'none'"`],
    ['say "hi"', '"say \\"hi\\""'],
  ])('writes %s as %s', (value, written) => {
    expect(nginxString(value)).toBe(written)
  })

  it('refuses what nginx would read as a variable or a new line', () => {
    expect(() => nginxString('price $5')).toThrow(/Cannot write/)
    expect(() => nginxString('a\nb')).toThrow(/Cannot write/)
  })

  it('refuses a relative publish directory and no instances', () => {
    const base = { cmsInstances: ['127.0.0.1:3000'], liveSite: '127.0.0.1:4321' }
    expect(() => renderHubConfig({ ...base, publishDir: 'data/site' })).toThrow(/absolute/)
    expect(() => renderHubConfig({ ...base, cmsInstances: [], publishDir: '/srv' })).toThrow(
      /At least one/,
    )
  })
})
