import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import { HtmlValidate } from 'html-validate'
import { parse, type HTMLElement } from 'node-html-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testSite, type TestSite } from '../helpers/demoSite'
import { startTestHub, type TestHub } from '../helpers/payload'
import { MALICIOUS_TITLE } from '../helpers/testContent'
import { VIDEO_POSTER_STYLESHEET } from '@site/lib/youtube'
import {
  listFiles,
  listPages,
  readPage,
  resolveSitePath,
  TEST_SITE_URL,
  SECTIONS,
  type ContentCollection,
} from '../helpers/site'

/**
 * The public site, built once from the demo content plus the site suites' test items (the run's
 * test site, test/helpers/testContent.ts), read back with a real HTML parser as a browser and a
 * crawler would.
 */

let hub: TestHub
let site: TestSite
let pages: string[]
const parsed = new Map<string, { html: string; root: HTMLElement }>()

async function page(sitePath: string) {
  if (!parsed.has(sitePath)) parsed.set(sitePath, await readPage(site.clientDir, sitePath))
  return parsed.get(sitePath)!
}

type CmsItem = Record<string, unknown> & {
  id: number
  slug: string
  title: string
  status: string | null | undefined
  enTitle: string | null
}

/** Items as the CMS holds them (every status), with their English title when they have one. */
async function cmsItems(payload: Payload, collection: ContentCollection): Promise<CmsItem[]> {
  const query = { collection, depth: 0, pagination: false, overrideAccess: true } as const
  const [vi, en] = await Promise.all([
    payload.find({ ...query, locale: 'vi' }),
    payload.find({ ...query, locale: 'en', fallbackLocale: false }),
  ])
  const english = new Map(en.docs.map((doc) => [doc.id, doc.title]))
  return vi.docs.map((doc) => ({
    ...(doc as unknown as Record<string, unknown>),
    id: doc.id,
    slug: doc.slug!,
    title: doc.title,
    status: doc._status,
    enTitle: english.get(doc.id)?.trim() ? english.get(doc.id)! : null,
  }))
}

let hostileSlug: string

beforeAll(async () => {
  site = await testSite()
  hostileSlug = site.content.hostileSlug
  // A copy of the test site's database: what the CMS holds, to compare the pages with.
  hub = await startTestHub({ from: site })
  pages = await listPages(site.clientDir)
}, 360_000)

afterAll(async () => {
  await hub?.cleanup()
})

describe('pages for every published item', () => {
  it.each(Object.keys(SECTIONS) as ContentCollection[])(
    '%s: a page per published item and language it has, none for drafts',
    async (collection) => {
      const items = await cmsItems(hub.payload, collection)
      const published = items.filter((item) => item.status === 'published')
      const drafts = items.filter((item) => item.status !== 'published')
      expect(published.length).toBeGreaterThan(0)
      for (const item of published) {
        const vi = await page(`/${SECTIONS[collection]}/${item.slug}/`)
        expect(vi.root.querySelector('html')!.getAttribute('lang')).toBe('vi')
        expect(vi.root.querySelector('h1')!.text).toBe(item.title)
        const en = await resolveSitePath(
          site.clientDir,
          `/en/${SECTIONS[collection]}/${item.slug}/`,
        )
        if (item.enTitle) {
          expect(en, `English page of ${item.slug}`).not.toBeNull()
          const enPage = await page(`/en/${SECTIONS[collection]}/${item.slug}/`)
          expect(enPage.root.querySelector('html')!.getAttribute('lang')).toBe('en')
          expect(enPage.root.querySelector('h1')!.text).toBe(item.enTitle)
        } else {
          expect(en, `no English page for ${item.slug}`).toBeNull()
        }
      }
      for (const draft of drafts) {
        expect(
          await resolveSitePath(site.clientDir, `/${SECTIONS[collection]}/${draft.slug}/`),
        ).toBeNull()
        expect(
          await resolveSitePath(site.clientDir, `/en/${SECTIONS[collection]}/${draft.slug}/`),
        ).toBeNull()
      }
    },
  )

  it('never mentions a draft anywhere on the site', async () => {
    const drafts = (
      await Promise.all(
        (Object.keys(SECTIONS) as ContentCollection[]).map((c) => cmsItems(hub.payload, c)),
      )
    )
      .flat()
      .filter((item) => item.status !== 'published')
    expect(drafts.length).toBeGreaterThan(0)
    for (const sitePath of pages) {
      const { root } = await page(sitePath)
      const text = root.text
      for (const draft of drafts) {
        expect(text, `${sitePath} mentions draft "${draft.title}"`).not.toContain(draft.title)
        expect(root.querySelector(`a[href*="/${draft.slug}/"]`)).toBeNull()
      }
    }
  })

  it('keeps English pages in English: no Vietnamese title of the item on them', async () => {
    const articles = (await cmsItems(hub.payload, 'articles')).filter((a) => a.enTitle)
    expect(articles.length).toBeGreaterThan(0)
    for (const article of articles) {
      const { root } = await page(`/en/tin-tuc/${article.slug}/`)
      expect(root.querySelector('main')!.text).not.toContain(article.title)
    }
  })
})

describe('listings', () => {
  const titlesOn = async (sitePath: string, selector = '.list .item-title a') =>
    (await page(sitePath)).root.querySelectorAll(selector).map((a) => a.text)

  it('lists news newest first, ten per page (the newest page takes the rest), with working pagination', async () => {
    const articles = (await cmsItems(hub.payload, 'articles'))
      .filter((a) => a.status === 'published')
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
    expect(articles.length).toBeGreaterThan(20)
    // Older pages hold exactly ten, counted from the oldest (stable when news arrives).
    const pageCount = Math.floor(articles.length / 10)
    const firstSize = articles.length - (pageCount - 1) * 10
    for (let n = 1; n <= pageCount; n++) {
      const sitePath = n === 1 ? '/tin-tuc/' : `/tin-tuc/trang/${n}/`
      const start = n === 1 ? 0 : firstSize + (n - 2) * 10
      const end = n === 1 ? firstSize : start + 10
      expect(await titlesOn(sitePath)).toEqual(articles.slice(start, end).map((a) => a.title))
      const { root } = await page(sitePath)
      const current = root.querySelector('.pagination a[aria-current="page"]')!
      expect(current.text.trim()).toBe(String(n))
      expect(root.querySelectorAll('.pagination a[aria-label]')).toHaveLength(pageCount)
    }
    expect(await resolveSitePath(site.clientDir, `/tin-tuc/trang/${pageCount + 1}/`)).toBeNull()
    // The English list holds the translated articles only.
    const english = articles.filter((a) => a.enTitle)
    const englishFirst = english.length - Math.max(0, Math.floor(english.length / 10) - 1) * 10
    expect(await titlesOn('/en/tin-tuc/')).toEqual(
      english.slice(0, englishFirst).map((a) => a.enTitle),
    )
  })

  it('lists upcoming events soonest first, and past events in their own list', async () => {
    const now = Date.now()
    const events = (await cmsItems(hub.payload, 'events')).filter((e) => e.status === 'published')
    const end = (e: Record<string, unknown>) => new Date(String(e.endsAt ?? e.startsAt)).getTime()
    const start = (e: Record<string, unknown>) => new Date(String(e.startsAt)).getTime()
    const upcoming = events.filter((e) => end(e) >= now).sort((a, b) => start(a) - start(b))
    const past = events.filter((e) => end(e) < now).sort((a, b) => start(b) - start(a))
    expect(upcoming.length).toBeGreaterThan(0)
    expect(past.length).toBeGreaterThan(0)
    expect(await titlesOn('/su-kien/', '.events-upcoming .item-title a')).toEqual(
      upcoming.map((e) => e.title),
    )
    expect(await titlesOn('/su-kien/', '.events-past .item-title a')).toEqual(
      past.slice(0, 10).map((e) => e.title),
    )
  })

  it('lists policy notices by issue date in a table with their numbers', async () => {
    const notices = (await cmsItems(hub.payload, 'policy-notices'))
      .filter((n) => n.status === 'published')
      .sort((a, b) => String(b.issueDate).localeCompare(String(a.issueDate)))
    const { root } = await page('/van-ban/')
    const rows = root.querySelectorAll('table.notices tbody tr')
    expect(rows.map((row) => row.querySelector('a')!.text)).toEqual(notices.map((n) => n.title))
    expect(rows.map((row) => row.querySelector('td')!.text)).toEqual(
      notices.map((n) => n.documentNumber),
    )
  })

  it('puts the lead story, news, features, events, notices and topics on the home page', async () => {
    const { root } = await page('/')
    expect(root.querySelector('.home-lead .item-title a')).not.toBeNull()
    for (const id of [
      'latest-heading',
      'features-heading',
      'events-heading',
      'notices-heading',
      'topics-heading',
    ]) {
      expect(root.querySelector(`#${id}`), id).not.toBeNull()
    }
    expect(root.querySelectorAll('.home-topics .chips a').length).toBeGreaterThan(0)
  })
})

describe('item pages', () => {
  it('shows a policy notice with its official metadata table and attachments', async () => {
    const [notice] = (await cmsItems(hub.payload, 'policy-notices')).filter(
      (n) => n.documentNumber === '281/KH-UBND',
    )
    const { root } = await page(`/van-ban/${notice.slug}/`)
    const rows = Object.fromEntries(
      root
        .querySelectorAll('table.metadata tr')
        .map((tr) => [tr.querySelector('th')!.text, tr.querySelector('td')!.text]),
    )
    expect(rows['Số hiệu']).toBe('281/KH-UBND')
    expect(rows['Loại văn bản']).toBe('Kế hoạch')
    expect(rows['Cơ quan ban hành']).toBe('Thành phố Hải Phòng')
    expect(rows['Người ký']).toContain('Lê Khắc Nam')
    expect(rows['Ngày ban hành']).toBe('10/12/2020')
    expect(rows['Ngày hiệu lực']).toBe('10/12/2020')
    expect(rows['Lĩnh vực']).toBe('Doanh nghiệp')
    expect(rows['Trích yếu']).toBeTruthy()
    expect(rows['Tình trạng hiệu lực']).toBeTruthy()
    const download = root.querySelector('.attachments a[download]')!
    expect(download.getAttribute('href')).toMatch(/^\/media\/documents\/.+\.pdf$/)
    const ld = jsonLd(root).find((d) => d['@type'] === 'Legislation')!
    expect(ld.legislationIdentifier).toBe('281/KH-UBND')
  })

  it('shows an event in Hải Phòng time with venue, map and status', async () => {
    const events = (await cmsItems(hub.payload, 'events')).filter((e) => e.status === 'published')
    for (const event of events) {
      const { root } = await page(`/su-kien/${event.slug}/`)
      const when = root.querySelector('.facts--event time')!
      expect(when.getAttribute('datetime')).toMatch(/\+07:00$/)
      expect(when.text).toMatch(
        /^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{1,2} tháng \d{1,2}, \d{4}/,
      )
      const ld = jsonLd(root).find((d) => d['@type'] === 'Event')!
      expect(ld.startDate).toMatch(/\+07:00$/)
      if (event.eventStatus === 'cancelled') {
        expect(root.querySelector('.banner--warning')!.text).toContain('hủy')
        expect(root.querySelector('a.button')).toBeNull()
      }
      if (event.eventStatus === 'postponed') {
        expect(root.querySelector('.banner--warning')!.text).toContain('hoãn')
      }
    }
  })

  it('embeds TV features as a player that loads nothing from YouTube before the click', async () => {
    const features = (await cmsItems(hub.payload, 'features')).filter(
      (f) => f.status === 'published' && f.youtubeId,
    )
    expect(features.length).toBeGreaterThan(0)
    for (const feature of features) {
      const { root } = await page(`/phong-su/${feature.slug}/`)
      const iframe = root.querySelector('.video iframe')!
      expect(iframe.getAttribute('src')).toBeUndefined()
      const doc = parse(iframe.getAttribute('srcdoc')!)
      expect(doc.querySelector('a')!.getAttribute('href')).toContain(
        `youtube-nocookie.com/embed/${feature.youtubeId}`,
      )
      expect(doc.querySelectorAll('script')).toHaveLength(0)
      for (const img of doc.querySelectorAll('img')) {
        expect(img.getAttribute('src')).toMatch(/^\/media\//)
      }
    }
  })

  it('shows corrections in an "Đính chính" box', async () => {
    const corrected = (await cmsItems(hub.payload, 'articles')).filter(
      (a) => a.status === 'published' && Array.isArray(a.corrections) && a.corrections.length > 0,
    )
    expect(corrected.length).toBeGreaterThan(0)
    for (const article of corrected) {
      const { root } = await page(`/tin-tuc/${article.slug}/`)
      expect(root.querySelector('.corrections h2')!.text).toBe('Đính chính')
    }
  })
})

/** The JSON-LD objects of a page (each script parsed as JSON). */
function jsonLd(root: HTMLElement): Record<string, unknown>[] {
  return root
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => [JSON.parse(script.textContent)].flat())
}

describe('links, images and metadata', () => {
  it('every internal link, image, stylesheet and file in the output resolves', async () => {
    const broken: string[] = []
    const check = async (from: string, url: string | undefined) => {
      if (!url || /^(mailto:|tel:|#)/.test(url)) return
      const target = new URL(url, `${TEST_SITE_URL}${from}`)
      if (target.origin !== TEST_SITE_URL) return
      if (!(await resolveSitePath(site.clientDir, target.pathname))) broken.push(`${from} → ${url}`)
    }
    const srcset = (value: string | undefined) =>
      (value ?? '')
        .split(',')
        .map((part) => part.trim().split(/\s+/)[0])
        .filter(Boolean)
    for (const sitePath of pages) {
      const { root } = await page(sitePath)
      const iframeDocs = root
        .querySelectorAll('iframe[srcdoc]')
        .map((iframe) => parse(iframe.getAttribute('srcdoc')!))
      for (const scope of [root, ...iframeDocs]) {
        for (const a of scope.querySelectorAll('a[href]')) {
          // The player link inside a srcdoc leaves the site on purpose.
          await check(sitePath, a.getAttribute('href'))
        }
        for (const el of scope.querySelectorAll('link[href]'))
          await check(sitePath, el.getAttribute('href'))
        for (const el of scope.querySelectorAll('img, source, video')) {
          await check(sitePath, el.getAttribute('src'))
          await check(sitePath, el.getAttribute('poster'))
          for (const url of srcset(el.getAttribute('srcset'))) await check(sitePath, url)
        }
      }
    }
    expect(broken).toEqual([])
  })

  it('every image has its size (no layout shift) and a srcset; only the first ones load eagerly', async () => {
    for (const sitePath of pages) {
      const { root } = await page(sitePath)
      const images = root.querySelectorAll('main img')
      images.forEach((img, i) => {
        expect(Number(img.getAttribute('width')), `${sitePath} img ${i}`).toBeGreaterThan(0)
        expect(Number(img.getAttribute('height')), `${sitePath} img ${i}`).toBeGreaterThan(0)
        expect(img.getAttribute('srcset'), `${sitePath} img ${i}`).toBeTruthy()
        expect(img.hasAttribute('alt'), `${sitePath} img ${i}`).toBe(true)
        if (i > 0) expect(img.getAttribute('loading'), `${sitePath} img ${i}`).toBe('lazy')
      })
    }
  })

  it('every page has lang, title, description, canonical, hreflang both ways and valid JSON-LD', async () => {
    for (const sitePath of pages.filter((p) => p !== '/404.html')) {
      const { root } = await page(sitePath)
      const lang = root.querySelector('html')!.getAttribute('lang')
      expect(lang, sitePath).toBe(sitePath.startsWith('/en/') ? 'en' : 'vi')
      expect(root.querySelector('title')!.text.length, sitePath).toBeGreaterThan(5)
      expect(
        root.querySelector('meta[name="description"]')!.getAttribute('content')!.length,
        sitePath,
      ).toBeGreaterThan(10)
      // Look-up redirects (/van-ban/so/281/) are noindex and carry no canonical of their own.
      if (!root.querySelector('meta[name="robots"]'))
        expect(root.querySelector('link[rel="canonical"]')!.getAttribute('href'), sitePath).toBe(
          `${TEST_SITE_URL}${sitePath}`,
        )
      expect(root.querySelector('meta[property="og:title"]'), sitePath).not.toBeNull()
      const data = jsonLd(root)
      expect(data.length, sitePath).toBeGreaterThan(0)
      for (const item of data) expect(item['@context'], sitePath).toBe('https://schema.org')
      if (sitePath !== '/' && sitePath !== '/en/') {
        expect(
          data.some((d) => d['@type'] === 'BreadcrumbList'),
          sitePath,
        ).toBe(true)
      }
      // Alternates point at pages that exist and point back.
      for (const alt of root.querySelectorAll('link[rel="alternate"][hreflang]')) {
        const href = new URL(alt.getAttribute('href')!).pathname
        const other = await page(href)
        const back = other.root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => new URL(l.getAttribute('href')!).pathname)
        expect(back, `${href} links back to ${sitePath}`).toContain(sitePath)
      }
    }
  })

  it('describes each kind of item in JSON-LD', async () => {
    const types = new Map<string, string>([
      ['tin-tuc', 'NewsArticle'],
      ['phong-su', 'NewsArticle'],
      ['van-ban', 'Legislation'],
      ['su-kien', 'Event'],
    ])
    for (const sitePath of pages) {
      // Item pages: one segment under a section, not a page number nor the number index.
      const match = sitePath.match(/^\/(?:en\/)?([a-z-]+)\/(?!trang\/|so\/$)[^/]+\/$/)
      const expected = match && types.get(match[1])
      if (!expected) continue
      const data = jsonLd((await page(sitePath)).root)
      expect(
        data.map((d) => d['@type']),
        sitePath,
      ).toContain(expected)
    }
  })

  it('validates as HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended', 'html-validate:a11y', 'html-validate:document'],
      rules: {
        // Astro writes compact HTML on one line; void elements without a slash.
        'no-trailing-whitespace': 'off',
        'void-style': 'off',
        // Long Vietnamese titles and JSON-LD are legitimately long.
        'long-title': 'off',
        // SRI protects third-party files; every stylesheet here is the site's own.
        'require-sri': 'off',
      },
    })
    const problems: string[] = []
    for (const sitePath of pages) {
      const { html } = await page(sitePath)
      const report = await validator.validateString(html, sitePath)
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${sitePath}:${m.column} ${m.ruleId}: ${m.message}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('lists both languages in the sitemap, which robots.txt announces', async () => {
    const robots = await fs.readFile(path.join(site.clientDir, 'robots.txt'), 'utf8')
    expect(robots).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`)
    const files = await listFiles(site.clientDir)
    const sitemaps = files.filter((f) => /^sitemap-\d+\.xml$/.test(f))
    const xml = (
      await Promise.all(sitemaps.map((f) => fs.readFile(path.join(site.clientDir, f), 'utf8')))
    ).join('')
    expect(xml).toContain(`<loc>${TEST_SITE_URL}/tin-tuc/</loc>`)
    expect(xml).toContain(`<loc>${TEST_SITE_URL}/en/tin-tuc/</loc>`)
    expect(xml).toContain('hreflang="en-GB"')
    expect(xml).not.toContain('/media/')
  })
})

describe('safety and weight', () => {
  it('ships no JavaScript outside the search page: the only other scripts are JSON-LD', async () => {
    const files = await listFiles(site.clientDir)
    // The search page's one module (Astro-bundled); Pagefind's files are added after the build.
    expect(files.filter((f) => /\.(m?js)$/.test(f)).length).toBeLessThanOrEqual(1)
    for (const sitePath of pages) {
      const { root } = await page(sitePath)
      if (/^\/(en\/)?tim-kiem\/$/.test(sitePath)) continue
      for (const script of root.querySelectorAll('script')) {
        expect(script.getAttribute('type'), sitePath).toBe('application/ld+json')
      }
      // No inline event handlers either.
      expect(
        root
          .querySelectorAll('*')
          .some((el) => Object.keys(el.attributes).some((a) => a.startsWith('on'))),
        sitePath,
      ).toBe(false)
    }
  })

  it('shares one small stylesheet and self-hosted woff2 fonts', async () => {
    const files = await listFiles(site.clientDir)
    // The video poster's own stylesheet styles the srcdoc frame of a YouTube embed, which cannot
    // use the page's; every page shares the other one.
    const css = files.filter((f) => f.endsWith('.css') && `/${f}` !== VIDEO_POSTER_STYLESHEET)
    expect(css).toHaveLength(1)
    const cssText = await fs.readFile(path.join(site.clientDir, css[0]), 'utf8')
    expect(cssText.length).toBeLessThan(20_000)
    expect(cssText).toMatch(/@media print/)
    const fonts = files.filter((f) => /\.(woff2?|ttf)$/.test(f))
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((f) => f.endsWith('.woff2'))).toBe(true)
    // No layout shift when they load (test/site/layout-shift.test.ts): optional faces, and the
    // regular weight's two files, the ones the stylesheet asks for, preloaded.
    expect(cssText).toContain('font-display:optional')
    expect(cssText).not.toContain('font-display:swap')
    const preloads = (await page('/')).root
      .querySelectorAll('link[rel="preload"][as="font"]')
      .map((link) => link.getAttribute('href')!)
    expect(preloads.sort()).toEqual(
      fonts
        .filter((f) => /-400-normal\./.test(f))
        .map((f) => `/${f}`)
        .sort(),
    )
    for (const font of preloads) expect(cssText).toContain(font)
  })

  it('keeps a hostile title and javascript: links inert', async () => {
    const { root, html } = await page(`/tin-tuc/${hostileSlug}/`)
    expect(root.querySelector('h1')!.text).toBe(MALICIOUS_TITLE)
    expect(root.querySelector('title')!.text).toContain(MALICIOUS_TITLE)
    expect(
      root
        .querySelectorAll('script')
        .every((s) => s.getAttribute('type') === 'application/ld+json'),
    ).toBe(true)
    expect(root.querySelectorAll('main img[src="x"]')).toHaveLength(0)
    const ld = jsonLd(root).find((d) => d['@type'] === 'NewsArticle')!
    expect(ld.headline).toBe(MALICIOUS_TITLE)
    const prose = root.querySelector('.prose')!
    expect(prose.text).toContain('Bấm vào đây để xem.')
    expect(prose.text).toContain('Hoặc tải về.')
    expect(prose.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      'https://haiphong.gov.vn/',
    ])
    expect(html).not.toMatch(/href="\s*(javascript|data):/i)
    // The sapo's markup is text too.
    expect(root.querySelector('.sapo')!.text).toBe('Sapo </p><script>alert(2)</script>')
  })

  it('prints the article alone, with its address and date', async () => {
    const { root } = await page(`/tin-tuc/${hostileSlug}/`)
    const info = root.querySelector('.print-only.print-info')!
    expect(info.text).toContain(`${TEST_SITE_URL}/tin-tuc/${hostileSlug}/`)
    expect(info.text).toMatch(/Ngày đăng: \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/)
  })

  it('serves uploads from the build, only those published pages use', async () => {
    const files = await listFiles(site.clientDir)
    const media = files.filter((f) => f.startsWith('media/'))
    expect(media.length).toBeGreaterThan(0)
    expect(media.some((f) => f.startsWith('media/documents/'))).toBe(true)
    const uploads = await listFiles(process.env.MEDIA_DIR!)
    for (const file of media) expect(uploads).toContain(file.slice('media/'.length))
  })
})

describe('when the CMS cannot be read', () => {
  it('the build stops with exit code 1 and says why, instead of publishing an empty site', async () => {
    const dir = await fs.mkdtemp(path.join(path.resolve('node_modules/.cache'), 'hub-site-broken-'))
    try {
      const broken = path.join(dir, 'hub.db')
      await fs.writeFile(broken, 'this is not a SQLite database'.repeat(200))
      const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'cms/scripts/site.ts', 'build', '--out-dir', path.join(dir, 'out')],
          {
            env: {
              ...process.env,
              NODE_ENV: 'production',
              DATABASE_URL: `file:${broken}`,
              MEDIA_DIR: path.join(dir, 'media'),
            },
          },
        )
        let output = ''
        child.stdout.on('data', (chunk) => (output += chunk))
        child.stderr.on('data', (chunk) => (output += chunk))
        child.on('exit', (code) => resolve({ code, output }))
      })
      expect(result.code).toBe(1)
      expect(result.output).toContain('Cannot read the CMS database')
      expect(result.output).toContain(broken)
      expect(await resolveSitePath(path.join(dir, 'out', 'client'), '/')).toBeNull()
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
