import type { Payload } from 'payload'

import type { RichTextState } from '../richtext'
import type { ItemEntry } from '../types'
import { toArticleEntry, type ArticleDoc, type ArticleTranslation } from './articles'
import { loadAuthorNames } from './authors'
import type { ContentCollection } from '@collections/vocabulary/contentTypes'
import { toEventEntry, type EventDoc, type EventTranslation } from './events'
import { toFeatureEntry, type FeatureDoc, type FeatureTranslation } from './features'
import { loadAttachments, loadVideos } from './media'
import { openCms } from './open'
import {
  collectNoticeRelations,
  toPolicyNoticeEntry,
  type PolicyNoticeDoc,
  type PolicyNoticeTranslation,
} from './policyNotices'
import { loadItemAssets, loadItemContext, refId } from './shared'

let opening: Promise<Payload> | undefined

/**
 * The CMS for the site server's preview route: opened on the first preview request, then kept
 * for the life of the process. Like the build it never migrates (open.ts); a failed opening is
 * forgotten so the next request tries again.
 */
export function openPreviewCms(): Promise<Payload> {
  opening ??= openCms().catch((error: unknown) => {
    opening = undefined
    throw error
  })
  return opening
}

const ids = (refs: (number | { id: number } | null | undefined)[]) =>
  refs.map(refId).filter((id): id is number => id !== null)

/**
 * The view entry of one draft, exactly as its public page would show it once published: the
 * same mapping as the build's loaders (`to<Kind>Entry`), with the English draft read beside the
 * Vietnamese one. Links resolve to published items only, as on the public site. Call it only
 * with a document `loadPreviewDocument` returned: the token has been checked.
 *
 * Policy notices show the relations the draft itself records, not those other notices record
 * towards it (the build collects those from every published notice).
 */
export async function toPreviewEntry(
  payload: Payload,
  collection: ContentCollection,
  doc: Record<string, unknown>,
): Promise<ItemEntry> {
  const id = doc.id as number
  const english = (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    locale: 'en',
    fallbackLocale: false,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  const withSlug: Record<string, unknown> = {
    ...doc,
    slug: (doc.slug as string | null) || String(id),
  }
  const translation = english ?? undefined
  const ctx = await loadItemContext(payload)
  const body = collection === 'policy-notices' ? 'fullText' : 'body'
  const covers = [withSlug.cover, withSlug.shareImage] as (number | { id: number } | null)[]
  const assets = await loadItemAssets(ctx, covers, [
    withSlug[body] as RichTextState | null,
    translation?.[body] as RichTextState | null,
  ])

  switch (collection) {
    case 'articles': {
      const article = withSlug as unknown as ArticleDoc
      const authors = await loadAuthorNames(payload, ids(article.authors ?? []))
      return toArticleEntry(
        ctx,
        assets,
        authors,
        article,
        translation as ArticleTranslation | undefined,
      )
    }
    case 'features': {
      const feature = withSlug as unknown as FeatureDoc
      const videos = await loadVideos(payload, ids([feature.videoFile]))
      return toFeatureEntry(
        ctx,
        assets,
        videos,
        feature,
        translation as FeatureTranslation | undefined,
      )
    }
    case 'policy-notices': {
      const notice = withSlug as unknown as PolicyNoticeDoc
      const attachments = await loadAttachments(payload, ids(notice.attachments ?? []))
      return toPolicyNoticeEntry(
        ctx,
        assets,
        attachments,
        collectNoticeRelations([notice]),
        notice,
        translation as PolicyNoticeTranslation | undefined,
      )
    }
    case 'events':
      return toEventEntry(
        ctx,
        assets,
        withSlug as unknown as EventDoc,
        translation as EventTranslation | undefined,
      )
  }
}
