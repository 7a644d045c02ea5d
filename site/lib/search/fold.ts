/**
 * Vietnamese-aware folding for search. Pagefind (since 1.5) folds tone marks ("hỗ trợ" and
 * "ho tro" meet), but đ/Đ is a letter of its own, not d + a mark, so "duong" would never find
 * "đường". Pages therefore carry a hidden, folded copy of the words that contain đ
 * (`foldedWords`), and queries are folded the same way (`foldQuery`) before they reach Pagefind.
 */

/**
 * Text with tone marks removed and đ/Đ written d/D (NFC in, NFC out).
 *
 * @example
 * foldVietnamese('Đường Hỗ trợ') // 'Duong Ho tro'
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

/**
 * The words of `text` that contain đ/Đ, folded and without repeats: what a page adds to its
 * index so that queries typed with a plain d find it.
 *
 * @example
 * foldedWords('Đài Phát thanh, đổi mới, 844/QĐ-TTg') // ['Dai', 'doi', '844/QD-TTg']
 */
export function foldedWords(text: string): string[] {
  const words = text.normalize('NFC').split(/\s+/)
  const out = new Set<string>()
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    if (/[đĐ]/.test(word)) out.add(foldVietnamese(word))
  }
  return [...out]
}

/**
 * A reader's query as it is sent to Pagefind: trimmed, NFC, đ/Đ → d/D, tone marks kept off.
 *
 * @example
 * foldQuery('  đổi mới ') // 'doi moi'
 */
export function foldQuery(query: string): string {
  return foldVietnamese(query.normalize('NFC').replace(/\s+/g, ' ').trim())
}
