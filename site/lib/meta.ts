import { clampText } from '@channels/text'
import { deriveLegalStatus } from '@collections/vocabulary/legalStatus'
import { DOCUMENT_TYPE_OPTIONS } from '@collections/vocabulary/documentTypes'
import { getItemShareImage } from './endpoints/cards'
import { toVietnamISO } from './dates'
import { LANGS, strings, type Lang } from './i18n'
import {
  aboutPath,
  feedPath,
  homePath,
  itemPath,
  outletPath,
  sectionPath,
  topicPath,
  type FeedScope,
} from './routes'
import type { ItemEntry, Kind, OutletEntry, TopicEntry } from './types'
import { youTubeWatchUrl } from './youtube'

/**
 * Page metadata, built once per page from small `get<Fact>()` functions and rendered twice:
 * as `<meta>`/`<link>` tags (components/PageMeta.astro) and as JSON-LD.
 */

/** What a page is about; every fact below is derived from it. */
export type PageSubject =
  | { type: 'home'; lang: Lang }
  | { type: 'about'; lang: Lang }
  | { type: 'notFound'; lang: Lang }
  | { type: 'section'; lang: Lang; kind: Kind; page: number; languages: Lang[] }
  | { type: 'topic'; lang: Lang; topic: TopicEntry; page: number; languages: Lang[] }
  | { type: 'outlet'; lang: Lang; outlet: OutletEntry; page: number; languages: Lang[] }
  | { type: 'item'; lang: Lang; item: ItemEntry }
  | {
      /** A page of its own kind (search, the library's facets): it names its own facts. */
      type: 'page'
      lang: Lang
      headline: string
      description: string
      path: (lang: Lang) => string
      languages: Lang[]
      /** The crumb between home and this page (e.g. the library for a facet). */
      parent?: Crumb
      noindex?: boolean
      /** What the page is about for JSON-LD (a directory profile's Organization or Person). */
      entity?: Record<string, unknown>
      image?: PageMeta['image']
    }

export interface FeedLink {
  title: string
  type: 'application/rss+xml' | 'application/feed+json'
  href: string
}

export interface Crumb {
  name: string
  path: string
}

export interface PageMeta {
  lang: Lang
  /** The document title (`<title>`): the page's own title, then the site's. */
  title: string
  /** The page's own title (og:title, JSON-LD headline, h1). */
  headline: string
  description: string
  canonical: string
  /** Absolute URLs of this page in each language it exists in (this one included). */
  alternates: { lang: Lang; href: string }[]
  image: { url: string; width: number; height: number; alt: string; type: string } | null
  ogType: 'website' | 'article'
  /** `article:section` and `article:tag` (items only). */
  section: string | null
  tags: string[]
  /** Feeds announced with `<link rel="alternate">`: the whole site's, then this page's own. */
  feeds: FeedLink[]
  published: string | null
  modified: string | null
  breadcrumbs: { name: string; href: string }[]
  structuredData: Record<string, unknown>[]
  noindex: boolean
}

/** Descriptions are cut to what search results show. */
const MAX_DESCRIPTION = 160

/** The item's text in `lang` (every caller already knows the page exists in that language). */
function textOf(item: ItemEntry, lang: Lang) {
  return (lang === 'en' ? item.en : item.vi) ?? item.vi
}

export function getHeadline(subject: PageSubject): string {
  const t = strings(subject.lang)
  switch (subject.type) {
    case 'home':
      return t.siteName
    case 'about':
      return t.aboutTitle
    case 'notFound':
      return t.notFound.title
    case 'section':
      return t.sections[subject.kind]
    case 'topic':
      return t.topicPage(subject.topic.name[subject.lang] ?? subject.topic.name.vi)
    case 'outlet':
      return t.outletPage(subject.outlet.name[subject.lang] ?? subject.outlet.name.vi)
    case 'item':
      return textOf(subject.item, subject.lang).title
    case 'page':
      return subject.headline
  }
}

export function getTitle(subject: PageSubject): string {
  const t = strings(subject.lang)
  if (subject.type === 'home') return t.siteName
  const page = 'page' in subject && subject.page > 1 ? ` – ${t.pageN(subject.page)}` : ''
  return `${getHeadline(subject)}${page} | ${t.siteShortName}`
}

export function getDescription(subject: PageSubject): string {
  const t = strings(subject.lang)
  switch (subject.type) {
    case 'page':
      return subject.description
    case 'section':
      return t.sectionIntro[subject.kind]
    case 'topic': {
      const d = subject.topic.description
      return clampText(
        (subject.lang === 'en' ? d?.en : d?.vi) ?? getHeadline(subject),
        MAX_DESCRIPTION,
      )
    }
    case 'outlet': {
      const d = subject.outlet.description
      return clampText(
        (subject.lang === 'en' ? d?.en : d?.vi) ?? getHeadline(subject),
        MAX_DESCRIPTION,
      )
    }
    case 'item': {
      const { item, lang } = subject
      const text = textOf(item, lang)
      const lead =
        item.kind === 'article'
          ? (text as typeof item.vi).sapo
          : item.kind === 'policy'
            ? (text as typeof item.vi).abstract
            : (text as { summary: string | null }).summary
      return clampText(lead ?? text.title, MAX_DESCRIPTION)
    }
    default:
      return t.siteDescription
  }
}

/** Site-relative path of the page in `lang`. */
export function getPath(subject: PageSubject, lang: Lang = subject.lang): string {
  switch (subject.type) {
    case 'home':
      return homePath(lang)
    case 'about':
      return aboutPath(lang)
    case 'notFound':
      return '/404/'
    case 'section':
      return sectionPath(subject.kind, lang, subject.page)
    case 'topic':
      return topicPath(subject.topic.slug, lang, subject.page)
    case 'outlet':
      return outletPath(subject.outlet.slug, lang, subject.page)
    case 'item':
      return itemPath(subject.item.kind, subject.item.slug, lang)
    case 'page':
      return subject.path(lang)
  }
}

/** The languages this page exists in. */
export function getLanguages(subject: PageSubject): Lang[] {
  switch (subject.type) {
    case 'item':
      return subject.item.en ? ['vi', 'en'] : ['vi']
    case 'section':
    case 'topic':
    case 'outlet':
    case 'page':
      return subject.languages
    case 'notFound':
      return [subject.lang]
    default:
      return [...LANGS]
  }
}

/**
 * The picture networks show for the page: an item's share card (or the editor's share image);
 * other pages have none of their own.
 */
export function getShareImage(subject: PageSubject, site: URL): PageMeta['image'] {
  if (subject.type === 'page') return subject.image ?? null
  if (subject.type !== 'item') return null
  const { url, width, height, alt, type } = getItemShareImage(subject.item, subject.lang, site)
  return { url, width, height, alt, type }
}

/** The feeds that follow what the page shows, in its language; the whole site's first. */
export function getFeeds(subject: PageSubject, site: URL): FeedLink[] {
  const { lang } = subject
  const t = strings(lang)
  const scopes: { scope: FeedScope; name: string }[] = [
    { scope: { type: 'site' }, name: t.siteShortName },
  ]
  if (subject.type === 'section' || subject.type === 'item') {
    const kind = subject.type === 'section' ? subject.kind : subject.item.kind
    scopes.push({ scope: { type: 'section', kind }, name: t.sections[kind] })
  } else if (subject.type === 'topic' || subject.type === 'outlet') {
    const term = subject.type === 'topic' ? subject.topic : subject.outlet
    scopes.push({ scope: { type: subject.type, slug: term.slug }, name: getHeadline(subject) })
  }
  return scopes.flatMap(({ scope, name }) => [
    {
      title: t.channels.feedTitle(name, t.channels.rss),
      type: 'application/rss+xml' as const,
      href: absolute(site, feedPath(scope, lang, 'rss')),
    },
    {
      title: t.channels.feedTitle(name, t.channels.jsonFeed),
      type: 'application/feed+json' as const,
      href: absolute(site, feedPath(scope, lang, 'json')),
    },
  ])
}

export function getBreadcrumbs(subject: PageSubject): Crumb[] {
  const { lang } = subject
  const t = strings(lang)
  const home = { name: t.home, path: homePath(lang) }
  switch (subject.type) {
    case 'home':
      return [home]
    case 'item':
      return [
        home,
        { name: t.sections[subject.item.kind], path: sectionPath(subject.item.kind, lang) },
        { name: getHeadline(subject), path: getPath(subject) },
      ]
    case 'topic':
    case 'outlet':
      return [home, { name: getHeadline(subject), path: getPath({ ...subject, page: 1 }) }]
    case 'page':
      return [
        home,
        ...(subject.parent ? [subject.parent] : []),
        { name: subject.headline, path: getPath(subject) },
      ]
    default:
      return [home, { name: getHeadline(subject), path: getPath(subject) }]
  }
}

/** Published and modified times (items only). */
export function getDates(subject: PageSubject): {
  published: string | null
  modified: string | null
} {
  if (subject.type !== 'item') return { published: null, modified: null }
  const { item } = subject
  return {
    published: item.publishedAt ? toVietnamISO(item.publishedAt) : null,
    modified: toVietnamISO(item.updatedAt),
  }
}

const absolute = (site: URL, path: string) => new URL(path, site).href

function publisher(lang: Lang, site: URL) {
  const t = strings(lang)
  return {
    '@type': 'GovernmentOrganization',
    name: t.siteOwner,
    url: absolute(site, homePath(lang)),
  }
}

const SCHEMA_EVENT_STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
} as const

/** The schema.org description of the page's main thing (NewsArticle, Legislation, Event…). */
export function getMainEntity(
  subject: PageSubject,
  meta: Omit<PageMeta, 'structuredData'>,
  site: URL,
): Record<string, unknown> | null {
  const { lang } = subject
  const t = strings(lang)
  const image = meta.image ? [meta.image.url] : undefined
  if (subject.type === 'home') {
    return {
      '@type': 'WebSite',
      name: t.siteName,
      url: meta.canonical,
      inLanguage: lang,
      description: meta.description,
      publisher: publisher(lang, site),
    }
  }
  if (subject.type === 'page' && subject.entity) {
    return {
      ...subject.entity,
      url: meta.canonical,
      inLanguage: lang,
      description: meta.description,
    }
  }
  if (subject.type !== 'item') {
    return subject.type === 'notFound'
      ? null
      : {
          '@type': subject.type === 'about' ? 'AboutPage' : 'CollectionPage',
          name: meta.headline,
          url: meta.canonical,
          inLanguage: lang,
          description: meta.description,
        }
  }
  const { item } = subject
  const common = {
    name: meta.headline,
    url: meta.canonical,
    inLanguage: lang,
    description: meta.description,
    image,
  }
  switch (item.kind) {
    case 'article':
    case 'feature': {
      const text = textOf(item, lang)
      const authors =
        item.kind === 'article' && item.authors.length > 0
          ? item.authors.map((name) => ({ '@type': 'Person', name }))
          : item.outlet
            ? [{ '@type': 'Organization', name: item.outlet.name[lang] ?? item.outlet.name.vi }]
            : undefined
      return {
        '@type': 'NewsArticle',
        ...common,
        headline: clampText(text.title, 110),
        datePublished: meta.published ?? undefined,
        dateModified: meta.modified ?? undefined,
        author: authors,
        publisher: publisher(lang, site),
        mainEntityOfPage: meta.canonical,
        articleSection: t.sections[item.kind],
        isAccessibleForFree: true,
        video:
          item.kind === 'feature' && item.youtubeId
            ? {
                '@type': 'VideoObject',
                name: text.title,
                description: meta.description,
                embedUrl: `https://www.youtube-nocookie.com/embed/${item.youtubeId}`,
                url: youTubeWatchUrl(item.youtubeId),
                thumbnailUrl: image,
                uploadDate: item.airDate
                  ? toVietnamISO(item.airDate)
                  : (meta.published ?? undefined),
              }
            : undefined,
      }
    }
    case 'policy': {
      const type = DOCUMENT_TYPE_OPTIONS.find((o) => o.value === item.documentType)
      const text = textOf(item, lang) as typeof item.vi
      return {
        '@type': 'Legislation',
        ...common,
        legislationIdentifier: item.documentNumber,
        legislationType: type ? type.label[lang] : item.documentType,
        legislationDate: toVietnamISO(item.issueDate).slice(0, 10),
        legislationDateOfApplicability: toVietnamISO(item.effectiveDate).slice(0, 10),
        expires: item.expiryDate ? toVietnamISO(item.expiryDate).slice(0, 10) : undefined,
        legislationLegalForce:
          deriveLegalStatus(item) === 'in-force'
            ? 'https://schema.org/InForce'
            : 'https://schema.org/NotInForce',
        legislationPassedBy: { '@type': 'GovernmentOrganization', name: item.issuingBody },
        legislationJurisdiction: 'Hải Phòng, Việt Nam',
        abstract: text.abstract,
        datePublished: meta.published ?? undefined,
        encoding: text.attachments.map((file) => ({
          '@type': 'MediaObject',
          name: file.title,
          contentUrl: absolute(site, file.href),
          encodingFormat: file.mimeType,
        })),
      }
    }
    case 'event': {
      const text = textOf(item, lang) as typeof item.vi
      const venueName = text.venueName ?? item.vi.venueName
      const place =
        venueName || item.venueAddress
          ? {
              '@type': 'Place',
              name: venueName ?? item.venueAddress,
              address: item.venueAddress ?? undefined,
              hasMap: item.mapUrl ?? undefined,
            }
          : null
      const online = item.onlineUrl ? { '@type': 'VirtualLocation', url: item.onlineUrl } : null
      const location = [place, online].filter(Boolean)
      return {
        '@type': 'Event',
        ...common,
        startDate: toVietnamISO(item.startsAt),
        endDate: item.endsAt ? toVietnamISO(item.endsAt) : undefined,
        eventStatus: SCHEMA_EVENT_STATUS[item.eventStatus],
        eventAttendanceMode:
          place && online
            ? 'https://schema.org/MixedEventAttendanceMode'
            : online
              ? 'https://schema.org/OnlineEventAttendanceMode'
              : 'https://schema.org/OfflineEventAttendanceMode',
        location: location.length === 1 ? location[0] : location,
        organizer:
          (text.organiser ?? item.vi.organiser)
            ? { '@type': 'Organization', name: text.organiser ?? item.vi.organiser }
            : undefined,
        offers: item.registrationUrl
          ? {
              '@type': 'Offer',
              url: item.registrationUrl,
              availability: 'https://schema.org/InStock',
              validThrough: item.registrationDeadline
                ? toVietnamISO(item.registrationDeadline)
                : undefined,
            }
          : undefined,
      }
    }
  }
}

function getBreadcrumbList(meta: Omit<PageMeta, 'structuredData'>): Record<string, unknown> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: meta.breadcrumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.href,
    })),
  }
}

/**
 * Everything a page says about itself, for `<head>` and JSON-LD.
 *
 * @example
 * buildPageMeta({ type: 'item', lang: 'vi', item }, new URL('https://khoinghiep.haiphong.gov.vn'))
 */
export function buildPageMeta(subject: PageSubject, site: URL): PageMeta {
  const { published, modified } = getDates(subject)
  const meta: Omit<PageMeta, 'structuredData'> = {
    lang: subject.lang,
    title: getTitle(subject),
    headline: getHeadline(subject),
    description: getDescription(subject),
    canonical: absolute(site, getPath(subject)),
    alternates: getLanguages(subject).map((lang) => ({
      lang,
      href: absolute(site, getPath(subject, lang)),
    })),
    image: getShareImage(subject, site),
    ogType: subject.type === 'item' ? 'article' : 'website',
    section: subject.type === 'item' ? strings(subject.lang).sections[subject.item.kind] : null,
    tags:
      subject.type === 'item'
        ? subject.item.topics.map((topic) =>
            subject.lang === 'en' ? (topic.name.en ?? topic.name.vi) : topic.name.vi,
          )
        : [],
    feeds: getFeeds(subject, site),
    published,
    modified,
    breadcrumbs: getBreadcrumbs(subject).map((c) => ({
      name: c.name,
      href: absolute(site, c.path),
    })),
    noindex: subject.type === 'notFound' || (subject.type === 'page' && Boolean(subject.noindex)),
  }
  const main = getMainEntity(subject, meta, site)
  const structuredData = [main, subject.type === 'home' ? null : getBreadcrumbList(meta)]
    .filter((d): d is Record<string, unknown> => d !== null)
    .map((d) => ({ '@context': 'https://schema.org', ...d }))
  return { ...meta, structuredData }
}
