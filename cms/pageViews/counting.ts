import { PORTAL_TIME_ZONE } from '@collections/vocabulary/timeZone'

/**
 * Which answers of the live site server are a page view (issue 16). Only a person reading a page
 * counts: a complete 200 answer with a page's HTML to a GET. Not counted: HEAD, conditional
 * requests answered 304 (the reader's browser still has the page: reloads and revisits), ranges,
 * 404s and redirects, anything that is not a page (assets, feeds, share cards, uploads, the
 * search index), previews, prefetches, and clients that say they are robots.
 */
export type ServedAnswer = {
  method: string | undefined
  status: number
  /** The answer's Content-Type. */
  contentType: string
  /** The decoded, normalised path of the file served (`/tin-tuc/x/` or `/tin-tuc/x/index.html`). */
  path: string
  /** The request's headers (only these are read, and nothing of them is kept). */
  headers: {
    'user-agent'?: string
    purpose?: string | string[]
    'sec-purpose'?: string | string[]
    'x-purpose'?: string | string[]
    'x-moz'?: string | string[]
  }
}

/**
 * Robots name themselves in their User-Agent; link previewers (chat apps, social networks) too.
 * A client that sends none is a script, not a browser.
 */
const ROBOT_AGENT = /bot|crawl|spider|slurp|preview|facebookexternalhit|headless|lighthouse|^\s*$/i

/** Speculative loads: Chrome's `Sec-Purpose: prefetch`, the older `Purpose`/`X-Moz: prefetch`. */
const SPECULATIVE = /prefetch|prerender|preview/i

/** Paths that never are pages readers read, whatever they answer. */
const NOT_PAGES = ['/xem-truoc/', '/pagefind/', '/_astro/', '/media/', '/og/']

/**
 * The page an answer counts a view for, by its canonical path (`/tin-tuc/x/index.html` counts
 * for `/tin-tuc/x/`; the English `/en/…` page is a page of its own), or null when it is no view.
 *
 * @example
 * countedPagePath({ method: 'GET', status: 200, contentType: 'text/html; charset=utf-8',
 *   path: '/tin-tuc/x/', headers: { 'user-agent': 'Mozilla/5.0 …' } }) // '/tin-tuc/x/'
 */
export function countedPagePath(answer: ServedAnswer): string | null {
  if (answer.method !== 'GET' || answer.status !== 200) return null
  if (!/^text\/html\b/i.test(answer.contentType)) return null
  const { path } = answer
  if (!path.startsWith('/') || NOT_PAGES.some((prefix) => path.startsWith(prefix))) return null
  // The site's pages are directories; other HTML files (404.html) are not pages of their own.
  const page = path.endsWith('/index.html')
    ? path.slice(0, -'index.html'.length)
    : path.endsWith('/')
      ? path
      : null
  if (!page) return null
  if (ROBOT_AGENT.test(answer.headers['user-agent'] ?? '')) return null
  const {
    purpose,
    'sec-purpose': secPurpose,
    'x-purpose': xPurpose,
    'x-moz': xMoz,
  } = answer.headers
  if (
    [purpose, secPurpose, xPurpose, xMoz].some((value) => value && SPECULATIVE.test(String(value)))
  )
    return null
  return page
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: PORTAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The calendar day of an instant in Vietnam time, as views are stored (`YYYY-MM-DD`).
 *
 * @example
 * portalDay(new Date('2026-01-14T17:30:00Z')) // '2026-01-15' (00:30 in Hải Phòng)
 */
export function portalDay(instant: Date): string {
  const parts = DAY_FORMAT.formatToParts(instant)
  const part = (type: string) => parts.find((p) => p.type === type)!.value
  return `${part('year')}-${part('month')}-${part('day')}`
}

/**
 * The first day of the `days`-day window ending with the day of `now` (7 → today and the six
 * days before).
 *
 * @example
 * firstDayOfWindow(new Date('2026-01-15T03:00:00Z'), 7) // '2026-01-09'
 */
export function firstDayOfWindow(now: Date, days: number): string {
  const [year, month, day] = portalDay(now).split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day - (days - 1))).toISOString().slice(0, 10)
}
