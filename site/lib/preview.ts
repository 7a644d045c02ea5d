import { escapeHtml } from '@channels/text'
import { strings, type Lang } from './i18n'

/**
 * The draft preview (`/xem-truoc/<collection>/<id>?token=…`, pages/xem-truoc/): everything about
 * it that does not need the CMS. The route is the site's only page rendered on request; the
 * token (collections/preview/token.ts) is the permission, so the answer must never be cached, indexed or
 * leak its address (with the token) to other sites through the Referer header.
 */

/** Response headers of every preview answer, refusals included. */
export const PREVIEW_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
}

/** What a preview page shows besides the item: the banner and where the other language is. */
export interface PreviewInfo {
  /** When the link stops working (ISO date). */
  expiresAt: string
  /** The preview of the item in the other language (same token), or null when untranslated. */
  translationHref: string | null
}

/** Why `loadPreviewDocument` said no (site/lib/loaders/loadPreview.ts). */
export type PreviewRefusal =
  'unknown-collection' | 'malformed' | 'expired' | 'bad-signature' | 'not-found' | 'unavailable'

/**
 * The status of a refused preview: 404 for an address that names nothing (no such collection,
 * no such item once the token verified), 403 for a token that does not open this item (missing,
 * expired, forged, for another item), 503 when the preview cannot run at all.
 */
export function previewStatus(reason: PreviewRefusal): 403 | 404 | 503 {
  if (reason === 'unknown-collection' || reason === 'not-found') return 404
  if (reason === 'unavailable') return 503
  return 403
}

/**
 * A short page for a refused preview: a sentence, no item content, no site chrome.
 *
 * @example
 * (await refusePreview('expired').text()).includes('đã hết hạn') // true
 */
export function refusePreview(reason: PreviewRefusal): Response {
  const status = previewStatus(reason)
  const t = strings('vi').preview
  const message = status === 404 ? t.missing : status === 503 ? t.unavailable : t.refused
  const hint = status === 403 ? `<p>${escapeHtml(t.refusedHint)}</p>` : ''
  const html = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="robots" content="noindex,nofollow"><title>${escapeHtml(message)}</title></head>
<body><h1>${escapeHtml(message)}</h1>${hint}</body>
</html>
`
  return new Response(html, {
    status,
    headers: { ...PREVIEW_HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

/** `?lang=en`, or `?locale=en` as the admin's "Xem trước" link writes it (collections/preview/url.ts). */
export function previewLang(url: URL): Lang {
  return (url.searchParams.get('lang') ?? url.searchParams.get('locale')) === 'en' ? 'en' : 'vi'
}

/** The same preview address in another language, keeping the token. */
export function previewLangHref(url: URL, lang: Lang): string {
  const next = new URL(url)
  next.searchParams.delete('locale')
  if (lang === 'en') next.searchParams.set('lang', 'en')
  else next.searchParams.delete('lang')
  return `${next.pathname}${next.search}`
}

/**
 * Where the CMS serves uploads (CMS_URL, else the local admin on CMS_PORT). A draft may use an
 * image or file no published page uses, which is therefore not in the static build (only files
 * of published items are copied into it), so preview pages load every upload from the CMS —
 * uploads are public there (collections/Media.ts, Documents.ts).
 */
export function cmsBaseURL(env: NodeJS.ProcessEnv = process.env): string {
  return (env.CMS_URL || `http://localhost:${env.CMS_PORT || 3000}`).replace(/\/+$/, '')
}

const SITE_MEDIA_URL = /(?<=^|[\s"'=,(])\/media\/(documents\/)?([^\s"'<>(),?#]+)/g

/**
 * Points every `/media/…` address in a view entry (image srcsets, video, attachments, and the
 * same inside rich-text HTML) at the CMS's upload endpoints. Paths relative to MEDIA_DIR
 * (`files`) are left alone: they have no leading `/media/`.
 *
 * @example
 * pointMediaAtCms({ src: '/media/anh.webp' }, 'http://cms.test')
 * // { src: 'http://cms.test/api/media/file/anh.webp' }
 * pointMediaAtCms('<a href="/media/documents/kh.pdf">', 'http://cms.test')
 * // '<a href="http://cms.test/api/documents/file/kh.pdf">'
 */
export function pointMediaAtCms<T>(value: T, cmsBase: string): T {
  if (typeof value === 'string') {
    return value.replace(
      SITE_MEDIA_URL,
      (_, documents: string | undefined, file: string) =>
        `${cmsBase}/api/${documents ? 'documents' : 'media'}/file/${file}`,
    ) as T
  }
  if (Array.isArray(value)) return value.map((item) => pointMediaAtCms(item, cmsBase)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, pointMediaAtCms(item, cmsBase)]),
    ) as T
  }
  return value
}
