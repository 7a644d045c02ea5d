import { strings, type Lang } from '../i18n'
import { itemDate } from '../listing'
import { formatDate, vietnamDay } from '../dates'
import type { ItemEntry } from '../types'
import { foldedWords } from './fold'

/** Every string inside a value (objects, arrays), HTML tags removed. */
function collectText(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value.replace(/<[^>]*>/g, ' '))
  else if (Array.isArray(value)) value.forEach((v) => collectText(v, out))
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => collectText(v, out))
  return out
}

export interface SearchRecord {
  /** Pagefind filters: name → values. */
  filters: { kind: string; topic: string[]; outlet: string[]; year: string[] }
  /** Pagefind metadata shown with a result. */
  meta: { kind: string; date: string | null }
  /** The page's words with đ, folded (indexed, never shown). */
  folded: string
}

/**
 * What an item page tells the search index about itself in `lang`: filters (content type,
 * topics, outlet, year), the result's type and date, and the folded copy of its đ-words.
 *
 * @example
 * searchRecord(plan281, 'vi').filters.year // ['2020']
 */
export function searchRecord(entry: ItemEntry, lang: Lang): SearchRecord {
  const t = strings(lang)
  const text = (lang === 'en' ? entry.en : entry.vi) ?? entry.vi
  const date = itemDate(entry)
  const extra =
    entry.kind === 'policy' ? [entry.documentNumber, entry.issuingBody, entry.signer.name] : []
  const names = [
    ...entry.topics.map((topic) => topic.name[lang] ?? topic.name.vi),
    ...(entry.outlet ? [entry.outlet.name[lang] ?? entry.outlet.name.vi] : []),
  ]
  return {
    filters: {
      kind: t.kinds[entry.kind],
      topic: entry.topics.map((topic) => topic.name[lang] ?? topic.name.vi),
      outlet: entry.outlet ? [entry.outlet.name[lang] ?? entry.outlet.name.vi] : [],
      year: date ? [vietnamDay(date).slice(0, 4)] : [],
    },
    meta: { kind: t.kinds[entry.kind], date: date ? formatDate(date, lang) : null },
    folded: foldedWords(collectText([text, extra, names], []).join(' ')).join(' '),
  }
}
