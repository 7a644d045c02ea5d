/**
 * What the feeds are made of: plain data, no Payload documents and no Astro. The site's feed
 * endpoints (`rss.xml.ts`, `feed.json.ts` per site / section / topic / outlet and language)
 * map published documents to these and return the string.
 *
 * Mapping from the site's content entries (`site/lib/types.ts`) / `collections/payload-types.ts`:
 * - `collection`: the content collection's slug (`articles`…); `id`: the document id
 *   (never the slug, so the guid survives a renamed title or slug)
 * - `title`, `url` (absolute canonical URL in the feed's language), `publishedAt`, `updatedAt`
 * - `summary`: article `sapo`, feature / event `summary`, policy notice `abstract`
 * - `contentHtml`: the rendered rich text (`bodyHtml`); it is sanitised again here
 * - `categories`: topic names; `authors`: article authors' names; `outlet`: outlet name
 * - `image`: the share card (or the cover) with its real byte length and MIME type
 */
export type FeedLanguage = 'vi' | 'en'

/** A content collection's slug (`articles`, `policy-notices`…): with the id, the item's guid. */
export type FeedCollection = string

export interface FeedImage {
  /** Absolute URL (relative URLs are resolved against the channel's `siteUrl`). */
  url: string
  /** MIME type of the file, e.g. `image/png`. */
  type: string
  /** Size of the file in bytes: RSS enclosures require it. */
  length: number
  width?: number | null
  height?: number | null
  alt?: string | null
}

export interface FeedItem {
  collection: FeedCollection
  /** The CMS document id: the permanent part of the guid. */
  id: string | number
  title: string
  /** Absolute canonical URL of the item's page in the feed's language. */
  url: string
  publishedAt: string | Date
  updatedAt?: string | Date | null
  /** Sapo / summary: the RSS `<description>`, JSON Feed `summary`. */
  summary?: string | null
  /** Full body as HTML; sanitised and made absolute before it is published. */
  contentHtml?: string | null
  categories?: string[] | null
  /** People credited; the outlet is credited when there are none. */
  authors?: string[] | null
  outlet?: string | null
  /** The share card or cover: the enclosure and `media:content`. */
  image?: FeedImage | null
}

export interface FeedChannel {
  title: string
  description?: string | null
  language: FeedLanguage
  /** Absolute URL of the page this feed follows (the site, a section, topic or outlet page). */
  siteUrl: string
  /** Absolute URL of this feed (`atom:link rel="self"`, JSON Feed `feed_url`). */
  feedUrl: string
  /** Channel image (the portal's logo), absolute. */
  imageUrl?: string | null
  /** JSON Feed `favicon`. */
  faviconUrl?: string | null
  /** Minutes a reader may cache the feed; default 60. */
  ttl?: number
  /** WebSub hub: adds `atom:link rel="hub"` / JSON Feed `hubs`. */
  hubUrl?: string | null
  copyright?: string | null
  /**
   * When the feed last changed; default the newest item's update. Given or derived, never the
   * clock: identical content gives a byte-identical feed (stable ETags, no spurious re-posts).
   */
  updated?: string | Date | null
}

/** Defaults every feed shares. */
export const FEED_LIMITS = {
  /** Newest items kept. */
  maxItems: 50,
  /** Largest feed, in bytes of UTF-8. */
  maxBytes: 512 * 1024,
  /** Longest title and summary, in characters. */
  maxTitle: 300,
  maxSummary: 1000,
} as const

export interface FeedOptions {
  maxItems?: number
  maxBytes?: number
}
