import { CARD_LABELS } from '../cards/brand'
import type { CardLocale } from '../cards/types'
import { CARD_HEIGHT, CARD_WIDTH } from '../cards/types'
import { toHttpUrl } from '../text'

/** An image that can stand behind og:image. */
export interface ShareImage {
  /** Absolute URL. */
  url: string
  width: number
  height: number
  /** MIME type, e.g. `image/png`. */
  type: string
  alt: string
}

export interface ChosenShareImage extends ShareImage {
  source: 'uploaded' | 'generated'
}

/**
 * The editor's upload, as Payload gives it: the populated `shareImage` (a `Media` document).
 * Map with `{ url, width, height, mimeType, alt }` — all nullable.
 */
export interface UploadedShareImage {
  url?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  alt?: string | null
}

/** Facebook shows a large card only from 600×315 up; smaller images become a thumbnail. */
export const MIN_SHARE_IMAGE = { width: 600, height: 315 } as const

/** Formats the big networks (Facebook, Zalo, X, LinkedIn) all accept for link previews. */
const SHARE_IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp'])

/**
 * Decides which picture represents an item on social networks: the editor-uploaded share
 * image when it is a usable one (a JPEG/PNG/GIF/WebP with known size of at least 600×315),
 * otherwise the generated card. Relative upload URLs are made absolute against `siteUrl`.
 *
 * @example
 * const image = chooseShareImage(doc.shareImage, {
 *   url: `${site}/og/articles/${doc.slug}.vi.png`, width: 1200, height: 630,
 *   type: 'image/png', alt: getCardAlt(card),
 * }, site)
 */
export function chooseShareImage(
  uploaded: UploadedShareImage | null | undefined,
  generated: ShareImage,
  siteUrl: string,
): ChosenShareImage {
  if (
    uploaded?.url &&
    uploaded.mimeType &&
    SHARE_IMAGE_TYPES.has(uploaded.mimeType.toLowerCase()) &&
    (uploaded.width ?? 0) >= MIN_SHARE_IMAGE.width &&
    (uploaded.height ?? 0) >= MIN_SHARE_IMAGE.height
  ) {
    const url = toHttpUrl(uploaded.url, siteUrl)
    if (url) {
      return {
        source: 'uploaded',
        url,
        width: uploaded.width!,
        height: uploaded.height!,
        type: uploaded.mimeType.toLowerCase(),
        alt: uploaded.alt?.trim() || generated.alt,
      }
    }
  }
  return { source: 'generated', ...generated }
}

/**
 * Alt text for a generated card: what it shows, in the card's language.
 *
 * @example
 * getCardAlt({ locale: 'vi', title: 'Ngày hội khởi nghiệp' })
 * // 'Thẻ chia sẻ: Ngày hội khởi nghiệp — Cổng thông tin khởi nghiệp …'
 */
export function getCardAlt(card: { locale: CardLocale; title: string }): string {
  const title = card.title.normalize('NFC').replace(/\s+/g, ' ').trim()
  return `${CARD_LABELS.cardAlt[card.locale]}: ${title} — ${CARD_LABELS.portal[card.locale]}`
}

/**
 * The generated card as a `ShareImage`, given the URL the site serves it at. Put the card's
 * hash in that URL (`…/quy.vi.png?v=${getCardHash(card).slice(0, 12)}`, or in the file name):
 * Facebook and Zalo cache og:image by URL, so an edited title would otherwise keep its old card.
 */
export function getGeneratedShareImage(
  url: string,
  card: { locale: CardLocale; title: string },
): ShareImage {
  return { url, width: CARD_WIDTH, height: CARD_HEIGHT, type: 'image/png', alt: getCardAlt(card) }
}
