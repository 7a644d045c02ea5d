import { clampText, removeInvisibleCharacters } from '../text'
import type { FeedCollection, FeedLanguage } from './types'

// Characters XML 1.0 forbids (C0 controls but tab/newline/return, U+FFFE/U+FFFF) and the C1
// controls it discourages. One of them anywhere makes the whole feed unparseable.
// Half of a surrogate pair (cut emoji): invalid in UTF-8 output. (`String#toWellFormed` is
// ES2024, beyond this project's `lib`.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g

/**
 * Makes any string safe to put in XML or JSON text: well-formed UTF-16 (lone surrogates become
 * U+FFFD), NFC, no characters XML forbids.
 *
 * @example
 * toXmlSafe('Ha\u0309i\u0000 Pho\u0300ng') // 'Hải Phòng'
 */
export function toXmlSafe(value: string | null | undefined): string {
  return String(value ?? '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(NOT_XML, '')
}

/**
 * Plain one-line text (titles, summaries, names): XML-safe, without invisible characters (bidi
 * overrides, zero-width characters: `removeInvisibleCharacters`, the rule the CMS applies on
 * save, here for text saved before it did), whitespace collapsed, at most `max` characters
 * (cut at a word).
 *
 * @example
 * toPlainLine('Hải\u202E Phòng\n khởi nghiệp', 100) // 'Hải Phòng khởi nghiệp'
 */
export function toPlainLine(value: string | null | undefined, max: number): string {
  return clampText(removeInvisibleCharacters(toXmlSafe(value)), max)
}

/**
 * The item's permanent id: collection + CMS id + language. It does not contain the title or the
 * slug, so editing either never makes readers or auto-posters see a "new" item.
 *
 * @example
 * getFeedGuid('articles', 42, 'vi') // 'urn:haiphong-hub:articles:42:vi'
 */
export function getFeedGuid(
  collection: FeedCollection,
  id: string | number,
  language: FeedLanguage,
): string {
  return `urn:haiphong-hub:${collection}:${encodeURIComponent(String(id))}:${language}`
}
