import RSS from 'rss'

import { escapeHtml, toHttpUrl } from '../text'
import { fitFeed, getFeedUpdated, prepareFeedItems } from './prepare'
import type { PreparedItem } from './prepare'
import { toPlainLine, toXmlSafe } from './text'
import type { FeedChannel, FeedItem, FeedOptions } from './types'
import { FEED_LIMITS } from './types'

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8'

const MEDIA_RSS = 'http://search.yahoo.com/mrss/'
const GENERATOR = 'Hải Phòng Innovation News Hub'

/**
 * RSS 2.0 for the whole site, a section, a topic or an outlet, in one language — what the
 * city's auto-posting tools (Facebook pages, Zalo OA, YouTube community) read.
 *
 * Each item has a permanent guid (`urn:haiphong-hub:<collection>:<id>:<lang>`, not a
 * permalink), the sapo as `<description>`, the sanitised body with absolute URLs as
 * `content:encoded`, topics as `<category>`, authors (or the outlet) as `dc:creator`, and the
 * share card as both `<enclosure>` and `media:content`. The newest 50 items are kept and the
 * feed stays within 512 KB (older items lose their full text first, then drop out). The output
 * depends only on the input: `lastBuildDate` is the newest update, not the clock.
 *
 * @example
 * return new Response(generateRssFeed(channel, items), {
 *   headers: { 'Content-Type': RSS_CONTENT_TYPE },
 * })
 */
export function generateRssFeed(
  channel: FeedChannel,
  items: FeedItem[],
  options: FeedOptions = {},
): string {
  const prepared = prepareFeedItems(channel, items, options)
  const updated = getFeedUpdated(channel, prepared)
  return fitFeed(
    prepared,
    (list) => serialiseRss(channel, list, updated),
    options.maxBytes ?? FEED_LIMITS.maxBytes,
  )
}

function serialiseRss(channel: FeedChannel, items: PreparedItem[], updated: Date): string {
  const feed = new RSS({
    title: toPlainLine(channel.title, 200),
    description: toPlainLine(channel.description, 1000) || undefined,
    generator: GENERATOR,
    feed_url: channel.feedUrl,
    site_url: channel.siteUrl,
    image_url: toHttpUrl(channel.imageUrl, channel.siteUrl),
    language: channel.language,
    copyright: channel.copyright ? toPlainLine(channel.copyright, 200) : undefined,
    pubDate: updated,
    ttl: channel.ttl ?? 60,
    hub: channel.hubUrl || undefined,
    custom_namespaces: { media: MEDIA_RSS },
  })
  for (const item of items) {
    const custom: unknown[] = [{ 'content:encoded': { _cdata: item.contentHtml } }]
    if (item.image) {
      const { url, type, length, width, height, alt } = item.image
      const attributes: Record<string, string | number> = { url, type, medium: 'image' }
      if (width) attributes.width = width
      if (height) attributes.height = height
      if (length) attributes.fileSize = length
      custom.push({
        'media:content': alt
          ? [{ _attr: attributes }, { 'media:description': [{ _attr: { type: 'plain' } }, alt] }]
          : { _attr: attributes },
      })
    }
    feed.item({
      // Title and categories are plain text; <description> is HTML by the RSS spec, so the
      // plain sapo is escaped: "<script>" in it reaches readers as text, never as a tag.
      title: item.title,
      description: escapeHtml(item.summary),
      url: item.url,
      guid: item.guid,
      categories: item.categories,
      author: item.creators.join(', ') || undefined,
      date: item.published,
      enclosure: item.image
        ? { url: item.image.url, size: item.image.length, type: item.image.type }
        : undefined,
      custom_elements: custom,
    })
  }
  // `rss` stamps lastBuildDate with the clock; the feed's own date keeps the output stable.
  // The final pass catches a forbidden character in channel fields given by the caller.
  return toXmlSafe(
    feed
      .xml()
      .replace(
        /<lastBuildDate>[^<]*<\/lastBuildDate>/,
        `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>`,
      ),
  )
}
