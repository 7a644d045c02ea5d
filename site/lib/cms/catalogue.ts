import type { Payload } from 'payload'

import type { Lang } from '../i18n'
import { hasRichText, type RichTextState } from '../richtext'
import { itemPath } from '../routes'
import type { ItemLink, Kind, Translated } from '../types'

/** The CMS collections that have public pages, and the kind of page each becomes. */
export const CONTENT_COLLECTIONS = {
  articles: 'article',
  features: 'feature',
  'policy-notices': 'policy',
  events: 'event',
} as const satisfies Record<string, Kind>

export type ContentCollection = keyof typeof CONTENT_COLLECTIONS

/** Published documents are what the public may read; drafts never reach the site. */
export const PUBLISHED = { _status: { equals: 'published' } } as const

/** Read options shared by every site query: the public's view, no relations populated. */
export const PUBLIC_READ = {
  depth: 0,
  pagination: false,
  overrideAccess: false,
  draft: false,
  where: PUBLISHED,
} as const

type EnglishText = {
  title?: string | null
  sapo?: string | null
  summary?: string | null
  abstract?: string | null
  body?: unknown
  fullText?: unknown
}

const filled = (text: string | null | undefined): text is string => Boolean(text?.trim())

/**
 * An item gets an English page once its English title and some English text (standfirst,
 * summary, abstract or body) are filled in: a title alone would make an English page of
 * nothing, and the site never fills gaps with Vietnamese.
 */
export function hasEnglish(en: EnglishText | null | undefined): boolean {
  if (!en || !filled(en.title)) return false
  return (
    filled(en.sapo) ||
    filled(en.summary) ||
    filled(en.abstract) ||
    hasRichText(en.body as RichTextState | null) ||
    hasRichText(en.fullText as RichTextState | null)
  )
}

export interface PublishedItem {
  kind: Kind
  id: number
  slug: string
  /** The date lists show: publication, issue date (notices) or start (events). */
  date: string | null
  title: Translated
  documentNumber: string | null
}

/** Every published item of the four content collections, keyed `collection:id`. */
export type Catalogue = Map<string, PublishedItem>

export const catalogueKey = (collection: string, id: number) => `${collection}:${id}`

/**
 * What is published right now, for resolving links between items (related items, internal
 * links in rich text, relations between policy notices): only what is in here gets linked.
 */
export async function loadCatalogue(payload: Payload): Promise<Catalogue> {
  const catalogue: Catalogue = new Map()
  const englishQuery = { ...PUBLIC_READ, locale: 'en', fallbackLocale: false } as const
  const [articles, articlesEn, features, featuresEn, notices, noticesEn, events, eventsEn] =
    await Promise.all([
      payload.find({
        ...PUBLIC_READ,
        collection: 'articles',
        locale: 'vi',
        select: { slug: true, title: true, publishedAt: true },
      }),
      payload.find({
        ...englishQuery,
        collection: 'articles',
        select: { title: true, sapo: true, body: true },
      }),
      payload.find({
        ...PUBLIC_READ,
        collection: 'features',
        locale: 'vi',
        select: { slug: true, title: true, publishedAt: true },
      }),
      payload.find({
        ...englishQuery,
        collection: 'features',
        select: { title: true, summary: true, body: true },
      }),
      payload.find({
        ...PUBLIC_READ,
        collection: 'policy-notices',
        locale: 'vi',
        select: { slug: true, title: true, issueDate: true, documentNumber: true },
      }),
      payload.find({
        ...englishQuery,
        collection: 'policy-notices',
        select: { title: true, abstract: true, fullText: true },
      }),
      payload.find({
        ...PUBLIC_READ,
        collection: 'events',
        locale: 'vi',
        select: { slug: true, title: true, startsAt: true },
      }),
      payload.find({
        ...englishQuery,
        collection: 'events',
        select: { title: true, summary: true, body: true },
      }),
    ])

  const add = (
    collection: ContentCollection,
    docs: { id: number; slug?: string | null; title: string; documentNumber?: string }[],
    english: { id: number; title?: string | null }[],
    dateOf: (doc: never) => string | null | undefined,
  ) => {
    const en = new Map(english.map((doc) => [doc.id, doc]))
    for (const doc of docs) {
      if (!doc.slug) continue
      const translation = en.get(doc.id)
      catalogue.set(catalogueKey(collection, doc.id), {
        kind: CONTENT_COLLECTIONS[collection],
        id: doc.id,
        slug: doc.slug,
        date: dateOf(doc as never) ?? null,
        title: { vi: doc.title, en: hasEnglish(translation) ? translation!.title! : null },
        documentNumber: doc.documentNumber ?? null,
      })
    }
  }
  add('articles', articles.docs, articlesEn.docs, (d: { publishedAt?: string }) => d.publishedAt)
  add('features', features.docs, featuresEn.docs, (d: { publishedAt?: string }) => d.publishedAt)
  add('policy-notices', notices.docs, noticesEn.docs, (d: { issueDate?: string }) => d.issueDate)
  add('events', events.docs, eventsEn.docs, (d: { startsAt?: string }) => d.startsAt)
  return catalogue
}

/** A catalogue item as a list link in `lang`, or null when it has no page in that language. */
export function toItemLink(item: PublishedItem | undefined, lang: Lang): ItemLink | null {
  if (!item) return null
  const title = lang === 'en' ? item.title.en : item.title.vi
  if (!title) return null
  return { kind: item.kind, slug: item.slug, title, date: item.date }
}

/**
 * Resolves an internal link for a page in `lang`: the page in that language, or on an English
 * page the Vietnamese one (marked `hreflang="vi"`) when the target is not translated.
 */
export function linkResolver(catalogue: Catalogue, lang: Lang) {
  return (
    relationTo: string,
    id: number,
  ): { href: string; hreflang?: Lang; title: string } | null => {
    const item = catalogue.get(catalogueKey(relationTo, id))
    if (!item) return null
    if (lang === 'en' && !item.title.en) {
      return { href: itemPath(item.kind, item.slug, 'vi'), hreflang: 'vi', title: item.title.vi }
    }
    return { href: itemPath(item.kind, item.slug, lang), title: item.title[lang] ?? item.title.vi }
  }
}

/** `related` (a polymorphic relationship, unpopulated) → links that exist in `lang`. */
export function relatedLinks(
  catalogue: Catalogue,
  related: { relationTo: string; value: number | { id: number } }[] | null | undefined,
  lang: Lang,
): ItemLink[] {
  return (related ?? [])
    .map((rel) =>
      toItemLink(
        catalogue.get(
          catalogueKey(rel.relationTo, typeof rel.value === 'number' ? rel.value : rel.value.id),
        ),
        lang,
      ),
    )
    .filter((link): link is ItemLink => link !== null)
}
