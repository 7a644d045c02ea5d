import { buildExcerpt, matchesAllTerms } from './excerpt'
import { foldQuery } from './fold'

/** The part of Pagefind's browser API the portal uses. */
export interface PagefindApi {
  search(
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>
}

export interface PagefindResultData {
  url: string
  content: string
  meta: Record<string, string | undefined>
  filters?: Record<string, string[]>
}

export interface SearchResult {
  url: string
  title: string
  kind: string | null
  date: string | null
  /** HTML: escaped text with the matching words in `<mark>`. */
  excerpt: string
}

/** How many of Pagefind's best results are checked and shown. */
export const MAX_RESULTS = 100

/**
 * One search as the search page runs it: the query folded (đ → d, no tones) for Pagefind,
 * filters as "any of" per filter, then each result checked to contain every word of the query.
 * The check is needed because Pagefind, when a word has no exact match, falls back to shorter
 * prefixes ("bitcoin" → "bị"), and a reader who gets pages about "bị" for "bitcoin" has been
 * misled; an empty list is the honest answer.
 */
export async function runSearch(
  pagefind: PagefindApi,
  query: string,
  filters: Record<string, string[]> = {},
): Promise<SearchResult[]> {
  const folded = foldQuery(query)
  const active = Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  )
  if (!folded && Object.keys(active).length === 0) return []
  const response = await pagefind.search(folded || null, { filters: active })
  const data = await Promise.all(
    (response?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()),
  )
  return data
    .filter((d) => !folded || matchesAllTerms(d.content, folded))
    .map((d) => ({
      url: d.url,
      title: d.meta.title ?? d.url,
      kind: d.meta.kind ?? null,
      date: d.meta.date ?? null,
      excerpt: buildExcerpt(d.content, query, d.meta.folded),
    }))
}
