import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * The page manifest a site build emits, beside its pages: what the publish pipeline and the
 * search index need to know about them. The site writes it from the lists its pages are built
 * from (site/pages/site-pages.json.ts); the CMS reads it as data, so it never imports the site.
 * It is an endpoint, not a page, so the sitemap does not list it.
 */
export const SITE_PAGES_PATH = '/site-pages.json'

export interface SitePages {
  /**
   * The page of every published item and term (topic, outlet) in each language the build
   * rendered it in, by {@link pageKey}: `articles:12:vi` → `/tin-tuc/slug/`.
   */
  urls: Record<string, string>
  /** The item pages' files, relative to the client directory: what the search index holds. */
  itemPages: string[]
}

/**
 * The key of a page in {@link SitePages.urls} and in the releases' page manifests.
 *
 * @example
 * pageKey('articles', 12, 'vi') // 'articles:12:vi'
 */
export function pageKey(collection: string, id: number | string, lang: string): string {
  return `${collection}:${id}:${lang}`
}

/**
 * The page manifest of a built site (`<clientDir>/site-pages.json`); throws when the build wrote
 * none.
 *
 * @example
 * const { itemPages } = await readSitePages('site/dist/client')
 */
export async function readSitePages(clientDir: string): Promise<SitePages> {
  const text = await fs.readFile(path.join(clientDir, SITE_PAGES_PATH), 'utf8')
  return JSON.parse(text) as SitePages
}
