import { toHttpUrl } from '../text'
import { fitFeed, prepareFeedItems } from './prepare'
import type { PreparedItem } from './prepare'
import { toPlainLine } from './text'
import type { FeedChannel, FeedItem, FeedOptions } from './types'
import { FEED_LIMITS } from './types'

export const JSON_FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8'

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

/** The parts of JSON Feed 1.1 we publish (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: typeof JSON_FEED_VERSION
  title: string
  home_page_url: string
  feed_url: string
  description?: string
  icon?: string
  favicon?: string
  language: string
  hubs?: Array<{ type: string; url: string }>
  items: JsonFeedItem[]
}

export interface JsonFeedItem {
  id: string
  url: string
  title: string
  content_html: string
  summary?: string
  image?: string
  date_published: string
  date_modified: string
  authors?: Array<{ name: string }>
  tags?: string[]
  language: string
  attachments?: Array<{ url: string; mime_type: string; size_in_bytes?: number; title?: string }>
}

/**
 * The JSON Feed 1.1 twin of `generateRssFeed`: same items, ids, limits and sanitising, served as
 * `application/feed+json`.
 *
 * @example
 * return new Response(generateJsonFeed(channel, items), {
 *   headers: { 'Content-Type': JSON_FEED_CONTENT_TYPE },
 * })
 */
export function generateJsonFeed(
  channel: FeedChannel,
  items: FeedItem[],
  options: FeedOptions = {},
): string {
  const prepared = prepareFeedItems(channel, items, options)
  return fitFeed(
    prepared,
    (list) => JSON.stringify(toJsonFeed(channel, list)),
    options.maxBytes ?? FEED_LIMITS.maxBytes,
  )
}

function toJsonFeed(channel: FeedChannel, items: PreparedItem[]): JsonFeed {
  const description = toPlainLine(channel.description, 1000)
  const icon = toHttpUrl(channel.imageUrl, channel.siteUrl)
  const favicon = toHttpUrl(channel.faviconUrl, channel.siteUrl)
  return {
    version: JSON_FEED_VERSION,
    title: toPlainLine(channel.title, 200),
    home_page_url: channel.siteUrl,
    feed_url: channel.feedUrl,
    ...(description && { description }),
    ...(icon && { icon }),
    ...(favicon && { favicon }),
    language: channel.language,
    ...(channel.hubUrl && { hubs: [{ type: 'WebSub', url: channel.hubUrl }] }),
    items: items.map((item) => toJsonFeedItem(item, channel.language)),
  }
}

function toJsonFeedItem(item: PreparedItem, language: string): JsonFeedItem {
  return {
    id: item.guid,
    url: item.url,
    title: item.title,
    content_html: item.contentHtml,
    ...(item.summary && { summary: item.summary }),
    ...(item.image && { image: item.image.url }),
    date_published: item.published.toISOString(),
    date_modified: item.updated.toISOString(),
    ...(item.creators.length > 0 && { authors: item.creators.map((name) => ({ name })) }),
    ...(item.categories.length > 0 && { tags: item.categories }),
    language,
    ...(item.image && {
      attachments: [
        {
          url: item.image.url,
          mime_type: item.image.type,
          ...(item.image.length > 0 && { size_in_bytes: item.image.length }),
          ...(item.image.alt && { title: item.image.alt }),
        },
      ],
    }),
  }
}
