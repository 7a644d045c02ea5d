import type { Lang } from './i18n'
import type { Kind } from './types'

export { CARD_MANIFEST_PATH } from '@channels/cards/types'

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
/**
 * The pages about the portal itself that the law expects (see docs/LEGAL.md): the HTML site
 * map, the list of published information, the accessibility statement, the procedures list.
 */
export const PORTAL_PAGE_SEGMENTS = {
  sitemap: 'so-do-trang',
  publicInformation: 'thong-tin-cong-khai',
  accessibility: 'tuyen-bo-tiep-can',
  procedures: 'thu-tuc-hanh-chinh',
  privacy: 'quyen-rieng-tu',
} as const
export type PortalPage = keyof typeof PORTAL_PAGE_SEGMENTS
export const SEARCH_SEGMENT = 'tim-kiem'
/** The legal-document library's facets, under `/van-ban/` (see lib/library.ts). */
export const LIBRARY_FACET_SEGMENTS = {
  type: 'loai',
  issuer: 'co-quan',
  field: 'linh-vuc',
  year: 'nam',
  status: 'tinh-trang',
} as const
export type LibraryFacet = keyof typeof LIBRARY_FACET_SEGMENTS
/** Look-up by document number: `/van-ban/so/281-KH-UBND/`. */
export const NUMBER_SEGMENT = 'so'
/**
 * The ecosystem directory (issue 15): the hub, one list per kind of profile, the profiles, and
 * facet pages one dimension at a time (as the library's), e.g. `/he-sinh-thai/du-an/linh-vuc/logistics/`.
 */
export const DIRECTORY_SEGMENT = 'he-sinh-thai'
export const DIRECTORY_KIND_SEGMENTS = {
  startup: 'du-an',
  person: 'chuyen-gia',
  organisation: 'to-chuc',
} as const
export type ProfileKind = keyof typeof DIRECTORY_KIND_SEGMENTS
export const DIRECTORY_FACET_SEGMENTS = {
  sector: 'linh-vuc',
  stage: 'giai-doan',
  district: 'dia-ban',
  role: 'vai-tro',
} as const
export type DirectoryFacet = keyof typeof DIRECTORY_FACET_SEGMENTS
/** Uploaded files referenced by published content are copied here by `pages/media/[...file].ts`. */
export const MEDIA_SEGMENT = 'media'

const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '')
const pageSuffix = (page: number) => (page > 1 ? `trang/${page}/` : '')

export const homePath = (lang: Lang): string => `${prefix(lang)}/`

export const aboutPath = (lang: Lang): string => `${prefix(lang)}/${ABOUT_SEGMENT}/`

/** Kết quả thực hiện: the programme tracker, and its open data beside it. */
export const TRACKER_SEGMENT = 'ket-qua'
export const trackerPath = (lang: Lang): string => `${prefix(lang)}/${TRACKER_SEGMENT}/`
/**
 * Open data sits beside what it describes — the tracker's figures under `/ket-qua/du-lieu/`, the
 * directory's public fields under `/he-sinh-thai/du-lieu/` — each one set of files (bilingual
 * columns) under the Vietnamese path, described by its `datapackage.json`.
 */
export const OPEN_DATA_SEGMENT = 'du-lieu'
export const trackerDataPath = (file: string): string =>
  `/${TRACKER_SEGMENT}/${OPEN_DATA_SEGMENT}/${file}`

/** Hỏi đáp and Góp ý dự thảo: the public's forms (the `gui/` routes are rendered on request). */
export const QA_SEGMENT = 'hoi-dap'
export const CONSULTATION_SEGMENT = 'gop-y-du-thao'
export const SUBMIT_SEGMENT = 'gui'

export const qaPath = (lang: Lang): string => `${prefix(lang)}/${QA_SEGMENT}/`
export const questionPath = (id: number | string, lang: Lang): string =>
  `${qaPath(lang)}${encodeURIComponent(String(id))}/`
export const qaSubmitPath = (lang: Lang): string => `${qaPath(lang)}${SUBMIT_SEGMENT}/`
export const qaFeedPath = (lang: Lang): string => `${qaPath(lang)}rss.xml`
export const consultationsPath = (lang: Lang): string => `${prefix(lang)}/${CONSULTATION_SEGMENT}/`
export const consultationPath = (slug: string, lang: Lang): string =>
  `${consultationsPath(lang)}${encodeURIComponent(slug)}/`
export const consultationSubmitPath = (lang: Lang): string =>
  `${consultationsPath(lang)}${SUBMIT_SEGMENT}/`
/** The privacy page's request form's target: `/quyen-rieng-tu/gui/`. */
export const privacySubmitPath = (lang: Lang): string =>
  `${portalPagePath('privacy', lang)}${SUBMIT_SEGMENT}/`

/**
 * @example
 * portalPagePath('sitemap', 'en') // '/en/so-do-trang/'
 */
export const portalPagePath = (page: PortalPage, lang: Lang): string =>
  `${prefix(lang)}/${PORTAL_PAGE_SEGMENTS[page]}/`

/** The fragment that shows an item page as it prints, to save it as PDF: `…/#luu-pdf`. */
export const PDF_VIEW_ID = 'luu-pdf'

/** The XML site map for search engines (@astrojs/sitemap), beside the HTML one. */
export const XML_SITEMAP_PATH = '/sitemap-index.xml'

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

export const searchPath = (lang: Lang): string => `${prefix(lang)}/${SEARCH_SEGMENT}/`

/**
 * @example
 * libraryFacetPath('type', 'ke-hoach', 'vi') // '/van-ban/loai/ke-hoach/'
 */
export function libraryFacetPath(facet: LibraryFacet, value: string, lang: Lang): string {
  return `${prefix(lang)}/${SECTION_SEGMENTS.policy}/${LIBRARY_FACET_SEGMENTS[facet]}/${encodeURIComponent(value)}/`
}

/**
 * @example
 * documentNumberPath('281-KH-UBND', 'vi') // '/van-ban/so/281-KH-UBND/'
 * documentNumberPath(null, 'vi') // '/van-ban/so/' (the index of every number)
 */
export function documentNumberPath(key: string | null, lang: Lang): string {
  const base = `${prefix(lang)}/${SECTION_SEGMENTS.policy}/${NUMBER_SEGMENT}/`
  return key ? `${base}${encodeURIComponent(key)}/` : base
}

/**
 * @example
 * directoryPath('vi') // '/he-sinh-thai/'
 * directoryPath('en', 'startup') // '/en/he-sinh-thai/du-an/'
 */
export function directoryPath(lang: Lang, kind?: ProfileKind): string {
  const base = `${prefix(lang)}/${DIRECTORY_SEGMENT}/`
  return kind ? `${base}${DIRECTORY_KIND_SEGMENTS[kind]}/` : base
}

/**
 * @example
 * profilePath('startup', 'cang-xanh', 'vi') // '/he-sinh-thai/du-an/cang-xanh/'
 */
export const profilePath = (kind: ProfileKind, slug: string, lang: Lang): string =>
  `${directoryPath(lang, kind)}${encodeURIComponent(slug)}/`

/**
 * @example
 * directoryFacetPath('startup', 'sector', 'logistics', 'vi') // '/he-sinh-thai/du-an/linh-vuc/logistics/'
 */
export const directoryFacetPath = (
  kind: ProfileKind,
  facet: DirectoryFacet,
  value: string,
  lang: Lang,
): string =>
  `${directoryPath(lang, kind)}${DIRECTORY_FACET_SEGMENTS[facet]}/${encodeURIComponent(value)}/`

/**
 * @example
 * directoryDataPath('du-an-khoi-nghiep.csv') // '/he-sinh-thai/du-lieu/du-an-khoi-nghiep.csv'
 */
export const directoryDataPath = (file: string): string =>
  `/${DIRECTORY_SEGMENT}/${OPEN_DATA_SEGMENT}/${file}`

/** New profiles of every kind: `/he-sinh-thai/rss.xml`. */
export const directoryFeedPath = (lang: Lang): string => `${directoryPath(lang)}rss.xml`

/** The `[...page]` route parameter: absent on the first page, `trang/N` after it. */
export const pageParam = (page: number): string | undefined =>
  page > 1 ? `trang/${page}` : undefined

/** Public URL of an uploaded file (MEDIA_DIR-relative path, e.g. `documents/ke-hoach.pdf`). */
export function mediaPath(file: string): string {
  return `/${MEDIA_SEGMENT}/${file.split('/').map(encodeURIComponent).join('/')}`
}

/** Feeds, calendars and share cards (see lib/channels). */
export type FeedFormat = 'rss' | 'json'
export type FeedScope =
  | { type: 'site' }
  | { type: 'section'; kind: Kind }
  | { type: 'topic'; slug: string }
  | { type: 'outlet'; slug: string }

const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', json: 'feed.json' }

/**
 * @example
 * feedPath({ type: 'section', kind: 'article' }, 'en', 'json') // '/en/tin-tuc/feed.json'
 */
export function feedPath(scope: FeedScope, lang: Lang, format: FeedFormat): string {
  const file = FEED_FILES[format]
  switch (scope.type) {
    case 'site':
      return `${homePath(lang)}${file}`
    case 'section':
      return `${sectionPath(scope.kind, lang)}${file}`
    case 'topic':
      return `${topicPath(scope.slug, lang)}${file}`
    case 'outlet':
      return `${outletPath(scope.slug, lang)}${file}`
  }
}

/** Every event, subscribable: `/su-kien/lich.ics`. */
export const calendarPath = (lang: Lang): string => `${sectionPath('event', lang)}lich.ics`

/** One event for "add to calendar": `/su-kien/<slug>.ics`. */
export const eventIcsPath = (slug: string, lang: Lang): string =>
  `${sectionPath('event', lang)}${encodeURIComponent(slug)}.ics`

/**
 * A share card; the content hash in the name makes networks fetch the new card after an edit.
 *
 * @example
 * cardPath('articles', 'ngay-hoi', 'vi', '3f2a9c0b1d2e…') // '/og/articles/ngay-hoi-vi-3f2a9c0b1d2e.png'
 */
export function cardPath(collection: string, slug: string, lang: Lang, hash: string): string {
  return `/og/${collection}/${encodeURIComponent(slug)}-${lang}-${hash.slice(0, 12)}.png`
}
