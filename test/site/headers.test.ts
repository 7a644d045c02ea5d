/**
 * The live site server's own headers (cms/publish/server.ts), on the real built demo site served
 * as a release: every kind of answer carries its exact security headers, and the pages still
 * work under their Content-Security-Policy in Chromium (no violation, search finds results, the
 * YouTube poster is styled and opens the player).
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSitePages } from '@channels/sitePages'
import { createPreviewToken } from '@collections/preview/token'
import { publishLayout, switchCurrentRelease, switchLink } from '@cms/publish/layout'
import { startLiveSite, type LiveSite } from '@cms/publish/server'
import { launchChromium } from '../helpers/browser'
import { demoSite, type DemoSite } from '../helpers/demoSite'
import { startTestHub, type TestHub } from '../helpers/payload'
import { listFiles, makeProjectTempDir } from '../helpers/site'

const CMS_URL = 'http://cms.test'
const ARTICLE = '/tin-tuc/hai-phong-ban-hanh-ke-hoach-phat-trien-he-sinh-thai-khoi-nghiep/'
const VIDEO_FEATURE = '/phong-su/phong-su-khoi-nghiep-doi-moi-sang-tao-tu-ke-hoach-den-hanh-dong/'
const OLD_ARTICLE_URL = '/tin-tuc/ten-cu-cua-bai/'

// The policies, written out: a change to any of them must change this test.
const PAGE_CSP =
  "default-src 'none'; img-src 'self'; style-src 'self'; font-src 'self'; media-src 'self'; " +
  "connect-src 'self'; frame-src https://www.youtube-nocookie.com; form-action 'self'; " +
  "base-uri 'none'; frame-ancestors 'none'"
const SEARCH_CSP = `${PAGE_CSP}; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'`
const PREVIEW_CSP =
  `default-src 'none'; img-src 'self' ${CMS_URL}; style-src 'self'; font-src 'self'; ` +
  `media-src 'self' ${CMS_URL}; connect-src 'self'; frame-src https://www.youtube-nocookie.com; ` +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
const UPLOAD_CSP =
  "script-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'"
const RESOURCE_CSP =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const common = { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' }
const PUBLIC = { ...common, 'referrer-policy': 'strict-origin-when-cross-origin' }
const EXPECTED = {
  page: { ...PUBLIC, 'content-security-policy': PAGE_CSP },
  search: { ...PUBLIC, 'content-security-policy': SEARCH_CSP },
  upload: { ...PUBLIC, 'content-security-policy': UPLOAD_CSP },
  resource: { ...PUBLIC, 'content-security-policy': RESOURCE_CSP },
  preview: {
    ...common,
    'content-security-policy': PREVIEW_CSP,
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'content-type': 'text/html; charset=utf-8',
  },
}

let site: DemoSite
let hub: TestHub
let live: LiveSite
let layoutDir: string
let articleId: string
/** Files of the build picked by kind (whatever the demo content holds). */
const files = { css: '', font: '', ics: '', image: '', pdf: '', card: '' }
const previousEnv = { CMS_URL: process.env.CMS_URL, OG_CACHE_DIR: process.env.OG_CACHE_DIR }

beforeAll(async () => {
  site = await demoSite()
  // The preview server reads drafts from a copy of the demo's database (DATABASE_URL and the
  // secrets in the environment it inherits) and shows uploads from CMS_URL.
  hub = await startTestHub({ from: site })
  process.env.CMS_URL = CMS_URL
  layoutDir = await makeProjectTempDir('hub-headers-')
  // Cards nobody asked for are drawn into this suite's own copy of the card cache.
  process.env.OG_CACHE_DIR = path.join(layoutDir, 'og-cache')
  await fs.cp(site.cardCacheDir, process.env.OG_CACHE_DIR, { recursive: true })

  // A release made of the demo build, as the publish pipeline lays one out.
  const layout = publishLayout(layoutDir)
  const release = path.join(layout.releases, 'demo')
  await fs.mkdir(release, { recursive: true })
  await fs.symlink(site.clientDir, path.join(release, 'public'))
  await fs.symlink(path.join(site.outDir, 'server'), path.join(release, 'server'))
  await fs.writeFile(
    path.join(release, 'redirects.json'),
    JSON.stringify({ [OLD_ARTICLE_URL]: { key: 'articles:0:vi', to: ARTICLE } }),
  )
  await switchCurrentRelease(layout, release)
  await switchLink(layout.root, layout.searchCurrent, path.join(site.clientDir, 'pagefind'))

  const built = await listFiles(site.clientDir)
  const pick = (pattern: RegExp) => {
    const file = built.find((name) => pattern.test(name))
    if (!file) throw new Error(`The demo build has no file like ${pattern}`)
    return `/${file}`
  }
  files.css = pick(/^_astro\/[^/]+\.css$/)
  files.font = pick(/^_astro\/[^/]+\.woff2$/)
  files.ics = pick(/^su-kien\/[^/]+\.ics$/)
  files.image = pick(/^media\/[^/]+\.webp$/)
  files.pdf = pick(/^media\/documents\/[^/]+\.pdf$/)
  const cards = JSON.parse(await fs.readFile(path.join(site.clientDir, 'og/cards.json'), 'utf8'))
  files.card = Object.keys(cards)[0]!
  const { urls } = await readSitePages(site.clientDir)
  const [key] = Object.entries(urls).find(([, url]) => url === ARTICLE)!
  articleId = key.split(':')[1]!

  live = await startLiveSite({ layout, port: 0, host: '127.0.0.1' })
  // The first preview starts the release's on-demand server and its Payload (half a minute on
  // two busy cores): done here, so the rows time their own answers only.
  await fetch(`${live.url}/xem-truoc/articles/${articleId}/`)
}, 300_000)

afterAll(async () => {
  await live?.close()
  await hub?.cleanup()
  if (layoutDir) await fs.rm(layoutDir, { recursive: true, force: true })
  for (const [name, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

describe('every answer of the live server carries the security headers of its kind', () => {
  const token = () =>
    createPreviewToken({
      collection: 'articles',
      id: articleId,
      secret: process.env.PREVIEW_SECRET!,
    })
  type Row = [string, () => string, number, keyof typeof EXPECTED, { method?: string }?]
  const rows: Row[] = [
    ['the home page', () => '/', 200, 'page'],
    ['the English home page', () => '/en/', 200, 'page'],
    ['an article', () => ARTICLE, 200, 'page'],
    ['a page with a video', () => VIDEO_FEATURE, 200, 'page'],
    ['the library', () => '/van-ban/', 200, 'page'],
    ['the search page', () => '/tim-kiem/?q=khoi+nghiep', 200, 'search'],
    ['the English search page', () => '/en/tim-kiem/', 200, 'search'],
    ['the search page by its file name', () => '/tim-kiem/index.html', 200, 'search'],
    ['Pagefind’s script', () => '/pagefind/pagefind.js', 200, 'search'],
    ['Pagefind’s web worker', () => '/pagefind/pagefind-worker.js', 200, 'search'],
    ['Pagefind’s index entry', () => '/pagefind/pagefind-entry.json', 200, 'search'],
    ['the RSS feed', () => '/rss.xml', 200, 'resource'],
    ['the JSON feed', () => '/feed.json', 200, 'resource'],
    ['an event’s calendar file', () => files.ics, 200, 'resource'],
    ['the sitemap', () => '/sitemap-index.xml', 200, 'resource'],
    ['robots.txt', () => '/robots.txt', 200, 'resource'],
    ['the stylesheet', () => files.css, 200, 'resource'],
    ['a font', () => files.font, 200, 'resource'],
    ['a share card (drawn on request)', () => files.card, 200, 'resource'],
    ['an uploaded image', () => files.image, 200, 'upload'],
    ['an uploaded PDF document', () => files.pdf, 200, 'upload'],
    ['a missing page (the 404 page)', () => '/khong-co-trang-nay/', 404, 'page'],
    ['a missing upload (the 404 page)', () => '/media/khong-co.pdf', 404, 'page'],
    ['an old address (301 from the release’s redirects)', () => OLD_ARTICLE_URL, 301, 'resource'],
    ['an address without its slash (301)', () => ARTICLE.slice(0, -1), 301, 'resource'],
    ['a bad request (400)', () => '/%E0%A4%A/', 400, 'resource'],
    ['a POST (405)', () => '/', 405, 'resource', { method: 'POST' }],
    [
      'a preview with a valid token',
      () => `/xem-truoc/articles/${articleId}/?token=${token()}`,
      200,
      'preview',
    ],
    [
      'a preview with a bad token',
      () => `/xem-truoc/articles/${articleId}/?token=sai`,
      403,
      'preview',
    ],
    ['a preview without a token', () => `/xem-truoc/articles/${articleId}/`, 403, 'preview'],
    ['a preview of nothing', () => '/xem-truoc/khong-co/1/?token=sai', 404, 'preview'],
  ]

  it.each(rows)('%s', async (_, sitePath, status, kind, init) => {
    const res = await fetch(`${live.url}${sitePath()}`, { redirect: 'manual', ...init })
    expect(res.status).toBe(status)
    const headers = Object.fromEntries(
      Object.keys(EXPECTED[kind]).map((name) => [name, res.headers.get(name)]),
    )
    expect(headers).toEqual(EXPECTED[kind])
  })

  it('checks its rows against the right files (the preview shows the article, uploads from the CMS)', async () => {
    const preview = await fetch(`${live.url}/xem-truoc/articles/${articleId}/?token=${token()}`)
    const html = await preview.text()
    expect(html).toContain('BẢN XEM TRƯỚC')
    expect(html).toMatch(/src="http:\/\/cms\.test\/api\/media\/file\//)
    const pdf = await fetch(`${live.url}${files.pdf}`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const card = await fetch(`${live.url}${files.card}`)
    expect(card.headers.get('content-type')).toBe('image/png')
  })
})

describe('the pages work under their policy in Chromium', () => {
  let page: Page
  /** Every CSP violation, script error and console error seen, in the page or its workers. */
  const problems: string[] = []
  let closeBrowser: () => Promise<void>

  beforeAll(async () => {
    const browser = await launchChromium()
    closeBrowser = () => browser.close()
    page = await browser.newPage()
    // The browser is offline: the YouTube player a reader asks for is answered here.
    await page.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' }),
    )
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      // The 404 page's own status is not a problem.
      const status404 = message.text().includes('status of 404')
      if (status404 && message.location().url === page.url()) return
      problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('worker', (worker) =>
      worker.on('console', (message) => {
        if (message.type() === 'error') problems.push(`worker: ${message.text()}`)
      }),
    )
  })
  afterAll(async () => {
    await closeBrowser?.()
  })

  /** Waits until the violation reports of what just happened have been dispatched. */
  const settle = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)))

  it.each([['/'], ['/en/'], [ARTICLE], ['/van-ban/'], ['/khong-co-trang-nay/']])(
    '%s loads its stylesheet, fonts and images with no violation',
    async (sitePath) => {
      problems.length = 0
      await page.goto(`${live.url}${sitePath}`, { waitUntil: 'load' })
      // Lazy images below the fold load too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await page.waitForLoadState('networkidle')
      await settle()
      expect(problems).toEqual([])
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready
        return [...document.fonts].filter((font) => font.status === 'loaded').length
      })
      expect(fonts).toBeGreaterThan(0)
      const styled = await page.evaluate(() =>
        getComputedStyle(document.body).fontFamily.includes('Be Vietnam Pro'),
      )
      expect(styled).toBe(true)
    },
  )

  it('shows the YouTube poster styled from its stylesheet, and the player on click', async () => {
    problems.length = 0
    await page.goto(`${live.url}${VIDEO_FEATURE}`, { waitUntil: 'load' })
    const frame = page.frameLocator('.video iframe')
    const play = frame.locator('a span')
    await play.waitFor()
    await page.waitForLoadState('networkidle')
    expect(await play.evaluate((span) => getComputedStyle(span).backgroundColor)).toBe(
      'rgb(179, 18, 43)',
    )
    await play.click()
    await expect
      .poll(
        () => page.frames().some((f) => f.url().startsWith('https://www.youtube-nocookie.com/')),
        { timeout: 10_000 },
      )
      .toBe(true)
    await settle()
    expect(problems).toEqual([])
  })

  it.each([
    ['/tim-kiem/?q=khoi+nghiep', /kết quả cho “khoi nghiep”/],
    ['/en/tim-kiem/?q=startup', /results? for “startup”/],
  ])(
    '%s runs Pagefind (script, worker, WebAssembly) and finds results',
    async (sitePath, status) => {
      problems.length = 0
      const workers: string[] = []
      const onWorker = (worker: { url(): string }) => workers.push(worker.url())
      page.on('worker', onWorker)
      await page.goto(`${live.url}${sitePath}`, { waitUntil: 'load' })
      await expect
        .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 })
        .toMatch(status)
      expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
      page.off('worker', onWorker)
      expect(workers).toEqual([`${live.url}/pagefind/pagefind-worker.js`])
      await settle()
      expect(problems).toEqual([])
    },
  )
})
