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

// Emoji that need an invisible character to be one picture: a ZWJ sequence (👩‍💻, 🏳️‍🌈, with
// skin tones) and a subdivision flag (🏴 + tag letters + cancel tag: England, Scotland, Wales).
// Matched whole and kept, so their joiners and tags survive.
const EMOJI_SEQUENCE =
  '\\u{1F3F4}[\\u{E0020}-\\u{E007E}]+\\u{E007F}' +
  '|\\p{Extended_Pictographic}[\\u{1F3FB}-\\u{1F3FF}\\uFE0F]?' +
  '(?:\\u200D\\p{Extended_Pictographic}[\\u{1F3FB}-\\u{1F3FF}\\uFE0F]?)+'
const LINE_BREAK = '\\r\\n|[\\n\\v\\f\\r\\u0085\\u2028\\u2029]'
// Controls (C0, DEL, C1) and Unicode's Default_Ignorable_Code_Point: everything with no glyph —
// bidi marks, embeddings, overrides and isolates (U+200E/F, U+061C, U+202A–E, U+2066–9), which
// reorder a title ("gnp.exe"); zero-width space, non-joiner and joiner (U+200B–D), word joiner
// and invisible operators (U+2060–4), BOM (U+FEFF) and soft hyphen (U+00AD), which split words
// for search and slugs while looking the same; Hangul fillers and tag characters, which hide
// text. Plus the interlinear annotation marks (U+FFF9–B), invisible format characters too.
const INVISIBLE = '[\\p{Cc}\\p{Default_Ignorable_Code_Point}\\uFFF9-\\uFFFB]'
const CLEANED = new RegExp(`(${EMOJI_SEQUENCE})|(${LINE_BREAK})|${INVISIBLE}`, 'gu')
// Default-ignorable but wanted: variation selectors choose an emoji's or a CJK glyph's form
// (❤️ vs ❤) and change nothing else.
const VARIATION_SELECTOR = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u

/**
 * `text` without the characters a reader cannot see but that change what it says, how it is
 * ordered or how it is found: controls, bidi controls, zero-width and other invisible format
 * characters (the list above; the one definition the CMS applies on save and the feeds and
 * share links apply on output). Emoji keep their joiners, variation selectors and flag tags.
 * One line (default): tabs and line breaks become spaces. `multiline`: tabs stay, line breaks
 * become `\n`.
 *
 * @example
 * removeInvisibleCharacters('Hải\u202E Phòng\u200B') // 'Hải Phòng'
 * removeInvisibleCharacters('Dòng 1\r\nDòng 2', { multiline: true }) // 'Dòng 1\nDòng 2'
 */
export function removeInvisibleCharacters(text: string, { multiline = false } = {}): string {
  return text.replace(CLEANED, (match, emoji?: string, lineBreak?: string) => {
    if (emoji) return emoji
    if (lineBreak) return multiline ? '\n' : ' '
    if (match === '\t') return multiline ? '\t' : ' '
    return VARIATION_SELECTOR.test(match) ? match : ''
  })
}
