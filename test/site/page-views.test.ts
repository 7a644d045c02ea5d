/**
 * Page views through the real live site server (issue 16): the demo build served as a release by
 * createLiveSiteHandler with the recorder of `npm start` as its onPageView, requests over HTTP,
 * the counts read back from the database after a flush. Only whole pages sent to a reader count;
 * no answer sets a cookie; the stored rows hold a path, a day and a number, nothing else.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSitePages } from '@channels/sitePages'
import { portalDay } from '@cms/pageViews/counting'
import { createPageViewRecorder, type PageViewRecorder } from '@cms/pageViews/recorder'
import { publishLayout, switchCurrentRelease, switchLink } from '@cms/publish/layout'
import { startLiveSite, type LiveSite } from '@cms/publish/server'
import { demoSite } from '../helpers/demoSite'
import { startTestHub, type TestHub } from '../helpers/payload'
import { listFiles, makeProjectTempDir } from '../helpers/site'

const ARTICLE = '/tin-tuc/hai-phong-ban-hanh-ke-hoach-phat-trien-he-sinh-thai-khoi-nghiep/'
const OLD_ARTICLE_URL = '/tin-tuc/ten-cu-cua-bai/'
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
const READS = 5

let hub: TestHub
let live: LiveSite
let recorder: PageViewRecorder
let layoutDir: string
let englishArticle: string
let views = 0
const files = { css: '', image: '' }

beforeAll(async () => {
  const site = await demoSite()
  hub = await startTestHub({ from: site })
  layoutDir = await makeProjectTempDir('hub-views-')
  const layout = publishLayout(layoutDir)
  const release = path.join(layout.releases, 'demo')
  await fs.mkdir(release, { recursive: true })
  await fs.symlink(site.clientDir, path.join(release, 'public'))
  await fs.writeFile(
    path.join(release, 'redirects.json'),
    JSON.stringify({ [OLD_ARTICLE_URL]: { key: 'articles:0:vi', to: ARTICLE } }),
  )
  await switchCurrentRelease(layout, release)
  await switchLink(layout.root, layout.searchCurrent, path.join(site.clientDir, 'pagefind'))

  const { urls } = await readSitePages(site.clientDir)
  englishArticle = Object.entries(urls).find(([key]) => /^articles:\d+:en$/.test(key))![1]
  const built = await listFiles(site.clientDir)
  files.css = `/${built.find((name) => /^_astro\/[^/]+\.css$/.test(name))}`
  files.image = `/${built.find((name) => /^media\/[^/]+\.webp$/.test(name))}`

  // As in cms/scripts/start.ts, with the flush left to the test.
  recorder = createPageViewRecorder(hub.payload, { flushMs: 3_600_000 })
  live = await startLiveSite({
    layout,
    port: 0,
    host: '127.0.0.1',
    onPageView: (page) => {
      views++
      recorder.record(page)
    },
  })
}, 600_000)

afterAll(async () => {
  await live?.close()
  await recorder?.stop()
  await hub?.cleanup()
  if (layoutDir) await fs.rm(layoutDir, { recursive: true, force: true })
})

const setCookies: string[] = []
async function get(
  sitePath: string,
  init: RequestInit & { headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${live.url}${sitePath}`, {
    redirect: 'manual',
    ...init,
    headers: { 'User-Agent': BROWSER, ...init.headers },
  })
  await res.arrayBuffer()
  setCookies.push(...res.headers.getSetCookie())
  return res
}

/** Views are counted once the answer is sent: until `expected` arrived, then time for strays. */
async function waitForViews(expected = 0) {
  const until = Date.now() + 5_000
  while (views < expected && Date.now() < until) await new Promise((r) => setTimeout(r, 20))
  await new Promise((r) => setTimeout(r, 300))
}

describe('the live server counts what readers read', () => {
  it('N reads of an article are N views of its page, after a flush', async () => {
    for (let i = 0; i < READS; i++) expect((await get(ARTICLE)).status).toBe(200)
    // A query string is the same page; so is the page's file name.
    expect((await get(`${ARTICLE}?utm_source=zalo&fbclid=abc`)).status).toBe(200)
    expect((await get(`${ARTICLE}index.html`)).status).toBe(200)
    // The English page is a page of its own.
    expect((await get(englishArticle)).status).toBe(200)
    await waitForViews(READS + 3)
    await recorder.flush()

    const { docs } = await hub.payload.find({
      collection: 'page-views',
      pagination: false,
      sort: 'path',
    })
    expect(docs.map(({ path, day, count }) => ({ path, day, count }))).toEqual([
      { path: englishArticle, day: portalDay(new Date()), count: 1 },
      { path: ARTICLE, day: portalDay(new Date()), count: READS + 2 },
    ])
  })

  it('does not count HEAD, revalidations, ranges, assets, feeds, uploads, search, 404s, redirects, robots or prefetches', async () => {
    const before = views
    const etag = (await get('/')).headers.get('etag')!
    await waitForViews(before + 1)
    const counted = views
    const rows: [string, string, RequestInit & { headers?: Record<string, string> }, number][] = [
      ['HEAD', ARTICLE, { method: 'HEAD' }, 200],
      ['a reload (304)', '/', { headers: { 'If-None-Match': etag } }, 304],
      ['a range', ARTICLE, { headers: { Range: 'bytes=0-99' } }, 206],
      ['the stylesheet', files.css, {}, 200],
      ['an upload', files.image, {}, 200],
      ['the RSS feed', '/rss.xml', {}, 200],
      ['the JSON feed', '/feed.json', {}, 200],
      ['the search index', '/pagefind/pagefind.js', {}, 200],
      ['the page manifest', '/site-pages.json', {}, 200],
      ['a missing page', '/khong-co-trang-nay/', {}, 404],
      ['the 404 page by name', '/404.html', {}, 200],
      ['an old address', OLD_ARTICLE_URL, {}, 301],
      ['an address without its slash', ARTICLE.slice(0, -1), {}, 301],
      ['Googlebot', ARTICLE, { headers: { 'User-Agent': 'Googlebot/2.1' } }, 200],
      ['a link preview', ARTICLE, { headers: { 'User-Agent': 'Zalo-Preview/1.0' } }, 200],
      ['no User-Agent', ARTICLE, { headers: { 'User-Agent': '' } }, 200],
      ['Sec-Purpose: prefetch', ARTICLE, { headers: { 'Sec-Purpose': 'prefetch' } }, 200],
      ['Purpose: prefetch', ARTICLE, { headers: { Purpose: 'prefetch' } }, 200],
      ['a POST', ARTICLE, { method: 'POST' }, 405],
    ]
    for (const [name, sitePath, init, status] of rows) {
      expect((await get(sitePath, init)).status, name).toBe(status)
    }
    await waitForViews()
    expect(views).toBe(counted)
    await recorder.flush()
    const home = await hub.payload.find({
      collection: 'page-views',
      where: { path: { equals: '/' } },
    })
    expect(home.docs.map((doc) => doc.count)).toEqual([1])
    expect((await hub.payload.count({ collection: 'page-views' })).totalDocs).toBe(3)
  })

  it('sets no cookie, and stores nothing about the reader: every column of every row', async () => {
    expect(setCookies).toEqual([])
    const client = (hub.payload.db as unknown as { client: import('@libsql/client').Client }).client
    const result = await client.execute('SELECT * FROM page_views ORDER BY path')
    expect(result.columns).toEqual(['id', 'path', 'day', 'count'])
    const today = portalDay(new Date())
    expect(result.rows.map((row) => ({ ...row }))).toEqual([
      { id: expect.any(Number), path: '/', day: today, count: 1 },
      { id: expect.any(Number), path: englishArticle, day: today, count: 1 },
      { id: expect.any(Number), path: ARTICLE, day: today, count: READS + 2 },
    ])
    const stored = JSON.stringify(result.rows)
    for (const reader of ['127.0.0.1', '::1', 'Mozilla', 'Chrome', 'utm_source', 'fbclid']) {
      expect(stored).not.toContain(reader)
    }
  })
})
