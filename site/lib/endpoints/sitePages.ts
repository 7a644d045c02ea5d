import { pageKey, type SitePages } from '@channels/sitePages'
import { profilePaths } from '../directoryPaths'
import { itemPaths, outletPaths, questionPaths, topicPaths } from '../paths'
import { itemPath, outletPath, profilePath, questionPath, topicPath } from '../routes'
import { DIRECTORY_TYPES } from '@collections/vocabulary/directory'
import type { Kind } from '../types'
import { COLLECTION_OF } from '@collections/vocabulary/contentTypes'

/** The file a page is written to (`build.format: 'directory'` in astro.config.mjs). */
const fileOf = (url: string) => `${decodeURIComponent(url).slice(1)}index.html`

/**
 * The page manifest (`/site-pages.json`, see channels/sitePages.ts) of this build: every item,
 * topic and outlet page, taken from the same `getStaticPaths()` lists as the pages themselves
 * (lib/paths.ts), so it names exactly the pages the build has.
 *
 * @example
 * await sitePages() // { urls: { 'articles:12:vi': '/tin-tuc/slug/', … }, itemPages: ['tin-tuc/slug/index.html', …] }
 */
export async function sitePages(): Promise<SitePages> {
  const urls: SitePages['urls'] = {}
  const itemPages: string[] = []
  for (const kind of Object.keys(COLLECTION_OF) as Kind[]) {
    for (const { props } of await itemPaths(kind)) {
      const url = itemPath(kind, props.entry.slug, props.lang)
      urls[pageKey(COLLECTION_OF[kind], props.entry.id, props.lang)] = url
      itemPages.push(fileOf(url))
    }
  }
  // Published answers have item pages too (searched like the others).
  for (const { props } of await questionPaths()) {
    const url = questionPath(props.entry.id, props.lang)
    urls[pageKey('questions', props.entry.id, props.lang)] = url
    itemPages.push(fileOf(url))
  }
  // Directory profiles are item pages too: in the search index, and the publisher's URLs.
  for (const { props } of await profilePaths()) {
    const { entry, lang } = props
    const collection = DIRECTORY_TYPES.find((t) => t.kind === entry.kind)!.collection
    const url = profilePath(entry.kind, entry.slug, lang)
    urls[pageKey(collection, entry.id, lang)] = url
    itemPages.push(fileOf(url))
  }
  // A term's first page stands for it (later pages come and go with the number of items).
  for (const { props } of await topicPaths()) {
    if (props.page === 1) {
      const url = topicPath(props.topic.slug, props.lang)
      urls[pageKey('topics', props.topic.id, props.lang)] = url
    }
  }
  for (const { props } of await outletPaths()) {
    if (props.page === 1) {
      const url = outletPath(props.outlet.slug, props.lang)
      urls[pageKey('outlets', props.outlet.id, props.lang)] = url
    }
  }
  return { urls, itemPages: itemPages.sort() }
}
