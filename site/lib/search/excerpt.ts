import { escapeHtml } from '@channels/text'
import { foldVietnamese } from './fold'

/** Words shown around the first match. */
const EXCERPT_WORDS = 30

/** The query's words, folded and lower-cased, without surrounding punctuation. */
function queryTerms(query: string): string[] {
  return foldVietnamese(query)
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
}

/** A word folded for comparison: no tones, đ → d, lower case, no leading punctuation. */
const foldWord = (word: string) =>
  foldVietnamese(word)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')

/**
 * A word's comparison keys: the folded word and what follows each "/" or "-" in it, so that
 * "KH-UBND" and "NQ-HĐND" are found inside "281/KH-UBND" and "08/2013/NQ-HĐND".
 */
function wordKeys(word: string): string[] {
  const folded = foldWord(word)
  const keys = [folded]
  for (let i = 0; i < folded.length; i++)
    if ('/-'.includes(folded[i])) keys.push(folded.slice(i + 1))
  return keys
}

const matchesTerm = (word: string, terms: string[]) =>
  wordKeys(word).some((key) => terms.some((term) => key.startsWith(term)))

/**
 * Whether every word of the query starts some word of the text (folded both sides), as a
 * reader expects a result to contain what they typed.
 *
 * @example
 * matchesAllTerms('Người dẫn đường', 'nguoi duong') // true
 * matchesAllTerms('Chuẩn bị hồ sơ', 'bitcoin') // false
 */
export function matchesAllTerms(text: string, query: string): boolean {
  const words = text.split(/\s+/)
  return queryTerms(query).every((term) => words.some((word) => matchesTerm(word, [term])))
}

/**
 * A short, HTML-escaped excerpt of `content` around the first word that matches the query,
 * with every matching word in `<mark>`. Matching is folded (tones, đ/d), by word prefix, as
 * Pagefind matches; the page's hidden folded copy (`hiddenTail`) is cut off first so it never
 * shows. Used by the search page and by the query tests, so both see the same excerpts.
 *
 * @example
 * buildExcerpt('Đường phố Hải Phòng', 'duong') // '<mark>Đường</mark> phố Hải Phòng'
 */
export function buildExcerpt(content: string, query: string, hiddenTail?: string): string {
  let text = content
  if (hiddenTail) {
    const at = text.lastIndexOf(hiddenTail)
    if (at >= 0) text = text.slice(0, at) + text.slice(at + hiddenTail.length)
  }
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  const terms = queryTerms(query)
  const matches = (word: string) => matchesTerm(word, terms)
  const first = words.findIndex(matches)
  const start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(EXCERPT_WORDS / 3))
  const shown = words.slice(start, start + EXCERPT_WORDS)
  const html = shown.map((word) => {
    if (!matches(word)) return escapeHtml(word)
    // Mark the word, not the punctuation around it: "<mark>đường</mark>."
    const [, before, core, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!
    return `${escapeHtml(before)}<mark>${escapeHtml(core)}</mark>${escapeHtml(after)}`
  })
  return `${start > 0 ? '… ' : ''}${html.join(' ')}${start + EXCERPT_WORDS < words.length ? ' …' : ''}`
}
