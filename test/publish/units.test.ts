import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { changedFiles, indexFiles, pruneFiles, snapshotFiles, writeJson } from '@cms/publish/files'
import {
  acquirePublishLock,
  publishLayout,
  readCurrentRelease,
  releasePublicDir,
  removeOldReleases,
  switchCurrentRelease,
} from '@cms/publish/layout'
import { buildPageManifest, buildRedirects, countItems, pagePathOf } from '@cms/publish/manifest'
import { checkBuild, type BuildFacts } from '@cms/publish/pipeline'
import { startLiveSite, type LiveSite } from '@cms/publish/server'
import { cacheControlOf, contentTypeOf } from '@cms/publish/serving'

let tmp: string
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-publish-units-'))
})
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true })
})

async function writeFiles(dir: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await fs.writeFile(path.join(dir, file), text)
  }
}

describe('pagePathOf', () => {
  it.each([
    ['index.html', '/'],
    ['tin-tuc/bai-a/index.html', '/tin-tuc/bai-a/'],
    ['404.html', '/404.html'],
    ['_astro/site.css', null],
    ['media/anh.webp', null],
  ])('%s → %s', (file, page) => {
    expect(pagePathOf(file)).toBe(page)
  })
})

describe('buildPageManifest', () => {
  const pages = new Set(['/tin-tuc/moi/', '/tin-tuc/cu/', '/en/tin-tuc/moi/'])
  it.each([
    [
      'the URL the build reports when it has that page',
      { k: '/tin-tuc/moi/' },
      {},
      '/tin-tuc/moi/',
    ],
    [
      'the previous URL when the build still has the old page',
      { k: '/tin-tuc/khac/' },
      { k: '/tin-tuc/cu/' },
      '/tin-tuc/cu/',
    ],
    ['nothing when the build has no page for it', { k: '/tin-tuc/khac/' }, {}, undefined],
    ['nothing for an item gone from the CMS and the build', {}, { k: '/tin-tuc/xoa/' }, undefined],
  ])('gives %s', (_, built, previous, url) => {
    expect(buildPageManifest(built, previous, pages).k).toBe(url)
  })
})

describe('buildRedirects', () => {
  const pages = new Set(['/tin-tuc/c/', '/tin-tuc/a-reused/'])
  it('redirects a renamed item from its old URL', () => {
    const redirects = buildRedirects(
      { 'articles:1:vi': '/tin-tuc/a/' },
      {},
      { 'articles:1:vi': '/tin-tuc/c/' },
      pages,
    )
    expect(redirects['/tin-tuc/a/']).toEqual({ key: 'articles:1:vi', to: '/tin-tuc/c/' })
  })
  it('follows a second rename: the first URL goes straight to the newest', () => {
    const previousRedirects = { '/tin-tuc/a/': { key: 'articles:1:vi', to: '/tin-tuc/b/' } }
    const redirects = buildRedirects(
      { 'articles:1:vi': '/tin-tuc/b/' },
      previousRedirects,
      { 'articles:1:vi': '/tin-tuc/c/' },
      pages,
    )
    expect(redirects['/tin-tuc/a/']!.to).toBe('/tin-tuc/c/')
    expect(redirects['/tin-tuc/b/']!.to).toBe('/tin-tuc/c/')
  })
  it('never redirects a URL that is a page again (a slug reused by another item)', () => {
    const redirects = buildRedirects(
      {},
      { '/tin-tuc/a-reused/': { key: 'articles:1:vi', to: '/tin-tuc/c/' } },
      { 'articles:1:vi': '/tin-tuc/c/' },
      pages,
    )
    expect(redirects['/tin-tuc/a-reused/']).toBeUndefined()
  })
  it('keeps the redirect of an unpublished item without a target, for when it returns', () => {
    const redirects = buildRedirects(
      {},
      { '/tin-tuc/a/': { key: 'articles:1:vi', to: '/tin-tuc/c/' } },
      {},
      pages,
    )
    expect(redirects['/tin-tuc/a/']).toEqual({ key: 'articles:1:vi', to: null })
  })
})

describe('checkBuild', () => {
  const facts = (over: Partial<BuildFacts>): BuildFacts => ({
    pages: new Set(['/', '/404.html', '/tin-tuc/a/']),
    manifest: { 'articles:1:vi': '/tin-tuc/a/' },
    publishedItems: 1,
    expectedItems: 1,
    previous: null,
    ...over,
  })
  const previous = {
    id: 'r1',
    createdAt: '',
    trigger: null,
    publishedItems: 40,
    pagesTotal: 90,
    pagesRendered: 90,
    pagesReused: 0,
    buildSeconds: 1,
  }
  it.each([
    ['a sound build', facts({}), null],
    ['no home page', facts({ pages: new Set(['/404.html']) }), /no \/ page/],
    ['no 404 page', facts({ pages: new Set(['/']) }), /404/],
    [
      'items fell to zero',
      facts({ publishedItems: 0, expectedItems: 0, previous }),
      /fell from 40 to 0/,
    ],
    [
      'no item pages although the CMS has items',
      facts({ publishedItems: 0, expectedItems: 5 }),
      /has 5 published/,
    ],
  ])('%s', (_, input, expected) => {
    const result = checkBuild(input)
    if (expected === null) expect(result).toBeNull()
    else expect(result).toMatch(expected)
  })
  it('counts items, not their languages or terms', () => {
    expect(
      countItems({ 'articles:1:vi': '/a/', 'articles:1:en': '/en/a/', 'topics:2:vi': '/t/' }),
    ).toBe(1)
  })
})

describe('work directory → release', () => {
  it('prunes what the build did not write or list, and links unchanged files into the next release', async () => {
    const work = path.join(tmp, 'work')
    await writeFiles(work, {
      'index.html': '<h1>v1</h1>',
      'tin-tuc/a/index.html': 'a',
      'tin-tuc/b/index.html': 'b',
    })
    const first = await indexFiles(work)
    const release1 = path.join(tmp, 'r1')
    expect(await snapshotFiles({ from: work, to: release1, files: first })).toEqual({
      linked: 0,
      copied: 3,
    })

    // The next build rewrites the home page and leaves a and b alone; b's item was deleted.
    await new Promise((resolve) => setTimeout(resolve, 20))
    await writeFiles(work, { 'index.html': '<h1>v2</h1>' })
    const after = await indexFiles(work)
    const written = changedFiles(first, after)
    expect([...written]).toEqual(['index.html'])
    const pruned = await pruneFiles(work, after, new Set([...written, 'tin-tuc/a/index.html']))
    expect(pruned).toEqual(['tin-tuc/b/index.html'])
    await expect(fs.stat(path.join(work, 'tin-tuc/b'))).rejects.toThrow()

    const release2 = path.join(tmp, 'r2')
    const counts = await snapshotFiles({
      from: work,
      to: release2,
      files: after,
      previous: { dir: release1, files: first },
    })
    expect(counts).toEqual({ linked: 1, copied: 1 })
    const [a1, a2] = await Promise.all(
      [release1, release2].map((dir) => fs.stat(path.join(dir, 'tin-tuc/a/index.html'))),
    )
    expect(a2!.ino).toBe(a1!.ino)
    // The live release is never touched by the work directory: rewriting work files leaves it.
    await writeFiles(work, { 'tin-tuc/a/index.html': 'a, rewritten in place' })
    expect(await fs.readFile(path.join(release2, 'tin-tuc/a/index.html'), 'utf8')).toBe('a')
    expect(await fs.readFile(path.join(release1, 'index.html'), 'utf8')).toBe('<h1>v1</h1>')
  })

  it('switches `current` atomically and removes old releases but never the live one', async () => {
    const layout = publishLayout(path.join(tmp, 'site'))
    const ids = [
      '20250101T000000000Z-a',
      '20250102T000000000Z-b',
      '20250103T000000000Z-c',
      '20250104T000000000Z-d',
    ]
    for (const id of ids) await fs.mkdir(path.join(layout.releases, id), { recursive: true })
    await switchCurrentRelease(layout, path.join(layout.releases, ids[1]!))
    expect(await readCurrentRelease(layout)).toBe(path.join(layout.releases, ids[1]!))
    const removed = await removeOldReleases(layout, 2)
    expect(removed.map((dir) => path.basename(dir))).toEqual([ids[0]])
    expect((await fs.readdir(layout.releases)).sort()).toEqual(ids.slice(1))
  })

  it("lets one publish at a time hold the lock, and takes over a dead process's lock", async () => {
    const layout = publishLayout(path.join(tmp, 'locked'))
    const unlock = await acquirePublishLock(layout)
    await expect(acquirePublishLock(layout, { timeoutMs: 300, pollMs: 50 })).rejects.toThrow(
      /still running/,
    )
    await unlock()
    await fs.writeFile(layout.lock, '999999999')
    const again = await acquirePublishLock(layout, { timeoutMs: 300 })
    await again()
  })
})

describe('the live server', () => {
  let site: LiveSite
  let layout: ReturnType<typeof publishLayout>
  const html = (title: string) =>
    `<!doctype html><html><body><h1>${title}</h1>${'<p>Hải Phòng</p>'.repeat(200)}</body></html>`

  async function makeRelease(id: string, files: Record<string, string>, redirects = {}) {
    const dir = path.join(layout.releases, id)
    await writeFiles(releasePublicDir(dir), files)
    await writeJson(path.join(dir, 'redirects.json'), redirects)
    return dir
  }

  beforeAll(async () => {
    layout = publishLayout(path.join(tmp, 'served'))
    site = await startLiveSite({ layout, port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await site?.close()
  })

  it('answers 503 before the first publish, with the headers of every answer', async () => {
    const res = await fetch(`${site.url}/`)
    expect(res.status).toBe(503)
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves the release `current` points to, per request', async () => {
    await makeRelease(
      'r1',
      {
        'index.html': html('Trang chủ 1'),
        '404.html': html('Không tìm thấy'),
        'tin-tuc/moi/index.html': html('Bài mới'),
        '_astro/site.Ab12.css': 'body{color:red}',
        'media/anh.webp': 'RIFF....WEBP',
        'rss.xml': '<rss/>',
      },
      { '/tin-tuc/cu/': { key: 'articles:1:vi', to: '/tin-tuc/moi/' } },
    )
    await switchCurrentRelease(layout, path.join(layout.releases, 'r1'))
    const home = await fetch(`${site.url}/`)
    expect(home.status).toBe(200)
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(home.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(home.headers.get('x-site-release')).toBe('r1')
    expect(await home.text()).toContain('Trang chủ 1')

    await makeRelease('r2', { 'index.html': html('Trang chủ 2'), '404.html': html('404') })
    await switchCurrentRelease(layout, path.join(layout.releases, 'r2'))
    expect(await (await fetch(`${site.url}/`)).text()).toContain('Trang chủ 2')
    await switchCurrentRelease(layout, path.join(layout.releases, 'r1'))
  })

  it.each([
    [
      '/_astro/site.Ab12.css',
      200,
      'text/css; charset=utf-8',
      'public, max-age=31536000, immutable',
    ],
    ['/media/anh.webp', 200, 'image/webp', 'public, max-age=3600'],
    ['/rss.xml', 200, 'application/rss+xml; charset=utf-8', 'public, max-age=0, must-revalidate'],
    ['/khong-co/', 404, 'text/html; charset=utf-8', 'no-cache'],
  ])('GET %s → %i %s', async (url, status, type, cache) => {
    const res = await fetch(`${site.url}${url}`)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toBe(type)
    expect(res.headers.get('cache-control')).toBe(cache)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('redirects old slugs (301) and adds the trailing slash', async () => {
    const old = await fetch(`${site.url}/tin-tuc/cu/?utm=x`, { redirect: 'manual' })
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe('/tin-tuc/moi/?utm=x')
    const noSlash = await fetch(`${site.url}/tin-tuc/moi`, { redirect: 'manual' })
    expect(noSlash.status).toBe(301)
    expect(noSlash.headers.get('location')).toBe('/tin-tuc/moi/')
  })

  it('never serves files outside the release', async () => {
    await fs.writeFile(path.join(layout.releases, 'r1', 'redirects-secret.txt'), 'secret')
    for (const url of [
      '/../redirects.json',
      '/%2e%2e/redirects.json',
      '/..%2fredirects-secret.txt',
    ]) {
      const res = await fetch(`${site.url}${url}`)
      expect(await res.text()).not.toContain('secret')
      expect([400, 404]).toContain(res.status)
    }
  })

  it('answers conditional requests, byte ranges and brotli', async () => {
    const first = await fetch(`${site.url}/tin-tuc/moi/`)
    const etag = first.headers.get('etag')!
    expect(
      (await fetch(`${site.url}/tin-tuc/moi/`, { headers: { 'If-None-Match': etag } })).status,
    ).toBe(304)
    const range = await fetch(`${site.url}/media/anh.webp`, { headers: { Range: 'bytes=0-3' } })
    expect(range.status).toBe(206)
    expect(await range.text()).toBe('RIFF')
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${site.url}/tin-tuc/moi/`, { headers: { 'Accept-Encoding': 'br' } }, (res) => {
          expect(res.headers['content-encoding']).toBe('br')
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)))
        }).on('error', reject),
      )
    })
    expect(brotliDecompressSync(raw).toString()).toContain('Bài mới')
  })

  it.each([
    ['feed.json', 'application/feed+json; charset=utf-8'],
    ['su-kien.ics', 'text/calendar; charset=utf-8'],
    ['ke-hoach.pdf', 'application/pdf'],
    ['font.woff2', 'font/woff2'],
    ['la.bin', 'application/octet-stream'],
  ])('content type of %s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type)
    expect(cacheControlOf(`/${file}`, type)).toMatch(/^public/)
  })
})
