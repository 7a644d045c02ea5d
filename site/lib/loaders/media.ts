import type { Payload } from 'payload'

import type { Document, Media } from '@collections/payload-types'
import { mediaPath } from '../routes'
import type { Attachment, ImageVariant, Picture } from '../types'

type Candidate = { file: string; width: number; height: number; filesize: number }

const ratio = (c: { width: number; height: number }) => c.width / c.height

/** The original and every generated size that exists on disk with known dimensions. */
function candidates(doc: Media): { original: Candidate | null; sizes: Record<string, Candidate> } {
  const make = (
    file?: string | null,
    width?: number | null,
    height?: number | null,
    filesize?: number | null,
  ): Candidate | null =>
    file && width && height ? { file, width, height, filesize: filesize ?? Infinity } : null
  const sizes: Record<string, Candidate> = {}
  for (const [name, size] of Object.entries(doc.sizes ?? {})) {
    const c = make(size?.filename, size?.width, size?.height, size?.filesize)
    if (c) sizes[name] = c
  }
  return { original: make(doc.filename, doc.width, doc.height, doc.filesize), sizes }
}

/**
 * A srcset of every candidate with the proportions of `shape` (within 1 %), one per width
 * (the smaller file wins: the original is WebP, sizes may keep the upload's format).
 */
function variant(shape: Candidate, all: Candidate[]): ImageVariant {
  const byWidth = new Map<number, Candidate>()
  for (const c of all) {
    if (Math.abs(ratio(c) / ratio(shape) - 1) > 0.01) continue
    const seen = byWidth.get(c.width)
    if (!seen || c.filesize < seen.filesize) byWidth.set(c.width, c)
  }
  if (byWidth.size === 0) byWidth.set(shape.width, shape)
  const sorted = [...byWidth.values()].sort((a, b) => a.width - b.width)
  const largest = sorted[sorted.length - 1]
  return {
    src: mediaPath(largest.file),
    width: largest.width,
    height: largest.height,
    srcset: sorted.map((c) => `${mediaPath(c.file)} ${c.width}w`).join(', '),
  }
}

/**
 * Turns a Payload media document (read in Vietnamese, and in English without fallback) into
 * the three image shapes the site shows. Returns null for anything that is not an image with
 * known dimensions (a video, a broken upload).
 *
 * @example
 * toPicture(coverVi, coverEn)?.card.srcset // '/media/anh-800x450.webp 800w, /media/anh.webp 1600w'
 */
export function toPicture(vi: Media, en: Media | null): Picture | null {
  if (!vi.mimeType?.startsWith('image/')) return null
  const { original, sizes } = candidates(vi)
  const all = [...Object.values(sizes), ...(original ? [original] : [])]
  const full = sizes.hero ?? original
  if (!full) return null
  return {
    alt: { vi: vi.alt, en: en?.alt?.trim() ? en.alt : null },
    caption: vi.caption?.trim()
      ? { vi: vi.caption, en: en?.caption?.trim() ? en.caption : null }
      : null,
    credit: vi.credit?.trim() ? vi.credit : null,
    full: variant(full, all),
    card: variant(sizes.card ?? full, all),
    thumb: variant(sizes.thumbnail ?? sizes.card ?? full, all),
  }
}

/** Files a picture's srcsets point at, relative to MEDIA_DIR. */
export function pictureFiles(picture: Picture | null): string[] {
  if (!picture) return []
  const files = new Set<string>()
  for (const v of [picture.full, picture.card, picture.thumb]) {
    for (const part of v.srcset.split(', ')) {
      files.add(decodeURIComponent(part.split(' ')[0].replace(/^\/media\//, '')))
    }
  }
  return [...files]
}

/**
 * The given uploads as the public may read them: the Vietnamese documents, and the English
 * fields `english` selects (no fallback) by id.
 */
async function readUploads<C extends 'media' | 'documents'>(
  payload: Payload,
  collection: C,
  ids: Iterable<number>,
  english: Record<string, true>,
) {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return { docs: [], english: new Map<number, unknown>() }
  const query = {
    collection,
    where: { id: { in: unique } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  } as const
  const [vi, en] = await Promise.all([
    payload.find({ ...query, locale: 'vi' }),
    payload.find({ ...query, locale: 'en', fallbackLocale: false, select: english }),
  ])
  return { docs: vi.docs, english: new Map<number, unknown>(en.docs.map((doc) => [doc.id, doc])) }
}

/** Reads the given media documents in both languages; returns id → Picture (images only). */
export async function loadPictures(
  payload: Payload,
  ids: Iterable<number>,
): Promise<Map<number, Picture>> {
  const out = new Map<number, Picture>()
  const found = await readUploads(payload, 'media', ids, { alt: true, caption: true })
  for (const doc of found.docs as Media[]) {
    const picture = toPicture(doc, (found.english.get(doc.id) as Media | undefined) ?? null)
    if (picture) out.set(doc.id, picture)
  }
  return out
}

/** Video uploads (features' `videoFile`): the file to link to, by id. */
export async function loadVideos(
  payload: Payload,
  ids: Iterable<number>,
): Promise<Map<number, { file: string; mimeType: string }>> {
  const unique = [...new Set(ids)]
  const out = new Map<number, { file: string; mimeType: string }>()
  if (unique.length === 0) return out
  const found = await payload.find({
    collection: 'media',
    where: { id: { in: unique } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { filename: true, mimeType: true },
  })
  for (const doc of found.docs) {
    if (doc.filename && doc.mimeType?.startsWith('video/')) {
      out.set(doc.id, { file: doc.filename, mimeType: doc.mimeType })
    }
  }
  return out
}

/** Attached files (PDF/DOC/DOCX) of policy notices, by id, with their titles in both languages. */
export async function loadAttachments(
  payload: Payload,
  ids: Iterable<number>,
): Promise<Map<number, { vi: Attachment; en: Attachment; file: string }>> {
  const out = new Map<number, { vi: Attachment; en: Attachment; file: string }>()
  const found = await readUploads(payload, 'documents', ids, { title: true })
  for (const doc of found.docs as Document[]) {
    if (!doc.filename) continue
    // Documents live in MEDIA_DIR/documents (collections/Documents.ts).
    const file = `documents/${doc.filename}`
    const base = {
      href: mediaPath(file),
      filename: doc.filename,
      mimeType: doc.mimeType ?? 'application/octet-stream',
      filesize: doc.filesize ?? null,
    }
    const enTitle = (found.english.get(doc.id) as Document | undefined)?.title
    out.set(doc.id, {
      vi: { ...base, title: doc.title },
      en: { ...base, title: enTitle?.trim() ? enTitle : doc.filename },
      file,
    })
  }
  return out
}
