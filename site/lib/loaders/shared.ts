import type { Payload } from 'payload'

import type { Lang } from '../i18n'
import { renderRichText, richTextUploadIds, type RichTextState } from '../richtext'
import type { Attachment, Picture, TermRef } from '../types'
import { loadCatalogue, linkResolver, type PublishedItem } from './catalogue'
import type { Lookup } from './dependencies'
import { loadAttachments, loadPictures, pictureFiles } from './media'
import { currentSession } from './sync'
import { loadTerms, type TermLookups, type Terms } from './terms'

/** What every item loader resolves references against. */
export interface ItemContext {
  payload: Payload
  catalogue: Lookup<string, PublishedItem>
  terms: Terms
}

/**
 * The catalogue and the terms, read once per sync and shared by the four item loaders (and
 * for the preview route, once per request).
 */
export function loadItemContext(payload: Payload): Promise<ItemContext & TermLookups> {
  return currentSession().once(payload, 'item-context', async () => {
    const [catalogue, terms] = await Promise.all([loadCatalogue(payload), loadTerms(payload)])
    return { payload, catalogue, terms, topics: terms.topics, outlets: terms.outlets }
  })
}

type Ref = number | { id: number } | null | undefined

/** The id of an unpopulated (or populated) relationship value. */
export const refId = (value: Ref): number | null =>
  value == null ? null : typeof value === 'number' ? value : value.id

/** Trimmed text or null: empty strings from the CMS are "not filled in". */
export const textOrNull = (value: string | null | undefined): string | null =>
  value?.trim() ? value : null

export const topicRefs = (ctx: ItemContext, topics: Ref[] | null | undefined): TermRef[] =>
  (topics ?? []).map((t) => ctx.terms.topic(t)).filter((t): t is TermRef => t !== null)

/** Uploads an item's pages show: pictures (cover, share image, images in rich text) and files. */
export interface ItemAssets {
  pictures: Lookup<number, Picture>
  /** Documents (PDF/DOC/DOCX) placed in rich text, by id. */
  documents: Lookup<number, DocumentFile>
}

/** An uploaded document in both languages, and its file (relative to MEDIA_DIR). */
export type DocumentFile = { vi: Attachment; en: Attachment; file: string }

/** Loads the uploads items show: covers, share images, and images and files in rich text. */
export async function loadItemAssets(
  ctx: ItemContext,
  refs: Ref[],
  richTexts: (RichTextState | null | undefined)[],
): Promise<ItemAssets> {
  const ids = [
    ...refs.map(refId).filter((id): id is number => id !== null),
    ...richTexts.flatMap((state) => richTextUploadIds(state, 'media')),
  ]
  const [pictures, documents] = await Promise.all([
    loadPictures(ctx.payload, ids),
    loadAttachments(
      ctx.payload,
      richTexts.flatMap((state) => richTextUploadIds(state, 'documents')),
    ),
  ])
  return { pictures, documents }
}

/** Rich text as safe HTML for one language, with links and uploads resolved. */
export function richTextHtml(
  ctx: ItemContext,
  assets: ItemAssets,
  state: RichTextState | null | undefined,
  lang: Lang,
  videoTitle?: string,
): string {
  return renderRichText(
    state,
    {
      lang,
      linkTo: linkResolver(ctx.catalogue, lang),
      picture: (id) => assets.pictures.get(id) ?? null,
      document: (id) => assets.documents.get(id)?.[lang] ?? null,
    },
    { videoTitle },
  )
}

/** Uploaded files the item's pages use (paths relative to MEDIA_DIR). */
export function mediaFiles(
  assets: ItemAssets,
  refs: Ref[],
  richTexts: (RichTextState | null | undefined)[],
  extra: string[] = [],
): string[] {
  const files = new Set<string>(extra)
  const pictureIds = [
    ...refs.map(refId).filter((id): id is number => id !== null),
    ...richTexts.flatMap((state) => richTextUploadIds(state, 'media')),
  ]
  for (const id of pictureIds) {
    pictureFiles(assets.pictures.get(id) ?? null).forEach((f) => files.add(f))
  }
  for (const id of richTexts.flatMap((state) => richTextUploadIds(state, 'documents'))) {
    const file = assets.documents.get(id)?.file
    if (file) files.add(file)
  }
  return [...files].sort()
}

/** What every content document gives its entry, whatever its kind. */
export interface ItemDocFields {
  id: number
  slug?: string | null
  publishedAt?: string | null
  updatedAt: string
  topics?: Ref[] | null
  outlet?: Ref
  cover?: Ref
  shareImage?: Ref
}

/** The fields every item's pages read (`itemFields()` maps most of them), from every collection. */
export const ITEM_DOC_FIELDS = {
  title: true,
  related: true,
  slug: true,
  publishedAt: true,
  updatedAt: true,
  outlet: true,
  topics: true,
  cover: true,
  shareImage: true,
} as const

/** A document as its loader selects it: the id and the selected fields. */
export type SelectedDoc<Doc extends { id: unknown }, Fields> = Pick<
  Doc,
  'id' | (keyof Fields & keyof Doc)
>

/**
 * The fields every item entry has (types.ts `ItemBase` but the kind and texts): id, slug,
 * dates, topics, outlet, cover, share image, and the uploaded files its pages show (pictures
 * and files in `richTexts`, plus `extraFiles`: a video, attachments).
 */
export function itemFields(
  ctx: ItemContext,
  assets: ItemAssets,
  doc: ItemDocFields,
  richTexts: (RichTextState | null | undefined)[],
  extraFiles: string[] = [],
) {
  return {
    id: doc.id,
    slug: doc.slug!,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    topics: topicRefs(ctx, doc.topics),
    outlet: ctx.terms.outlet(doc.outlet),
    cover: assets.pictures.get(refId(doc.cover) ?? -1) ?? null,
    shareImage: assets.pictures.get(refId(doc.shareImage) ?? -1) ?? null,
    files: mediaFiles(assets, [doc.cover, doc.shareImage], richTexts, extraFiles),
  }
}
