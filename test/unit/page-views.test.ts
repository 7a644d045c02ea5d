import { describe, expect, it } from 'vitest'

import {
  countedPagePath,
  firstDayOfWindow,
  portalDay,
  type ServedAnswer,
} from '@cms/pageViews/counting'

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
const ARTICLE = '/tin-tuc/hai-phong-ban-hanh-ke-hoach/'

/** A reader's browser getting the article whole. */
const read = (change: Partial<ServedAnswer> = {}): ServedAnswer => ({
  method: 'GET',
  status: 200,
  contentType: 'text/html; charset=utf-8',
  path: ARTICLE,
  ...change,
  headers: { 'user-agent': BROWSER, ...change.headers },
})

describe('countedPagePath', () => {
  it.each<[string, ServedAnswer, string | null]>([
    ['a reader reading an article', read(), ARTICLE],
    ['the English page (a page of its own)', read({ path: `/en${ARTICLE}` }), `/en${ARTICLE}`],
    ['the home page', read({ path: '/' }), '/'],
    ['the file name of a page', read({ path: `${ARTICLE}index.html` }), ARTICLE],
    [
      'Firefox',
      read({ headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux) Firefox/133.0' } }),
      ARTICLE,
    ],
    ['a HEAD request', read({ method: 'HEAD' }), null],
    ['a POST', read({ method: 'POST' }), null],
    ['a revalidation answered 304 (reload, revisit)', read({ status: 304 }), null],
    ['a range of the page', read({ status: 206 }), null],
    ['the 404 page', read({ status: 404, path: '/404.html' }), null],
    ['the 404 page asked by name', read({ path: '/404.html' }), null],
    ['a redirect', read({ status: 301 }), null],
    ['a stylesheet', read({ path: '/_astro/index.abc.css', contentType: 'text/css' }), null],
    ['a feed', read({ path: '/rss.xml', contentType: 'application/rss+xml' }), null],
    ['a share card', read({ path: '/og/tin-tuc/x.png', contentType: 'image/png' }), null],
    ['an upload', read({ path: '/media/anh.webp', contentType: 'image/webp' }), null],
    ['an HTML upload path', read({ path: '/media/x/' }), null],
    ['the search index', read({ path: '/pagefind/fragment/' }), null],
    ['a preview', read({ path: '/xem-truoc/articles/1/' }), null],
    [
      'Googlebot',
      read({ headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' } }),
      null,
    ],
    ['Bingbot', read({ headers: { 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0)' } }), null],
    ['a crawler', read({ headers: { 'user-agent': 'SomeCrawler/1.0' } }), null],
    ['a spider', read({ headers: { 'user-agent': 'Baiduspider/2.0' } }), null],
    ['Zalo link preview', read({ headers: { 'user-agent': 'Zalo-Preview/1.0' } }), null],
    ['Facebook link preview', read({ headers: { 'user-agent': 'facebookexternalhit/1.1' } }), null],
    ['headless Chrome', read({ headers: { 'user-agent': 'HeadlessChrome/131.0' } }), null],
    ['no User-Agent', read({ headers: { 'user-agent': undefined } }), null],
    ['an empty User-Agent', read({ headers: { 'user-agent': '' } }), null],
    ['Sec-Purpose: prefetch', read({ headers: { 'sec-purpose': 'prefetch' } }), null],
    [
      'Sec-Purpose: prefetch;prerender',
      read({ headers: { 'sec-purpose': 'prefetch;prerender' } }),
      null,
    ],
    ['Purpose: prefetch', read({ headers: { purpose: 'prefetch' } }), null],
    ['X-Moz: prefetch', read({ headers: { 'x-moz': 'prefetch' } }), null],
    ['X-Purpose: preview', read({ headers: { 'x-purpose': 'preview' } }), null],
  ])('%s', (_, answer, expected) => {
    expect(countedPagePath(answer)).toBe(expected)
  })
})

describe('portalDay and firstDayOfWindow (Vietnam time, UTC+7)', () => {
  it.each([
    ['2026-01-14T16:59:59.999Z', '2026-01-14'],
    ['2026-01-14T17:00:00.000Z', '2026-01-15'],
    ['2025-12-31T17:00:00.000Z', '2026-01-01'],
    ['2028-02-28T18:00:00.000Z', '2028-02-29'],
  ])('%s is %s in Hải Phòng', (instant, day) => {
    expect(portalDay(new Date(instant))).toBe(day)
  })

  it.each([
    ['2026-01-15T03:00:00Z', 7, '2026-01-09'],
    ['2026-01-14T17:30:00Z', 7, '2026-01-09'],
    ['2026-03-03T00:00:00Z', 7, '2026-02-25'],
    ['2026-01-15T03:00:00Z', 1, '2026-01-15'],
  ])('the window of %s over %i days starts on %s', (now, days, first) => {
    expect(firstDayOfWindow(new Date(now), days)).toBe(first)
  })
})
