import path from 'node:path'

import type { Payload, TypedUser } from 'payload'

import {
  CONTENT_TYPES,
  isContentCollection,
  type ContentCollection,
} from '@collections/vocabulary/contentTypes'
import { readJson } from '../publish/files'
import { readCurrentRelease, type PublishLayout } from '../publish/layout'
import type { PageManifest, RedirectMap } from '../publish/manifest'
import { firstDayOfWindow } from './counting'
import { PAGE_VIEWS_SLUG } from './store'

export type MostReadItem = {
  collection: ContentCollection
  id: string
  title: string
  /** Views of all its pages (Vietnamese and English, under every URL it had) in the window. */
  views: number
  /** Its public page (the Vietnamese one when it has one). */
  url: string
}

export type MostReadOptions = {
  /** The live release's item → URL manifest and its redirects (old URL → item). */
  pages: PageManifest
  redirects?: RedirectMap
  /** Who asks: the page views and the titles are read with their rights. */
  user: TypedUser
  /** Titles in this locale where they exist (default vi). */
  locale?: 'vi' | 'en'
  now?: Date
  /** The window, in days ending today (default 7). */
  days?: number
  limit?: number
}

/**
 * The most read items of the last `days` days (today included, Vietnam time), most views first.
 * Views are stored per path; the release's manifests say which item a path is, so an item's
 * Vietnamese and English pages and its URLs before a rename add up. Pages that are no item
 * (home, lists, topics) are left out, and so are items no longer published.
 *
 * It reads every count of the window (one row per page and day: a week of a 5 000-page site is
 * at most 35 000 small rows) and adds them up here, which works on every database Payload
 * supports.
 */
export async function findMostRead(
  payload: Payload,
  {
    pages,
    redirects = {},
    user,
    locale = 'vi',
    now = new Date(),
    days = 7,
    limit = 10,
  }: MostReadOptions,
): Promise<MostReadItem[]> {
  const itemOfPath = new Map<string, string>()
  const urlOfItem = new Map<string, string>()
  for (const [key, url] of Object.entries(pages)) {
    const [collection, id, lang] = key.split(':')
    if (!isContentCollection(collection!)) continue
    const item = `${collection}:${id}`
    itemOfPath.set(url, item)
    if (lang === 'vi' || !urlOfItem.has(item)) urlOfItem.set(item, url)
  }
  for (const [from, { key }] of Object.entries(redirects)) {
    const item = key.split(':').slice(0, 2).join(':')
    if (urlOfItem.has(item) && !itemOfPath.has(from)) itemOfPath.set(from, item)
  }

  const { docs } = await payload.find({
    collection: PAGE_VIEWS_SLUG,
    where: { day: { greater_than_equal: firstDayOfWindow(now, days) } },
    select: { path: true, count: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const views = new Map<string, number>()
  for (const { path: pagePath, count } of docs) {
    const item = itemOfPath.get(pagePath)
    if (item) views.set(item, (views.get(item) ?? 0) + (count ?? 0))
  }
  const ranked = [...views].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, limit)

  const titles = new Map<string, string>()
  const byCollection = new Map<ContentCollection, string[]>()
  for (const [item] of ranked) {
    const [collection, id] = item.split(':') as [ContentCollection, string]
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  await Promise.all(
    [...byCollection].map(async ([collection, ids]) => {
      const result = await payload.find({
        collection,
        where: { id: { in: ids } },
        select: { title: true },
        locale,
        fallbackLocale: 'vi',
        limit: ids.length,
        depth: 0,
        overrideAccess: false,
        user,
      })
      for (const doc of result.docs as { id: number | string; title?: string | null }[]) {
        titles.set(`${collection}:${doc.id}`, doc.title || `#${doc.id}`)
      }
    }),
  )

  return ranked.flatMap(([item, count]) => {
    const title = titles.get(item)
    if (title === undefined) return []
    const [collection, id] = item.split(':') as [ContentCollection, string]
    return [{ collection, id, title, views: count, url: urlOfItem.get(item)! }]
  })
}

/** The live release's page manifest and redirects (empty before the first publish). */
export async function readLiveManifests(
  layout: PublishLayout,
): Promise<{ pages: PageManifest; redirects: RedirectMap }> {
  const dir = await readCurrentRelease(layout)
  if (!dir) return { pages: {}, redirects: {} }
  const [pages, redirects] = await Promise.all([
    readJson<PageManifest>(path.join(dir, 'pages.json')),
    readJson<RedirectMap>(path.join(dir, 'redirects.json')),
  ])
  return { pages: pages ?? {}, redirects: redirects ?? {} }
}

/** The content types' names, for the dashboard. */
export const TYPE_LABELS = Object.fromEntries(
  CONTENT_TYPES.map(({ collection, label }) => [collection, label]),
) as Record<ContentCollection, { vi: string; en: string }>
