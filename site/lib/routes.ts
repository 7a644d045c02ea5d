import type { Lang } from './i18n'
import type { Kind } from './types'

/**
 * The portal's URLs, in one place. Vietnamese paths everywhere; English pages mirror them
 * under `/en/` (slugs are not localised in the CMS, so one item has one slug in both).
 */

export const SECTION_SEGMENTS: Record<Kind, string> = {
  article: 'tin-tuc',
  feature: 'phong-su',
  policy: 'van-ban',
  event: 'su-kien',
}

export const TOPIC_SEGMENT = 'chu-de'
export const OUTLET_SEGMENT = 'don-vi'
export const ABOUT_SEGMENT = 'gioi-thieu'
/** Uploaded files referenced by published content are copied here by `pages/media/[...file].ts`. */
export const MEDIA_SEGMENT = 'media'

const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '')
const pageSuffix = (page: number) => (page > 1 ? `trang/${page}/` : '')

export const homePath = (lang: Lang): string => `${prefix(lang)}/`

export const aboutPath = (lang: Lang): string => `${prefix(lang)}/${ABOUT_SEGMENT}/`

/**
 * @example
 * itemPath('article', 'hai-phong-nang-cap-trung-tam', 'en') // '/en/tin-tuc/hai-phong-nang-cap-trung-tam/'
 */
export function itemPath(kind: Kind, slug: string, lang: Lang): string {
  return `${prefix(lang)}/${SECTION_SEGMENTS[kind]}/${encodeURIComponent(slug)}/`
}

/**
 * @example
 * sectionPath('article', 'vi', 2) // '/tin-tuc/trang/2/'
 */
export function sectionPath(kind: Kind, lang: Lang, page = 1): string {
  return `${prefix(lang)}/${SECTION_SEGMENTS[kind]}/${pageSuffix(page)}`
}

export function topicPath(slug: string, lang: Lang, page = 1): string {
  return `${prefix(lang)}/${TOPIC_SEGMENT}/${encodeURIComponent(slug)}/${pageSuffix(page)}`
}

export function outletPath(slug: string, lang: Lang, page = 1): string {
  return `${prefix(lang)}/${OUTLET_SEGMENT}/${encodeURIComponent(slug)}/${pageSuffix(page)}`
}

/** The `[...page]` route parameter: absent on the first page, `trang/N` after it. */
export const pageParam = (page: number): string | undefined =>
  page > 1 ? `trang/${page}` : undefined

/** Public URL of an uploaded file (MEDIA_DIR-relative path, e.g. `documents/ke-hoach.pdf`). */
export function mediaPath(file: string): string {
  return `/${MEDIA_SEGMENT}/${file.split('/').map(encodeURIComponent).join('/')}`
}
