import type { Feature } from '@collections/payload-types'
import type { RichTextState } from '../richtext'
import { mediaPath } from '../routes'
import type { FeatureEntry, FeatureText } from '../types'
import { isYouTubeId } from '../youtube'
import { hasEnglish, relatedLinks } from './catalogue'
import type { Lookup } from './dependencies'
import { loadItems, uploadNeeds, type ItemSpec, type Video } from './items'
import type { LoadEntries } from './loader'
import {
  ITEM_DOC_FIELDS,
  type ItemAssets,
  type ItemContext,
  itemFields,
  refId,
  richTextHtml,
  textOrNull,
  type SelectedDoc,
} from './shared'

/** The Vietnamese fields of a feature its pages show. */
const FIELDS = {
  ...ITEM_DOC_FIELDS,
  format: true,
  programme: true,
  airDate: true,
  durationSeconds: true,
  editionDate: true,
  page: true,
  summary: true,
  youtubeId: true,
  videoFile: true,
  body: true,
  transcript: true,
} as const

/** How published TV/radio/newspaper features become entries (see ./items.ts). */
export const FEATURES: ItemSpec<FeatureDoc, FeatureTranslation & { id: number }, FeatureEntry> = {
  collection: 'features',
  fields: FIELDS,
  englishFields: { title: true, programme: true, summary: true, body: true, transcript: true },
  needs: (doc, translation) => ({
    ...uploadNeeds([doc.cover, doc.shareImage], [
      doc.body,
      translation?.body,
    ] as (RichTextState | null)[]),
    video: [doc.videoFile],
  }),
  map: ({ ctx, assets, videos }, doc, translation) =>
    toFeatureEntry(ctx, assets, videos, doc, translation),
}

/** Every published TV/radio/newspaper feature, in both languages. */
export const loadFeatures: LoadEntries<FeatureEntry> = (payload, sink) =>
  loadItems(payload, FEATURES, sink)

/** The fields of a feature its pages show (Vietnamese, or the only locale of a draft read). */
export type FeatureDoc = SelectedDoc<Feature, typeof FIELDS>

/** The English text of a feature, read without fallback. */
export type FeatureTranslation = Pick<
  Feature,
  'title' | 'programme' | 'summary' | 'body' | 'transcript'
>

/**
 * One feature as its pages show it: for every published one (the loader above), and for
 * one draft (the preview route, site/lib/loaders/preview.ts).
 */
export function toFeatureEntry(
  ctx: ItemContext,
  assets: ItemAssets,
  videos: Lookup<number, Video>,
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
    ...itemFields(
      ctx,
      assets,
      doc,
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
