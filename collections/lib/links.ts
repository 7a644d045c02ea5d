import type { Message } from './messages'

/** The schemes an editor's link may use; anything else (javascript:, data:, file:…) is refused. */
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** Stands in for the portal's origin when a path is resolved the way a browser would. */
const PORTAL = 'http://portal.invalid'

/**
 * Never in a link as typed: controls (C0, DEL, C1 — tabs and newlines hide a scheme:
 * `java\tscript:`), format characters (zero-width spaces and joiners, bidi overrides that
 * display `moc.live` for `evil.com`, BOM, soft hyphen), surrogates and private-use characters,
 * any whitespace or separator, and backslashes (browsers read `/\host` as `//host`).
 */
const FORBIDDEN_TYPED = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Z}\s\\]/u

/**
 * Never in a link's path once percent-escapes are decoded (`/%5Cevil.example`, `%0d%0a`,
 * `%E2%80%AE`): a server or proxy that decodes the path would see them. An encoded space
 * (`%20`) is an ordinary file name; the query and fragment are not checked, because they
 * legitimately carry anything encoded (a mailto: body's line breaks, a search for `a\b`).
 */
const FORBIDDEN_DECODED = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\u2028\u2029\\]/u

/** Percent-decodes, as often as it changes (double encoding: `%255C`), without throwing. */
function decodePath(path: string): string {
  let current = path
  for (let round = 0; round < 4; round++) {
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      // Malformed UTF-8 (`%E2%80`): decode at least the ASCII escapes.
      next = current.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    }
    if (next === current) break
    current = next
  }
  return current
}

/**
 * The one link policy of the CMS and the site: the href a link typed by an editor becomes, or
 * null when it must not be a link. The CMS refuses to store a link this rejects
 * (`findRichTextProblems`, the URL fields); the site renders only what this returns
 * (`site/lib/richtext.ts`, the event and portal-link loaders), so the two cannot disagree.
 * - absolute http(s) addresses with a host and no user name or password (`https://gov.vn@evil`
 *   reads as gov.vn but goes to evil), `mailto:` and `tel:`;
 * - paths on the portal — `/van-ban/…`, `#muc-2`, `?trang=2` — resolved as a browser would,
 *   so `//host` and anything else that leaves the portal is refused, also when encoded
 *   (`/%2F%2Fhost`);
 * - never controls, invisible or bidi characters, whitespace or backslashes (`FORBIDDEN_TYPED`),
 *   nor their encoded forms in the path (`FORBIDDEN_DECODED`); spaces and line breaks around
 *   the link are trimmed.
 *
 * @example
 * linkHref('https://haiphong.gov.vn/') // 'https://haiphong.gov.vn/'
 * linkHref('?trang=2') // '?trang=2'
 * linkHref(' javascript:alert(1)') // null
 * linkHref('/\\evil.example') // null
 */
export function linkHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  // Only the spaces and line breaks a paste brings; an invisible character at either end is
  // refused like one inside.
  const value = raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')
  if (!value || FORBIDDEN_TYPED.test(value)) return null
  if (/^[/#?]/.test(value)) {
    const url = new URL(value, `${PORTAL}/`)
    if (url.origin !== PORTAL) return null
    if (value.startsWith('#')) return url.hash
    if (value.startsWith('?')) return `${url.search}${url.hash}`
    const path = decodePath(url.pathname)
    if (FORBIDDEN_DECODED.test(path) || path.startsWith('//')) return null
    return `${url.pathname}${url.search}${url.hash}`
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (!url.hostname || url.username || url.password) return null
  }
  if (FORBIDDEN_DECODED.test(decodePath(url.pathname))) return null
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

/**
 * The href of a page an editor points readers to: a path on the portal (`/van-ban/`) or an
 * absolute http(s) address; null otherwise (no `mailto:`/`tel:`, fragments or bare queries,
 * which name no page). What the public-information list's "where" column holds.
 *
 * @example
 * pageLink('/van-ban/') // '/van-ban/'
 * pageLink('https://dichvucong.gov.vn') // 'https://dichvucong.gov.vn/'
 * pageLink('mailto:a@b.vn') // null
 */
export function pageLink(raw: unknown): string | null {
  const href = linkHref(raw)
  return href !== null && /^(https?:|\/)/.test(href) ? href : null
}

/** Whether `raw` is an absolute http(s) address (see `webLink`). */
export const isHttpUrl = (raw: unknown): boolean => webLink(raw) !== null

/** What an editor reads when a URL field holds something `webLink` refuses. */
export const WEB_LINK_RULE: Message = {
  vi: 'Liên kết phải là một địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://, không có khoảng trắng, dấu \\ hay ký tự ẩn.',
  en: 'The link must be a full address starting with https:// or http://, without spaces, backslashes or invisible characters.',
}

/** What an editor reads when a page-link field holds something `pageLink` refuses. */
export const PAGE_LINK_RULE: Message = {
  vi: 'Liên kết phải là đường dẫn trên Cổng (bắt đầu bằng /, ví dụ /van-ban/) hoặc một địa chỉ đầy đủ bắt đầu bằng https://, không có khoảng trắng, dấu \\ hay ký tự ẩn.',
  en: 'The link must be a path on the portal (starting with /, e.g. /van-ban/) or a full address starting with https://, without spaces, backslashes or invisible characters.',
}
