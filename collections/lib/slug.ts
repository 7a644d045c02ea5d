import slugify from 'slugify'

/** Longest slug we generate: keeps URLs readable and well under filesystem limits. */
export const MAX_SLUG_LENGTH = 96

/**
 * Apostrophes join a word's parts ("Phòng's" → "phongs"); every other character that is not a
 * letter, a mark, a digit, a space or a hyphen — punctuation, markup, currency and other
 * symbols, emoji — separates words and is dropped.
 */
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g
const NOT_WORD = /[^\p{L}\p{M}\p{N}\s-]+/gu

/**
 * Turns Vietnamese (or English) text into a URL slug, folding every tone mark and đ/Đ to
 * plain Latin letters. Input in NFD (as pasted from some Mac and Word sources) gives the same
 * slug as NFC. Symbols, punctuation and emoji are dropped, never spelled out. Returns '' when
 * nothing usable is left (the slug field then asks the editor to type one).
 *
 * Payload's built-in slug formatter only keeps ASCII word characters, so it would turn
 * "Đà Nẵng" into "-nng"; this is why we do not use it. `slugify` alone spells symbols out in
 * English (`<` → "less", `&` → "and", `%` → "percent", `♥` → "love": a title with markup became
 * `cdata-greaterlessevil`), and its `remove` option runs after that mapping, so symbols are
 * dropped before `slugify` sees them.
 *
 * @example
 * toVietnameseSlug('Khởi nghiệp đổi mới sáng tạo Hải Phòng') // 'khoi-nghiep-doi-moi-sang-tao-hai-phong'
 * toVietnameseSlug('Đà Nẵng') // 'da-nang'
 * toVietnameseSlug('<b>Tin</b> & sự kiện') // 'b-tin-b-su-kien'
 */
export function toVietnameseSlug(input: string, maxLength = MAX_SLUG_LENGTH): string {
  // Compose first so slugify's Vietnamese map sees "ệ", not "e" + two combining marks; then
  // strip any combining mark the map does not know (decomposing what is left).
  // Separators become word breaks ("281/KH-UBND" → "281-kh-ubnd").
  const composed = (input ?? '').normalize('NFC').replace(APOSTROPHES, '').replace(NOT_WORD, ' ')
  const folded = slugify(composed, { locale: 'vi', lower: true, strict: true, trim: true })
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  if (folded.length <= maxLength) return folded
  // Cut at a word boundary so a 300-character title does not end mid-word.
  const cut = folded.slice(0, maxLength + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut.slice(0, maxLength)).replace(
    /-+$/,
    '',
  )
}
