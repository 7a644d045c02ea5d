import type { Loader } from 'astro/loaders'
import type { Payload } from 'payload'

import { openCms } from './open'

/**
 * An Astro content-layer loader for one CMS collection. It reads published content through
 * Payload's Local API and stores one entry per item (keyed by slug) with a digest of its data:
 * pages return that digest as their `cacheKey`, so an incremental build can skip what did not
 * change. Entries that are no longer published are removed. Any failure to read the CMS throws
 * (CmsUnavailableError), which stops the build instead of publishing an empty site.
 *
 * @example
 * defineCollection({ loader: payloadLoader('articles', loadArticles) })
 */
export function payloadLoader<T extends { slug: string }>(
  collection: string,
  load: (payload: Payload) => Promise<T[]>,
): Loader {
  return {
    name: `payload-${collection}`,
    async load({ store, generateDigest, parseData, logger }) {
      const payload = await openCms()
      const items = await load(payload)
      const keep = new Set<string>()
      for (const item of items) {
        const data = await parseData({
          id: item.slug,
          data: { ...item } as Record<string, unknown>,
        })
        store.set({ id: item.slug, data, digest: generateDigest(data) })
        keep.add(item.slug)
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
      logger.info(`${items.length} ${collection} from the CMS`)
    },
  }
}
