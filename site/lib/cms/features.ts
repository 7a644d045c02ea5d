import type { Payload } from 'payload'

import type { Feature } from '../../../cms/payload-types'
import type { RichTextState } from '../richtext'
import { mediaPath } from '../routes'
import type { FeatureEntry, FeatureText } from '../types'
import { isYouTubeId } from '../youtube'
import { hasEnglish, PUBLIC_READ, relatedLinks } from './catalogue'
import { loadVideos } from './media'
import {
  byId,
  type ItemAssets,
  type ItemContext,
  loadItemContext,
  loadItemAssets,
  mediaFiles,
  refId,
  richTextHtml,
  textOrNull,
  topicRefs,
} from './shared'

/** Every published TV/radio/newspaper feature, in both languages (newest first). */
export async function loadFeatures(payload: Payload): Promise<FeatureEntry[]> {
  const ctx = await loadItemContext(payload)
  const [vi, en] = await Promise.all([
    payload.find({
      ...PUBLIC_READ,
      collection: 'features',
      locale: 'vi',
      sort: '-publishedAt',
      select: {
        title: true,
        format: true,
        programme: true,
        airDate: true,
        durationSeconds: true,
        editionDate: true,
        page: true,
        summary: true,
        youtubeId: true,
        videoFile: true,
        cover: true,
        body: true,
        transcript: true,
        related: true,
        slug: true,
        publishedAt: true,
        updatedAt: true,
        outlet: true,
        topics: true,
        shareImage: true,
      },
    }),
    payload.find({
      ...PUBLIC_READ,
      collection: 'features',
      locale: 'en',
      fallbackLocale: false,
      select: { title: true, programme: true, summary: true, body: true, transcript: true },
    }),
  ])
  const english = byId(en.docs)
  const bodies = [...vi.docs, ...en.docs].map((doc) => doc.body as RichTextState | null)
  const assets = await loadItemAssets(
    ctx,
    vi.docs.flatMap((doc) => [doc.cover, doc.shareImage]),
    bodies,
  )
  const videos = await loadVideos(
    payload,
    vi.docs.map((doc) => refId(doc.videoFile)).filter((id): id is number => id !== null),
  )

  return vi.docs
    .filter((doc) => doc.slug)
    .map((doc) => toFeatureEntry(ctx, assets, videos, doc, english.get(doc.id)))
}

/** The fields of a feature its pages show (Vietnamese, or the only locale of a draft read). */
export type FeatureDoc = Pick<
  Feature,
  | 'id'
  | 'title'
  | 'format'
  | 'programme'
  | 'airDate'
  | 'durationSeconds'
  | 'editionDate'
  | 'page'
  | 'summary'
  | 'youtubeId'
  | 'videoFile'
  | 'cover'
  | 'body'
  | 'transcript'
  | 'related'
  | 'slug'
  | 'publishedAt'
  | 'updatedAt'
  | 'outlet'
  | 'topics'
  | 'shareImage'
>

/** The English text of a feature, read without fallback. */
export type FeatureTranslation = Pick<
  Feature,
  'title' | 'programme' | 'summary' | 'body' | 'transcript'
>

/**
 * One feature as its pages show it: for every published one (the loader above), and for
 * one draft (the preview route, site/lib/cms/preview.ts).
 */
export function toFeatureEntry(
  ctx: ItemContext,
  assets: ItemAssets,
  videos: Map<number, { file: string; mimeType: string }>,
  doc: FeatureDoc,
  translation: FeatureTranslation | undefined,
): FeatureEntry {
  const text = (lang: 'vi' | 'en'): FeatureText => {
    const source = lang === 'vi' ? doc : translation!
    return {
      title: source.title,
      summary: textOrNull(source.summary),
      programme: textOrNull(source.programme),
      bodyHtml: richTextHtml(ctx, assets, source.body as RichTextState | null, lang, source.title),
      transcript: textOrNull(source.transcript),
      related: relatedLinks(ctx.catalogue, doc.related, lang),
    }
  }
  const video = videos.get(refId(doc.videoFile) ?? -1)
  return {
    kind: 'feature',
    id: doc.id,
    slug: doc.slug!,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    topics: topicRefs(ctx, doc.topics),
    outlet: ctx.terms.outlet(doc.outlet),
    cover: assets.pictures.get(refId(doc.cover) ?? -1) ?? null,
    shareImage: assets.pictures.get(refId(doc.shareImage) ?? -1) ?? null,
    files: mediaFiles(
      assets,
      [doc.cover, doc.shareImage],
      [doc.body, translation?.body] as (RichTextState | null)[],
      video ? [video.file] : [],
    ),
    format: doc.format,
    airDate: doc.airDate ?? null,
    durationSeconds: doc.durationSeconds ?? null,
    editionDate: doc.editionDate ?? null,
    page: textOrNull(doc.page),
    youtubeId: doc.youtubeId && isYouTubeId(doc.youtubeId) ? doc.youtubeId : null,
    video: video ? { src: mediaPath(video.file), mimeType: video.mimeType } : null,
    vi: text('vi'),
    en: hasEnglish(translation) ? text('en') : null,
  }
}
