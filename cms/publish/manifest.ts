import { isContentCollection } from '@collections/vocabulary/contentTypes'

/**
 * The page manifest of a release (which URL each published item and term has, per language)
 * and the redirects it implies: when an item's URL changes between two releases, its old URL
 * answers 301 with the new one, in this release and every later one.
 */

/** `articles:12:vi` → `/tin-tuc/hai-phong-…/`. */
export type PageManifest = Record<string, string>

/** Old URL → the manifest key it now stands for, and that key's URL in this release. */
export type RedirectMap = Record<string, { key: string; to: string | null }>

/** The site path of an HTML file of a build: `tin-tuc/x/index.html` → `/tin-tuc/x/`. */
export function pagePathOf(file: string): string | null {
  if (!file.endsWith('.html')) return null
  return file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`
}

/**
 * The manifest of a new build: for each key, the URL the build reports for it (its page
 * manifest, channels/sitePages.ts) when that is a page of the build, else the previous
 * manifest's URL if the build still has that page. A key no page stands for is left out.
 *
 * @example
 * buildPageManifest({ 'articles:1:vi': '/tin-tuc/moi/' }, {}, new Set(['/tin-tuc/moi/']))
 * // { 'articles:1:vi': '/tin-tuc/moi/' }
 */
export function buildPageManifest(
  built: PageManifest,
  previous: PageManifest,
  pages: Set<string>,
): PageManifest {
  const manifest: PageManifest = {}
  const keys = new Set([...Object.keys(built), ...Object.keys(previous)])
  for (const key of keys) {
    const url = [built[key], previous[key]].find((option) => option && pages.has(option))
    if (url) manifest[key] = url
  }
  return manifest
}

/**
 * The redirects of a new release: every earlier redirect (re-pointed at its key's current URL),
 * plus one for each key whose URL changed since the previous release. A URL that is a page of
 * the new build is never redirected (a slug can be reused by another item); a redirect whose
 * item is no longer published is kept without a target, so it works again if the item returns.
 *
 * @example
 * buildRedirects({ 'articles:1:vi': '/tin-tuc/cu/' }, {}, { 'articles:1:vi': '/tin-tuc/moi/' }, pages)
 * // { '/tin-tuc/cu/': { key: 'articles:1:vi', to: '/tin-tuc/moi/' } }
 */
export function buildRedirects(
  previousManifest: PageManifest,
  previousRedirects: RedirectMap,
  manifest: PageManifest,
  pages: Set<string>,
): RedirectMap {
  const redirects: RedirectMap = {}
  const add = (from: string, key: string) => {
    if (pages.has(from)) return
    const to = manifest[key] ?? null
    redirects[from] = { key, to: to === from ? null : to }
  }
  for (const [from, { key }] of Object.entries(previousRedirects)) add(from, key)
  for (const [key, url] of Object.entries(previousManifest)) {
    if (manifest[key] && manifest[key] !== url) add(url, key)
  }
  return redirects
}

/** How many published items (not terms) have at least one page in a manifest. */
export function countItems(manifest: PageManifest): number {
  const items = new Set<string>()
  for (const key of Object.keys(manifest)) {
    const [collection, id] = key.split(':')
    if (isContentCollection(collection!)) items.add(`${collection}:${id}`)
  }
  return items.size
}

/** Normalises a request path for redirect look-ups: decoded, with a trailing slash. */
export function redirectLookupKey(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`
}
