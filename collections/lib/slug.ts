import slugify from 'slugify'

/** Longest slug we generate: keeps URLs readable and well under filesystem limits. */
export const MAX_SLUG_LENGTH = 96

/**
 * Turns Vietnamese (or English) text into a URL slug, folding every tone mark and đ/Đ to
 * plain Latin letters. Input in NFD (as pasted from some Mac and Word sources) gives the same
 * slug as NFC. Emoji and symbols are dropped. Returns '' when nothing usable is left.
 *
 * Payload's built-in slug formatter only keeps ASCII word characters, so it would turn
 * "Đà Nẵng" into "-nng"; this is why we do not use it.
 *
 * @example
 * toVietnameseSlug('Khởi nghiệp đổi mới sáng tạo Hải Phòng') // 'khoi-nghiep-doi-moi-sang-tao-hai-phong'
 * toVietnameseSlug('Đà Nẵng') // 'da-nang'
 */
export function toVietnameseSlug(input: string, maxLength = MAX_SLUG_LENGTH): string {
  // Compose first so slugify's Vietnamese map sees "ệ", not "e" + two combining marks; then
  // strip any combining mark the map does not know (decomposing what is left).
  // Separators become word breaks ("281/KH-UBND" → "281-kh-ubnd"); "&" is dropped rather than
  // turned into slugify's English "and".
  const composed = (input ?? '').normalize('NFC').replace(/[/\\|_.,:;+&·•]+/g, ' ')
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
