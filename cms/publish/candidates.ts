import type { Payload } from 'payload'

import { itemPath, outletPath, topicPath } from '@site/lib/routes'
import type { Kind } from '@site/lib/types'
import { ITEM_COLLECTIONS } from './manifest'

/** The kind of page each content collection becomes (site/lib/routes.ts names the sections). */
const KIND_OF = {
  articles: 'article',
  features: 'feature',
  'policy-notices': 'policy',
  events: 'event',
} as const satisfies Record<(typeof ITEM_COLLECTIONS)[number], Kind>

const LANGS = ['vi', 'en'] as const

/**
 * The URLs each published item and each term may have, keyed like the page manifest
 * (`articles:12:vi`), read from the CMS just before a build. Whether the English page exists is
 * the site's decision; the build's output settles it (see buildPageManifest).
 */
export async function loadPageCandidates(payload: Payload): Promise<Record<string, string[]>> {
  const candidates: Record<string, string[]> = {}
  const query = {
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true },
  } as const
  const [items, topics, outlets] = await Promise.all([
    Promise.all(
      ITEM_COLLECTIONS.map((collection) =>
        payload.find({
          ...query,
          collection,
          draft: false,
          where: { _status: { equals: 'published' } },
        }),
      ),
    ),
    payload.find({ ...query, collection: 'topics' }),
    payload.find({ ...query, collection: 'outlets' }),
  ])
  ITEM_COLLECTIONS.forEach((collection, index) => {
    for (const doc of items[index]!.docs as { id: number; slug?: string | null }[]) {
      if (!doc.slug) continue
      for (const lang of LANGS) {
        candidates[`${collection}:${doc.id}:${lang}`] = [
          itemPath(KIND_OF[collection], doc.slug, lang),
        ]
      }
    }
  })
  for (const doc of topics.docs as { id: number; slug?: string | null }[]) {
    if (!doc.slug) continue
    for (const lang of LANGS) candidates[`topics:${doc.id}:${lang}`] = [topicPath(doc.slug, lang)]
  }
  for (const doc of outlets.docs as { id: number; slug?: string | null }[]) {
    if (!doc.slug) continue
    for (const lang of LANGS) candidates[`outlets:${doc.id}:${lang}`] = [outletPath(doc.slug, lang)]
  }
  return candidates
}

/** How many items the CMS has published right now (what a build should show). */
export async function countPublishedItems(payload: Payload): Promise<number> {
  const counts = await Promise.all(
    ITEM_COLLECTIONS.map((collection) =>
      payload.count({
        collection,
        overrideAccess: true,
        where: { _status: { equals: 'published' } },
      }),
    ),
  )
  return counts.reduce((sum, { totalDocs }) => sum + totalDocs, 0)
}
