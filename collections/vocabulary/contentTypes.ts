/**
 * The portal's content: the four collections with pages of their own, the kind of page each
 * becomes on the site, and their names. Every list of content collections in the CMS, the site
 * and the tests is this one.
 */
export const CONTENT_TYPES = [
  { collection: 'articles', kind: 'article', label: { vi: 'Tin tức', en: 'Articles' } },
  { collection: 'features', kind: 'feature', label: { vi: 'Phóng sự', en: 'Features' } },
  { collection: 'policy-notices', kind: 'policy', label: { vi: 'Văn bản', en: 'Policy notices' } },
  { collection: 'events', kind: 'event', label: { vi: 'Sự kiện', en: 'Events' } },
] as const

type ContentType = (typeof CONTENT_TYPES)[number]
export type ContentCollection = ContentType['collection']
/** The four kinds of page the site makes of them. */
export type Kind = ContentType['kind']

export const CONTENT_COLLECTIONS: readonly ContentCollection[] = CONTENT_TYPES.map(
  (type) => type.collection,
)

/** The kinds in the portal's order (menus, footers, filters). */
export const KINDS: readonly Kind[] = CONTENT_TYPES.map((type) => type.kind)

/** `articles` → `article`. */
export const KIND_OF = Object.fromEntries(
  CONTENT_TYPES.map((type) => [type.collection, type.kind]),
) as { [T in ContentType as T['collection']]: T['kind'] }

/** `article` → `articles`. */
export const COLLECTION_OF = Object.fromEntries(
  CONTENT_TYPES.map((type) => [type.kind, type.collection]),
) as { [T in ContentType as T['kind']]: T['collection'] }

export const isContentCollection = (slug: string): slug is ContentCollection =>
  (CONTENT_COLLECTIONS as readonly string[]).includes(slug)

/** The taxonomies that have pages (topic and outlet pages). */
export const TAXONOMY_COLLECTIONS = ['topics', 'outlets'] as const

/** Uploads published pages show (pictures, videos, attached documents). */
export const UPLOAD_COLLECTIONS = ['media', 'documents'] as const

/** What anonymous readers may read through the API (published items only, see access/). */
export const PUBLIC_COLLECTIONS = [
  ...CONTENT_COLLECTIONS,
  ...TAXONOMY_COLLECTIONS,
  ...UPLOAD_COLLECTIONS,
] as const
