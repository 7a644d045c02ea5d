import type { Payload } from 'payload'

import {
  CONTENT_COLLECTIONS,
  KIND_OF,
  type ContentCollection,
} from '@collections/vocabulary/contentTypes'
import type { Lang } from '../i18n'
import { hasRichText, type RichTextState } from '../richtext'
import { itemPath } from '../routes'
import type { ItemLink, Kind, Translated } from '../types'
import type { Lookup } from './dependencies'
import { currentSession, processMemo } from './sync'

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

export type EnglishText = {
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

/** How each collection's items are listed (the order a fresh build stores them in). */
const LIST_ORDER: Record<ContentCollection, string> = {
  articles: '-publishedAt',
  features: '-publishedAt',
  'policy-notices': '-issueDate',
  events: 'startsAt',
}

/** A published item as the first, cheap read of a sync sees it. */
export type ItemHead = { id: number; slug: string | null; updatedAt: string }

/**
 * The published items of a collection: id, slug and `updatedAt`, once per sync (shared by the
 * catalogue and the collection's loader). `updatedAt` is a column of the document itself, so an
 * edit in either language, a publish or a scheduled publish changes it.
 */
export function loadHeads(payload: Payload, collection: ContentCollection): Promise<ItemHead[]> {
  return currentSession().once(payload, `heads:${collection}`, async () => {
    const { docs } = await payload.find({
      ...PUBLIC_READ,
      collection,
      locale: 'vi',
      sort: LIST_ORDER[collection],
      select: { slug: true, updatedAt: true },
    })
    return docs.map((doc) => ({ id: doc.id, slug: doc.slug ?? null, updatedAt: doc.updatedAt }))
  })
}

/** Above this many wanted ids, one query for the whole collection is cheaper than a long IN. */
const FETCH_ALL_ABOVE = 200

/**
 * The published documents of `collection` with the given ids, in one language (English without
 * fallback), by id. Ids that are no longer published are missing from the result.
 */
export async function findPublished<T extends { id: number }>(
  payload: Payload,
  collection: ContentCollection,
  ids: readonly number[],
  locale: Lang,
  select: Record<string, true>,
): Promise<Map<number, T>> {
  const found = new Map<number, T>()
  if (ids.length === 0) return found
  const all = ids.length > FETCH_ALL_ABOVE
  const wanted = [...new Set(ids)].sort((a, b) => a - b)
  const { docs } = await payload.find({
    ...PUBLIC_READ,
    collection,
    locale,
    ...(locale === 'en' ? { fallbackLocale: false } : {}),
    where: all ? PUBLISHED : { and: [PUBLISHED, { id: { in: wanted } }] },
    select,
  } as never)
  const keep = new Set(wanted)
  for (const doc of docs as unknown as T[]) if (keep.has(doc.id)) found.set(doc.id, doc)
  return found
}

/** The catalogue fields of each collection: Vietnamese, English (for `hasEnglish`), date. */
const CATALOGUE_FIELDS: Record<
  ContentCollection,
  { vi: Record<string, true>; en: Record<string, true>; date: string }
> = {
  articles: {
    vi: { slug: true, title: true, publishedAt: true, updatedAt: true },
    en: { title: true, sapo: true, body: true, updatedAt: true },
    date: 'publishedAt',
  },
  features: {
    vi: { slug: true, title: true, publishedAt: true, updatedAt: true },
    en: { title: true, summary: true, body: true, updatedAt: true },
    date: 'publishedAt',
  },
  'policy-notices': {
    vi: { slug: true, title: true, issueDate: true, documentNumber: true, updatedAt: true },
    en: { title: true, abstract: true, fullText: true, updatedAt: true },
    date: 'issueDate',
  },
  events: {
    vi: { slug: true, title: true, startsAt: true, updatedAt: true },
    en: { title: true, summary: true, body: true, updatedAt: true },
    date: 'startsAt',
  },
}

type CatalogueDoc = {
  id: number
  slug?: string | null
  title: string
  documentNumber?: string | null
  updatedAt: string
} & Record<string, unknown>
type CatalogueTranslation = EnglishText & { id: number; updatedAt?: string }

/** A collection's catalogue items, re-read only for items whose `updatedAt` changed. */
async function loadCollectionCatalogue(
  payload: Payload,
  collection: ContentCollection,
  catalogue: Catalogue,
): Promise<void> {
  const heads = await loadHeads(payload, collection)
  const memo = processMemo<number, { updatedAt: string; item: PublishedItem | null }>(
    payload,
    `catalogue:${collection}`,
  )
  const stale = heads.filter((head) => memo.get(head.id)?.updatedAt !== head.updatedAt)
  const fresh = new Map<number, PublishedItem | null>()
  if (stale.length > 0) {
    const ids = stale.map((head) => head.id)
    const fields = CATALOGUE_FIELDS[collection]
    const [vi, en] = await Promise.all([
      findPublished<CatalogueDoc>(payload, collection, ids, 'vi', fields.vi),
      findPublished<CatalogueTranslation>(payload, collection, ids, 'en', fields.en),
    ])
    for (const doc of vi.values()) {
      const translation = en.get(doc.id)
      // Frozen: kept between syncs, and entries' dependency fingerprints assume it never changes.
      const item: PublishedItem | null = doc.slug
        ? Object.freeze({
            kind: KIND_OF[collection],
            id: doc.id,
            slug: doc.slug,
            date: (doc[fields.date] as string | null | undefined) ?? null,
            title: Object.freeze({
              vi: doc.title,
              en: hasEnglish(translation) ? translation!.title! : null,
            }),
            documentNumber: doc.documentNumber ?? null,
          })
        : null
      fresh.set(doc.id, item)
      // Remembered only when both languages were read from the same version of the document.
      if (translation?.updatedAt === doc.updatedAt) {
        memo.set(doc.id, { updatedAt: doc.updatedAt, item })
      } else memo.delete(doc.id)
    }
  }
  const staleIds = new Set(stale.map((head) => head.id))
  const published = new Set(heads.map((head) => head.id))
  for (const id of memo.keys()) if (!published.has(id)) memo.delete(id)
  for (const head of heads) {
    // A stale item that was not found was unpublished after the list was read.
    const item = staleIds.has(head.id) ? fresh.get(head.id) : memo.get(head.id)?.item
    if (item) catalogue.set(catalogueKey(collection, head.id), item)
  }
}

/**
 * What is published right now, for resolving links between items (related items, internal
 * links in rich text, relations between policy notices): only what is in here gets linked.
 * Items whose `updatedAt` did not change since this process last read them are not read again.
 */
export async function loadCatalogue(payload: Payload): Promise<Catalogue> {
  const catalogue: Catalogue = new Map()
  const parts = await Promise.all(
    CONTENT_COLLECTIONS.map(async (collection) => {
      const part: Catalogue = new Map()
      await loadCollectionCatalogue(payload, collection, part)
      return part
    }),
  )
  for (const part of parts) for (const [key, item] of part) catalogue.set(key, item)
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
export function linkResolver(catalogue: Lookup<string, PublishedItem>, lang: Lang) {
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
  catalogue: Lookup<string, PublishedItem>,
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
