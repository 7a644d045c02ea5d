import fs from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { runSearch, type SearchResult } from '@site/lib/search/run'

export interface SiteSearch {
  /** The search page's own search (lib/search/run.ts) against the built index. */
  search(query: string, filters?: Record<string, string[]>): Promise<SearchResult[]>
  filters(): Promise<Record<string, Record<string, number>>>
}

let installed = false

/**
 * Pagefind's browser module (the built `pagefind/pagefind.js`) run in Node: the files it
 * fetches are read from disk, and the page language it would read from `<html lang>` is
 * supplied, so the test asks exactly the index a reader's browser would.
 */
export async function openSiteSearch(clientDir: string, lang: 'vi' | 'en'): Promise<SiteSearch> {
  if (!installed) {
    const realFetch = globalThis.fetch
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      if (url.startsWith('file:'))
        return new Response(await fs.readFile(new URL(url.split('?')[0])))
      return realFetch(input, init)
    }) as typeof fetch
    installed = true
  }
  const base = pathToFileURL(path.join(clientDir, 'pagefind') + path.sep).href
  // Each language gets its own module instance (the query string makes a new module).
  ;(globalThis as { document?: unknown }).document = {
    currentScript: null,
    querySelector: () => ({ getAttribute: () => lang }),
  }
  const pagefind = await import(`${base}pagefind.js?lang=${lang}`)
  // baseUrl: result URLs as the site serves them ('/tin-tuc/…'), not under the file path.
  await pagefind.options({ basePath: base, baseUrl: '/' })
  await pagefind.init()
  delete (globalThis as { document?: unknown }).document
  return {
    search: (query, filters = {}) => runSearch(pagefind, query, filters),
    filters: () => pagefind.filters(),
  }
}
