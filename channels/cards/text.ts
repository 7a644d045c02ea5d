import { clampText } from '../text'

/**
 * Text preparation for share cards. Satori draws exactly what it is given: decomposed marks
 * (NFD) detach from their letters, characters missing from the loaded fonts vanish without a
 * trace (emoji included), and bidi controls reorder the line. So every string goes through
 * `toCardText` before it reaches a template.
 */

/** Longest text a card lays out; longer input is cut at a word and clamped visually too. */
export const MAX_CARD_TEXT = 300

// Invisible format characters (ZWJ, bidi marks and isolates, soft hyphen, BOM) and variation
// selectors: never drawn, but they reorder or join what is around them.
const FORMAT_CHARACTERS = /[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/gu

/**
 * Prepares one string for a card: NFC, no control or format characters, no characters the card
 * fonts cannot draw (emoji, scripts other than Latin/Vietnamese), single spaces, and at most
 * `maxLength` characters, cut at a word with an ellipsis.
 *
 * @param covers which code points the fonts can draw (`getCardFonts().coverage`)
 * @example
 * toCardText('Ha\u0309i Pho\u0300ng 🚀  khởi nghiệp', covers) // 'Hải Phòng khởi nghiệp'
 */
export function toCardText(
  input: string | null | undefined,
  covers: (codePoint: number) => boolean,
  maxLength = MAX_CARD_TEXT,
): string {
  const composed = String(input ?? '')
    .normalize('NFC')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(FORMAT_CHARACTERS, '')
  let kept = ''
  for (const char of composed) {
    if (/\s/u.test(char)) kept += ' '
    else if (covers(char.codePointAt(0)!)) kept += char
  }
  return clampText(kept, maxLength)
}
