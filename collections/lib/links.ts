/** The schemes an editor's link may use; anything else (javascript:, data:, file:…) is refused. */
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** Stands in for the portal's origin when a path is resolved the way a browser would. */
const PORTAL = 'http://portal.invalid'

/**
 * The one link policy of the CMS and the site: the href a link typed by an editor becomes, or
 * null when it must not be a link. The CMS refuses to store a link this rejects
 * (`findRichTextProblems`); the site renders only what this returns (`site/lib/richtext.ts`),
 * so the two cannot disagree.
 * - absolute http(s) addresses with a host, `mailto:` and `tel:`;
 * - paths on the portal — `/van-ban/…`, `#muc-2`, `?trang=2` — resolved as a browser would,
 *   so `//host` and anything else that leaves the portal is refused;
 * - never control characters (tabs and newlines hide a scheme: `java\tscript:`) or backslashes
 *   (browsers read `/\host` as `//host`); spaces around the link are trimmed.
 *
 * @example
 * linkHref('https://haiphong.gov.vn/') // 'https://haiphong.gov.vn/'
 * linkHref('?trang=2') // '?trang=2'
 * linkHref(' javascript:alert(1)') // null
 */
export function linkHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const value = raw.trim()
  if (!value || /[\u0000-\u001f\u007f\\]/.test(value)) return null
  if (/^[/#?]/.test(value)) {
    const url = new URL(value, `${PORTAL}/`)
    if (url.origin !== PORTAL) return null
    if (value.startsWith('#')) return url.hash
    if (value.startsWith('?')) return `${url.search}${url.hash}`
    return `${url.pathname}${url.search}${url.hash}`
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null
  return url.href
}

/**
 * The href of an absolute http(s) address, or null: what event, venue, website and portal-link
 * fields hold (the site prints them as links to other sites).
 *
 * @example
 * webLink(' https://dost.haiphong.gov.vn') // 'https://dost.haiphong.gov.vn/'
 * webLink('mailto:a@b.vn') // null
 */
export function webLink(raw: unknown): string | null {
  const href = linkHref(raw)
  return href !== null && /^https?:/.test(href) ? href : null
}

/** Whether `raw` is an absolute http(s) address (see `webLink`). */
export const isHttpUrl = (raw: unknown): boolean => webLink(raw) !== null
