import { sanitizeFeedHtml } from './html'
import { escapeHtml, toDate, toHttpUrl } from '../text'
import { getFeedGuid, toPlainLine } from './text'
import type { FeedChannel, FeedImage, FeedItem, FeedLanguage, FeedOptions } from './types'
import { FEED_LIMITS } from './types'

/** An item ready to serialise: every string clean, every URL absolute. */
export interface PreparedItem {
  guid: string
  title: string
  url: string
  published: Date
  updated: Date
  summary: string
  /** Sanitised full body. */
  contentHtml: string
  /** Shorter stand-in used when the feed is over its size budget. */
  excerptHtml: string
  categories: string[]
  /** Authors' names, or the outlet's when no author is named. */
  creators: string[]
  image?: FeedImage & { url: string }
}

const READ_MORE: Record<FeedLanguage, string> = {
  vi: 'Đọc toàn văn trên Cổng thông tin khởi nghiệp đổi mới sáng tạo Hải Phòng',
  en: 'Read the full story on the Hải Phòng Startup Portal',
}

/**
 * Cleans, makes absolute, sorts (newest first; ties by guid, so the order never depends on the
 * input's) and caps the items. Items without a valid URL or publication date are left out:
 * a feed entry cannot exist without either.
 */
export function prepareFeedItems(
  channel: FeedChannel,
  items: FeedItem[],
  options: FeedOptions = {},
): PreparedItem[] {
  const dated: Array<{ item: FeedItem; url: string; published: Date; guid: string }> = []
  for (const item of items) {
    const url = toHttpUrl(item.url, channel.siteUrl)
    const published = toDate(item.publishedAt)
    if (!url || !published) continue
    dated.push({
      item,
      url,
      published,
      guid: getFeedGuid(item.collection, item.id, channel.language),
    })
  }
  dated.sort(
    (a, b) =>
      b.published.getTime() - a.published.getTime() ||
      (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0),
  )
  // Sanitise only what is published.
  return dated
    .slice(0, options.maxItems ?? FEED_LIMITS.maxItems)
    .map(({ item, url, published, guid }) => {
      const summary = toPlainLine(item.summary, FEED_LIMITS.maxSummary)
      const excerptHtml =
        (summary ? `<p>${escapeHtml(summary)}</p>` : '') +
        `<p><a href="${escapeHtml(url)}">${READ_MORE[channel.language]}</a></p>`
      const imageUrl = toHttpUrl(item.image?.url, channel.siteUrl)
      const authors = (item.authors ?? []).map((name) => toPlainLine(name, 100)).filter(Boolean)
      const categories = (item.categories ?? []).map((name) => toPlainLine(name, 100))
      return {
        guid,
        title: toPlainLine(item.title, FEED_LIMITS.maxTitle),
        url,
        published,
        updated: toDate(item.updatedAt) ?? published,
        summary,
        contentHtml: sanitizeFeedHtml(item.contentHtml, url) || excerptHtml,
        excerptHtml,
        categories: [...new Set(categories)].filter(Boolean),
        creators: authors.length > 0 ? authors : [toPlainLine(item.outlet, 200)].filter(Boolean),
        image:
          item.image && imageUrl
            ? { ...item.image, url: imageUrl, alt: toPlainLine(item.image.alt, 300) }
            : undefined,
      }
    })
}

/** When the feed last changed: the channel's own date, else the newest item update. */
export function getFeedUpdated(channel: FeedChannel, items: PreparedItem[]): Date {
  const given = toDate(channel.updated)
  if (given) return given
  const newest = Math.max(0, ...items.map((item) => item.updated.getTime()))
  return new Date(newest)
}

/**
 * Serialises the feed within `maxBytes`, deterministically: first the full text of the oldest
 * items is replaced by their summary and a link (one more item at a time, oldest first), and
 * only if that is not enough are the oldest items dropped. Both steps are searched by
 * bisection, so a 50-item feed is serialised about a dozen times at worst.
 */
export function fitFeed(
  items: PreparedItem[],
  serialise: (items: PreparedItem[]) => string,
  maxBytes: number,
): string {
  const fits = (text: string) => Buffer.byteLength(text, 'utf8') <= maxBytes
  const withExcerpts = (list: PreparedItem[], count: number) =>
    list.map((item, index) =>
      index >= list.length - count && item.excerptHtml.length < item.contentHtml.length
        ? { ...item, contentHtml: item.excerptHtml }
        : item,
    )
  const full = serialise(items)
  if (fits(full)) return full
  // Fewest items shortened that fits.
  const shortened = bisectFirst(1, items.length, (count) =>
    fits(serialise(withExcerpts(items, count))),
  )
  if (shortened !== undefined) return serialise(withExcerpts(items, shortened))
  // Every item shortened is still too big: keep the most items that fit.
  const kept = bisectLast(0, items.length - 1, (count) => {
    const list = items.slice(0, count)
    return fits(serialise(withExcerpts(list, count)))
  })
  const list = items.slice(0, kept ?? 0)
  return serialise(withExcerpts(list, list.length))
}

/** Smallest n in [low, high] with ok(n), for ok monotonic false → true. */
function bisectFirst(low: number, high: number, ok: (n: number) => boolean) {
  let found: number | undefined
  while (low <= high) {
    const middle = Math.floor((low + high) / 2)
    if (ok(middle)) {
      found = middle
      high = middle - 1
    } else low = middle + 1
  }
  return found
}

/** Largest n in [low, high] with ok(n), for ok monotonic true → false. */
function bisectLast(low: number, high: number, ok: (n: number) => boolean) {
  let found: number | undefined
  while (low <= high) {
    const middle = Math.floor((low + high) / 2)
    if (ok(middle)) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
