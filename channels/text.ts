/**
 * Text helpers every output format shares: HTML escaping, clamping at a word, dates and http(s)
 * URLs. Pure and free of `node:` imports: the search page's browser script uses it too.
 */

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values.
 *
 * @example
 * escapeHtml('<b title="x">') // '&lt;b title=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const ELLIPSIS = '…'

/**
 * `text` with its whitespace collapsed, cut to at most `max` characters (code points, so an
 * emoji is never split): at the last space when one is reasonably close, without the
 * punctuation left dangling there, and with an ellipsis.
 *
 * @example
 * clampText('Khởi nghiệp đổi mới sáng tạo', 16) // 'Khởi nghiệp đổi…'
 * clampText('  Hải   Phòng ', 20) // 'Hải Phòng'
 */
export function clampText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(clean)
  if (chars.length <= max) return clean
  const cut = chars.slice(0, max - 1).join('')
  // The cut already falls between words when the next character is a space.
  const space = chars[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ')
  const head = space > cut.length * 0.6 ? cut.slice(0, space) : cut
  return head.replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS
}

/**
 * A date as a new `Date`, or `undefined` when missing or invalid.
 *
 * @example
 * toDate('2025-03-15T02:00:00Z')?.getTime() // 1742004000000
 * toDate('not a date') // undefined
 */
export function toDate(value: string | Date | null | undefined): Date | undefined {
  if (!value) return undefined
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/**
 * `value` resolved against `base` (when given), as an absolute URL string; `undefined` unless
 * it is http(s), so `javascript:` and `data:` links never reach the output.
 *
 * @example
 * toHttpUrl('/media/a.jpg', 'https://example.vn') // 'https://example.vn/media/a.jpg'
 * toHttpUrl('javascript:alert(1)') // undefined
 */
export function toHttpUrl(value: string | null | undefined, base?: string): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}
