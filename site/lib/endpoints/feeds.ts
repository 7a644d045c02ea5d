import { combineCacheKeys } from '../cacheKey'
import { getAllItems, getOutlets, getTopics, type Stored } from '../content'
import {
  generateJsonFeed,
  generateRssFeed,
  JSON_FEED_CONTENT_TYPE,
  RSS_CONTENT_TYPE,
  type FeedChannel,
  type FeedItem,
} from '@channels/feeds'
import { LANGS, langParam, strings, type Lang } from '../i18n'
import { isAvailableIn, itemDate } from '../listing'
import { termLanguages } from '../paths'
import {
  feedPath,
  homePath,
  itemPath,
  outletPath,
  SECTION_SEGMENTS,
  sectionPath,
  topicPath,
  type FeedFormat,
  type FeedScope,
} from '../routes'
import type { ItemEntry, Kind } from '../types'
import { getItemShareImage, getShareImageLength } from './cards'
import { COLLECTION_OF } from '@collections/vocabulary/contentTypes'

/**
 * The site's feeds: which exist (site, section, topic, outlet × language), which items each
 * lists, and how an item becomes a `FeedItem`. Endpoints stay thin: `getStaticPaths` returns
 * `feedPaths(scopeType)` and `GET` returns `feedResponse(format, props, site)`.
 */

export interface FeedProps {
  lang: Lang
  scope: FeedScope
  /** The feed's name and description, in `lang`. */
  title: string
  description: string
  items: Stored<ItemEntry>[]
}

/** Readers refresh after this many minutes. */
const FEED_TTL = 60

const name = (term: { name: { vi: string; en: string | null } }, lang: Lang) =>
  (lang === 'en' ? term.name.en : null) ?? term.name.vi

/** The items of a feed in `lang`: those with a page in that language. */
const inLanguage = (items: Stored<ItemEntry>[], lang: Lang) =>
  items.filter((item) => isAvailableIn(item, lang))

/** Every feed of one scope type, as `getStaticPaths` entries (for both formats). */
export async function feedPaths(type: FeedScope['type']) {
  const items = await getAllItems()
  const feeds: Array<{ params: Record<string, string | undefined>; props: FeedProps }> = []
  const add = (
    lang: Lang,
    scope: FeedScope,
    params: Record<string, string>,
    list: typeof items,
  ) => {
    const t = strings(lang)
    const title =
      scope.type === 'site'
        ? t.siteName
        : `${
            scope.type === 'section'
              ? t.sections[scope.kind]
              : scope.type === 'topic'
                ? t.topicPage(name(topicOf(scope.slug)!, lang))
                : t.outletPage(name(outletOf(scope.slug)!, lang))
          } | ${t.siteShortName}`
    feeds.push({
      params: { lang: langParam(lang), ...params },
      props: {
        lang,
        scope,
        title,
        description: scope.type === 'section' ? t.sectionIntro[scope.kind] : t.siteDescription,
        items: inLanguage(list, lang),
      },
    })
  }
  const topics = type === 'topic' ? await getTopics() : []
  const outlets = type === 'outlet' ? await getOutlets() : []
  const topicOf = (slug: string) => topics.find((topic) => topic.slug === slug)
  const outletOf = (slug: string) => outlets.find((outlet) => outlet.slug === slug)
  for (const lang of LANGS) {
    if (type === 'site') add(lang, { type }, {}, items)
    if (type === 'section') {
      for (const kind of Object.keys(SECTION_SEGMENTS) as Kind[]) {
        add(
          lang,
          { type, kind },
          { section: SECTION_SEGMENTS[kind] },
          items.filter((item) => item.kind === kind),
        )
      }
    }
  }
  // A topic's or outlet's feed exists in the languages its page exists in.
  for (const topic of topics) {
    const tagged = items.filter((item) => item.topics.some((t) => t.slug === topic.slug))
    for (const lang of termLanguages(topic, tagged)) {
      add(lang, { type: 'topic', slug: topic.slug }, { topic: topic.slug }, tagged)
    }
  }
  for (const outlet of outlets) {
    const own = items.filter((item) => item.outlet?.slug === outlet.slug)
    for (const lang of termLanguages(outlet, own)) {
      add(lang, { type: 'outlet', slug: outlet.slug }, { outlet: outlet.slug }, own)
    }
  }
  return feeds.map((feed) => ({
    ...feed,
    cacheKey: combineCacheKeys([
      'feed',
      feed.props.lang,
      JSON.stringify(feed.props.scope),
      feed.props.title,
      process.env.WEBSUB_HUB_URL,
      ...feed.props.items.map((item) => item.digest),
    ]),
  }))
}

/** Absolute URL of the page a feed follows. */
function scopePagePath(scope: FeedScope, lang: Lang): string {
  switch (scope.type) {
    case 'site':
      return homePath(lang)
    case 'section':
      return sectionPath(scope.kind, lang)
    case 'topic':
      return topicPath(scope.slug, lang)
    case 'outlet':
      return outletPath(scope.slug, lang)
  }
}

/**
 * A published item as the feeds see it, in `lang`.
 *
 * @example
 * await toFeedItem(article, 'vi', site) // { collection: 'articles', id: 42, title, url, image, … }
 */
export async function toFeedItem(item: ItemEntry, lang: Lang, site: URL): Promise<FeedItem> {
  const absolute = (p: string) => new URL(p, site).href
  const image = getItemShareImage(item, lang, site)
  const base = {
    collection: COLLECTION_OF[item.kind],
    id: item.id,
    url: absolute(itemPath(item.kind, item.slug, lang)),
    // A notice or event saved without a publication date is dated by its issue date or start.
    publishedAt: item.publishedAt ?? itemDate(item) ?? item.updatedAt,
    updatedAt: item.updatedAt,
    categories: item.topics.map((topic) => name(topic, lang)),
    outlet: item.outlet ? name(item.outlet, lang) : null,
    image: {
      url: image.url,
      type: image.type,
      length: await getShareImageLength(item, lang, image),
      width: image.width,
      height: image.height,
      alt: image.alt,
    },
  }
  switch (item.kind) {
    case 'article': {
      const text = (lang === 'en' ? item.en : null) ?? item.vi
      return {
        ...base,
        title: text.title,
        summary: text.sapo,
        contentHtml: text.bodyHtml,
        authors: item.authors,
      }
    }
    case 'feature': {
      const text = (lang === 'en' ? item.en : null) ?? item.vi
      return { ...base, title: text.title, summary: text.summary, contentHtml: text.bodyHtml }
    }
    case 'policy': {
      const text = (lang === 'en' ? item.en : null) ?? item.vi
      return { ...base, title: text.title, summary: text.abstract, contentHtml: text.fullTextHtml }
    }
    case 'event': {
      const text = (lang === 'en' ? item.en : null) ?? item.vi
      return { ...base, title: text.title, summary: text.summary, contentHtml: text.bodyHtml }
    }
  }
}

/** Items the feed may hold at most; only these are mapped (and their cards read). */
const MAX_CANDIDATES = 50

const published = (item: ItemEntry) => new Date(item.publishedAt ?? itemDate(item) ?? 0).getTime()
const newestFirst = (a: ItemEntry, b: ItemEntry) => published(b) - published(a)

/** The feed of `props` in `format`, as the endpoint's response. */
export async function feedResponse(format: FeedFormat, props: FeedProps, site: URL) {
  const { lang, scope } = props
  const channel: FeedChannel = {
    title: props.title,
    description: props.description,
    language: lang,
    siteUrl: new URL(scopePagePath(scope, lang), site).href,
    feedUrl: new URL(feedPath(scope, lang, format), site).href,
    imageUrl: new URL('/logo-144.png', site).href,
    faviconUrl: new URL('/favicon.svg', site).href,
    ttl: FEED_TTL,
    hubUrl: process.env.WEBSUB_HUB_URL || null,
    copyright: `© ${strings(lang).siteOwner}`,
  }
  const candidates = [...props.items].sort(newestFirst).slice(0, MAX_CANDIDATES)
  const items = await Promise.all(candidates.map((item) => toFeedItem(item, lang, site)))
  return format === 'rss'
    ? new Response(generateRssFeed(channel, items), {
        headers: { 'Content-Type': RSS_CONTENT_TYPE },
      })
    : // JSON Feed wants a square 512 px icon; RSS a logo of at most 144 px.
      new Response(
        generateJsonFeed({ ...channel, imageUrl: new URL('/logo-512.png', site).href }, items),
        {
          headers: { 'Content-Type': JSON_FEED_CONTENT_TYPE },
        },
      )
}
