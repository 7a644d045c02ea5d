/**
 * RSS 2.0 and JSON Feed 1.1: pure functions, no Astro. The site's endpoints map published
 * documents to `FeedItem`s and return `generateRssFeed(channel, items)` /
 * `generateJsonFeed(channel, items)` with `RSS_CONTENT_TYPE` / `JSON_FEED_CONTENT_TYPE`.
 */
export { generateRssFeed, RSS_CONTENT_TYPE } from './rss'
export { generateJsonFeed, JSON_FEED_CONTENT_TYPE, JSON_FEED_VERSION } from './json-feed'
export type { JsonFeed, JsonFeedItem } from './json-feed'
export { sanitizeFeedHtml } from './html'
export { getFeedGuid } from './text'
export { FEED_LIMITS } from './types'
export type {
  FeedChannel,
  FeedCollection,
  FeedImage,
  FeedItem,
  FeedLanguage,
  FeedOptions,
} from './types'
