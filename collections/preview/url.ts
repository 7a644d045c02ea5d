import type { GeneratePreviewURL } from 'payload'

import { createPreviewToken } from './token'

/** Where the public site runs (its on-demand `/xem-truoc/…` route renders drafts). */
export const siteURL = (): string =>
  (process.env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '')

/**
 * The public site's preview address for one item, with a fresh signed token.
 *
 * @example
 * buildPreviewURL({ collection: 'articles', id: 42, secret, locale: 'en' })
 * // 'http://localhost:4321/xem-truoc/articles/42/?token=…&locale=en'
 */
export function buildPreviewURL({
  collection,
  id,
  secret,
  locale,
  base = siteURL(),
  now,
}: {
  collection: string
  id: string | number
  secret: string | undefined
  locale?: string
  base?: string
  now?: Date
}): string {
  const token = createPreviewToken({ collection, id, secret, now })
  const url = new URL(
    // With the trailing slash of the site's URLs, so the link is not redirected first.
    `/xem-truoc/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}/`,
    `${base}/`,
  )
  url.searchParams.set('token', token)
  if (locale && locale !== 'vi') url.searchParams.set('locale', locale)
  return url.toString()
}

/**
 * The admin's "Xem trước" button for a collection. Payload calls it server-side when it renders
 * the edit view (for someone who can read the item), so every page load gets a fresh token.
 */
export const previewFor =
  (collection: string): GeneratePreviewURL =>
  (doc, { locale }) => {
    const id = (doc as { id?: string | number }).id
    if (id === undefined || !process.env.PREVIEW_SECRET) return null
    return buildPreviewURL({ collection, id, locale, secret: process.env.PREVIEW_SECRET })
  }
