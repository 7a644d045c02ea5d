import { CARD_LABELS } from '../cards/brand'
import type { ChosenShareImage, ShareImage } from './image'
import type { CardLocale } from '../cards/types'

const OG_LOCALE: Record<CardLocale, string> = { vi: 'vi_VN', en: 'en_US' }

export interface ShareMetaInput {
  /** Absolute canonical URL of the page. */
  url: string
  title: string
  /** The sapo / summary / trích yếu. */
  description?: string | null
  locale: CardLocale
  /** The same page in the other languages. */
  alternates?: Array<{ locale: CardLocale; url: string }>
  /** From `chooseShareImage`. */
  image: ShareImage | ChosenShareImage
  /** `article` for content items (default), `website` for home and list pages. */
  type?: 'article' | 'website'
  publishedTime?: string | Date | null
  modifiedTime?: string | Date | null
  /** Topic or section name (`article:section`). */
  section?: string | null
  tags?: string[]
  /** The portal's X account, e.g. `@HaiPhongStartup`. */
  xSite?: string | null
}

export interface ShareLinks {
  facebook: string
  zalo: string
  x: string
  linkedin: string
  /** The URL to put on the clipboard. */
  copy: string
}

export interface ShareMeta {
  title: string
  description: string
  url: string
  siteName: string
  type: 'article' | 'website'
  locale: string
  localeAlternates: string[]
  image: ShareImage
  publishedTime?: string
  modifiedTime?: string
  section?: string
  tags: string[]
  twitter: {
    card: 'summary_large_image'
    title: string
    description: string
    image: string
    imageAlt: string
    site?: string
  }
  shareLinks: ShareLinks
}

/** og:description and twitter:description are cut here (Facebook shows about two lines). */
export const MAX_SHARE_DESCRIPTION = 200

/**
 * Everything a page needs for link previews, built once: render it as `<meta>` tags with
 * `toMetaTags()` and reuse the same facts for JSON-LD. Share links are plain URLs (no
 * third-party script on the page).
 *
 * @example
 * const meta = getShareMeta({ url, title, description: doc.sapo, locale: 'vi', image })
 * // meta.image.url, meta.shareLinks.zalo, …
 */
export function getShareMeta(input: ShareMetaInput): ShareMeta {
  const title = toPlainText(input.title)
  const description = truncate(toPlainText(input.description), MAX_SHARE_DESCRIPTION)
  const image: ShareImage = {
    url: input.image.url,
    width: input.image.width,
    height: input.image.height,
    type: input.image.type,
    alt: toPlainText(input.image.alt),
  }
  const alternates = (input.alternates ?? [])
    .map((alternate) => OG_LOCALE[alternate.locale])
    .filter((locale) => locale !== OG_LOCALE[input.locale])
  return {
    title,
    description,
    url: input.url,
    siteName: CARD_LABELS.portal[input.locale],
    type: input.type ?? 'article',
    locale: OG_LOCALE[input.locale],
    localeAlternates: [...new Set(alternates)],
    image,
    publishedTime: toIso(input.publishedTime),
    modifiedTime: toIso(input.modifiedTime),
    section: toPlainText(input.section) || undefined,
    tags: (input.tags ?? []).map(toPlainText).filter(Boolean),
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      image: image.url,
      imageAlt: image.alt,
      site: input.xSite || undefined,
    },
    shareLinks: getShareLinks(input.url, title),
  }
}

/**
 * Share links for the portal's share buttons, as plain URLs to open in a new tab.
 * Zalo documents only its SDK button; `share_inline?url=` is the script-free form the SDK
 * opens, widely used by Vietnamese news sites.
 *
 * @example
 * getShareLinks('https://example.vn/tin-tuc/a', 'Tiêu đề').facebook
 * // 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.vn%2Ftin-tuc%2Fa'
 */
export function getShareLinks(url: string, title: string): ShareLinks {
  const u = encodeURIComponent(url)
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    zalo: `https://sp.zalo.me/share_inline?url=${u}`,
    x: `https://x.com/intent/tweet?url=${u}&text=${encodeURIComponent(toPlainText(title))}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    copy: url,
  }
}

export interface MetaTag {
  /** Open Graph tags use `property`… */
  property?: string
  /** …Twitter tags use `name`. */
  name?: string
  content: string
}

/**
 * The meta facts as a flat list for `<meta>` elements, in the order Facebook's debugger
 * reads them (og:image before its width, height and alt).
 */
export function toMetaTags(meta: ShareMeta): MetaTag[] {
  const og = (property: string, content: string | number | undefined) =>
    content === undefined || content === '' ? [] : [{ property, content: String(content) }]
  const tw = (name: string, content: string | undefined) => (content ? [{ name, content }] : [])
  return [
    ...og('og:type', meta.type),
    ...og('og:site_name', meta.siteName),
    ...og('og:title', meta.title),
    ...og('og:description', meta.description),
    ...og('og:url', meta.url),
    ...og('og:locale', meta.locale),
    ...meta.localeAlternates.flatMap((locale) => og('og:locale:alternate', locale)),
    ...og('og:image', meta.image.url),
    ...(meta.image.url.startsWith('https:') ? og('og:image:secure_url', meta.image.url) : []),
    ...og('og:image:type', meta.image.type),
    ...og('og:image:width', meta.image.width),
    ...og('og:image:height', meta.image.height),
    ...og('og:image:alt', meta.image.alt),
    ...(meta.type === 'article'
      ? [
          ...og('article:published_time', meta.publishedTime),
          ...og('article:modified_time', meta.modifiedTime),
          ...og('article:section', meta.section),
          ...meta.tags.flatMap((tag) => og('article:tag', tag)),
        ]
      : []),
    ...tw('twitter:card', meta.twitter.card),
    ...tw('twitter:title', meta.twitter.title),
    ...tw('twitter:description', meta.twitter.description),
    ...tw('twitter:image', meta.twitter.image),
    ...tw('twitter:image:alt', meta.twitter.imageAlt),
    ...tw('twitter:site', meta.twitter.site),
  ]
}

// Control and bidi-override characters have no place in a preview and can reorder it.
const UNSAFE_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu

function toPlainText(value: string | null | undefined): string {
  return String(value ?? '')
    .normalize('NFC')
    .replace(UNSAFE_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const cut = chars.slice(0, max - 1).join('')
  const space = cut.lastIndexOf(' ')
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '') + '…'
}

function toIso(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
