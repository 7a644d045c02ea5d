import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

import type { Message } from './messages'
import { toVietnameseSlug } from './slug'

/**
 * What may be uploaded where, decided by the file's content (magic bytes), never by its name or
 * the type the browser claims. Images are decoded and re-encoded so what is stored carries no
 * EXIF/GPS and nothing appended after the image data.
 */

const MB = 1024 * 1024

export type UploadPolicy = {
  /** Accepted types, by detected MIME type → the most a file of that type may weigh. */
  types: Record<string, number>
  /** What to tell an editor the collection accepts. */
  accepts: Message
}

export const UPLOAD_POLICIES: Record<'media' | 'documents', UploadPolicy> = {
  media: {
    types: {
      'image/jpeg': 25 * MB,
      'image/png': 25 * MB,
      'image/webp': 25 * MB,
      'image/avif': 25 * MB,
      'video/mp4': 100 * MB,
      'video/webm': 100 * MB,
    },
    accepts: {
      vi: 'ảnh JPEG, PNG, WebP, AVIF (tối đa 25 MB) hoặc video MP4, WebM (tối đa 100 MB)',
      en: 'JPEG, PNG, WebP or AVIF images (up to 25 MB) or MP4, WebM video (up to 100 MB)',
    },
  },
  documents: {
    types: {
      'application/pdf': 25 * MB,
      'application/msword': 25 * MB,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 25 * MB,
    },
    accepts: {
      vi: 'tệp PDF, DOC hoặc DOCX (tối đa 25 MB)',
      en: 'PDF, DOC or DOCX files (up to 25 MB)',
    },
  },
}

/** The largest upload any collection takes: the multipart parser stops (413) beyond it. */
export const MAX_UPLOAD_BYTES = Math.max(
  ...Object.values(UPLOAD_POLICIES).flatMap((policy) => Object.values(policy.types)),
)

/**
 * Decoded size limit. A few-KB PNG can declare 20000×20000 pixels and take gigabytes to
 * decode; 50 megapixels covers any newsroom camera (8688×5792 = 50.3 MP is the largest common
 * full-frame sensor, hence the round figure above it).
 */
export const MAX_IMAGE_PIXELS = 52_000_000
/** WebP (what images are stored as) cannot be wider or taller than this. */
export const MAX_IMAGE_SIDE = 16_383

export const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
}

export type DetectedType = { mime: string; ext: string } | { mime: 'image/svg+xml'; ext: 'svg' }

const utf16 = (text: string) => Buffer.from(text, 'utf16le')

/**
 * The file's real type from its bytes, or null when it is none of the known formats (plain
 * text, HTML, scripts). SVG is recognised so it can be refused by name. Word 97–2003 files are
 * accepted only if they are Word documents without macros (not just any OLE container), and
 * DOCX only without a macro project.
 *
 * @example
 * await detectFileType(pngBytes) // { mime: 'image/png', ext: 'png' }
 * await detectFileType(Buffer.from('<html>…')) // null
 */
export async function detectFileType(data: Buffer): Promise<DetectedType | null> {
  const head = data
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) {
    return { mime: 'image/svg+xml', ext: 'svg' }
  }
  const found = await fileTypeFromBuffer(data)
  if (!found) return null
  if (found.mime === 'application/x-cfb') {
    const isWord = data.includes(utf16('WordDocument'))
    const hasMacros = data.includes(utf16('_VBA_PROJECT')) || data.includes(utf16('Macros'))
    return isWord && !hasMacros ? { mime: 'application/msword', ext: 'doc' } : found
  }
  if (found.ext === 'docx' && data.includes(Buffer.from('vbaProject.bin'))) {
    return { mime: 'application/vnd.ms-word.document.macroEnabled.12', ext: 'docm' }
  }
  return found
}

export class ImageRejected extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.en)
  }
}

/**
 * Decodes an image fully and encodes it again in the same format: metadata (EXIF, GPS, XMP,
 * comments) is dropped, bytes appended after the image are dropped, the EXIF orientation is
 * applied to the pixels first. Refuses images too large to decode safely (checked from the
 * header before decoding) and damaged or truncated ones.
 */
export async function reencodeImage(data: Buffer, mime: string): Promise<Buffer> {
  let width = 0
  let height = 0
  try {
    // Header only: no pixels are decoded, so even a decompression bomb is cheap to inspect.
    const meta = await sharp(data, { limitInputPixels: false }).metadata()
    width = meta.width ?? 0
    height = meta.height ?? 0
  } catch {
    throw new ImageRejected({
      vi: 'Không đọc được ảnh: tệp bị hỏng hoặc không phải ảnh.',
      en: 'The image cannot be read: the file is damaged or not an image.',
    })
  }
  if (width * height > MAX_IMAGE_PIXELS || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    const mp = Math.round((width * height) / 1_000_000)
    throw new ImageRejected({
      vi: `Ảnh quá lớn: ${width}×${height} điểm ảnh (${mp} megapixel). Tối đa ${MAX_IMAGE_PIXELS / 1_000_000} megapixel và ${MAX_IMAGE_SIDE} điểm ảnh mỗi cạnh; hãy thu nhỏ ảnh rồi tải lại.`,
      en: `The image is too large: ${width}×${height} pixels (${mp} megapixels). The limit is ${MAX_IMAGE_PIXELS / 1_000_000} megapixels and ${MAX_IMAGE_SIDE} pixels per side; resize it and upload again.`,
    })
  }
  const image = sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' }).rotate()
  const encoded =
    mime === 'image/jpeg'
      ? image.jpeg({ quality: 90, mozjpeg: true })
      : mime === 'image/png'
        ? image.png({ compressionLevel: 9 })
        : mime === 'image/webp'
          ? image.webp({ quality: 90 })
          : image.avif({ quality: 70 })
  try {
    return await encoded.toBuffer()
  } catch {
    throw new ImageRejected({
      vi: 'Ảnh bị hỏng hoặc tải lên không trọn vẹn (thiếu dữ liệu). Hãy xuất lại ảnh rồi tải lên.',
      en: 'The image is damaged or incomplete (data missing). Export it again and upload it.',
    })
  }
}

/**
 * A stored file name made by the server: the original name folded to a slug (readable in URLs
 * and the media library) plus a random suffix, with the extension of the detected type. Nothing
 * of the uploaded name reaches the file system unfolded.
 *
 * @example
 * generateFileName('Ảnh cảng Hải Phòng.PNG', 'png') // 'anh-cang-hai-phong-3f9a2c1b.png'
 */
export function generateFileName(original: string, ext: string): string {
  const base = toVietnameseSlug(path.parse(original || '').name, 48) || 'tep'
  return `${base}-${randomBytes(4).toString('hex')}.${ext}`
}
