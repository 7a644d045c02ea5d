import type { Loader } from 'astro/loaders'
import type { Payload } from 'payload'

import { openCms } from './open'
import { beginSync } from './sync'

/** Where a loader puts its entries: Astro's store for one collection. */
export interface EntrySink<T extends { slug: string }> {
  /** The digest of the entry the store holds under `slug`, if any. */
  storedDigest(slug: string): string | undefined
  /** Keeps the stored entry as it is (it is still published and unchanged). */
  keep(slug: string): void
  /** Stores an entry (keyed by its slug) and returns its digest. */
  put(entry: T): Promise<string>
}

/** How many entries a load produced, and how many of them it had to map. */
export type LoadReport = { total: number; mapped: number }

export type LoadEntries<T extends { slug: string }> = (
  payload: Payload,
  sink: EntrySink<T>,
) => Promise<LoadReport>

/**
 * A loader function for content that is read and mapped whole on every sync (small: topics,
 * outlets, globals).
 *
 * @example
 * payloadLoader('topics', putAll(loadTopics))
 */
export function putAll<T extends { slug: string }>(
  load: (payload: Payload) => Promise<T[]>,
): LoadEntries<T> {
  return async (payload, sink) => {
    const entries = await load(payload)
    for (const entry of entries) await sink.put(entry)
    return { total: entries.length, mapped: entries.length }
  }
}

/**
 * An Astro content-layer loader for one CMS collection. It reads published content through
 * Payload's Local API and stores one entry per item (keyed by slug) with a digest of its data:
 * pages return that digest as their `cacheKey`, so an incremental build can skip what did not
 * change. An entry whose stored digest would not change is not stored again (the item loaders
 * do not even map it: site/lib/loaders/items.ts). Entries that are no longer published are
 * removed. Any failure to read the CMS throws (CmsUnavailableError), which stops the build
 * instead of publishing an empty site.
 *
 * @example
 * defineCollection({ loader: payloadLoader('articles', loadArticles) })
 */
export function payloadLoader<T extends { slug: string }>(
  collection: string,
  load: LoadEntries<T>,
): Loader {
  return {
    name: `payload-${collection}`,
    async load({ store, generateDigest, parseData, logger }) {
      // Before the first await: every loader of this sync joins one session (./sync.ts).
      const endSync = beginSync()
      const started = performance.now()
      try {
        const payload = await openCms()
        const keep = new Set<string>()
        const sink: EntrySink<T> = {
          storedDigest(slug) {
            const digest = store.get(slug)?.digest
            return digest === undefined ? undefined : String(digest)
          },
          keep(slug) {
            keep.add(slug)
          },
          async put(entry) {
            const data = await parseData({
              id: entry.slug,
              data: { ...entry } as Record<string, unknown>,
            })
            const digest = generateDigest(data)
            store.set({ id: entry.slug, data, digest })
            keep.add(entry.slug)
            return digest
          },
        }
        const { total, mapped } = await load(payload, sink)
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        logger.info(
          mapped === total
            ? `${total} ${collection} from the CMS in ${seconds} s`
            : `${total} ${collection} from the CMS in ${seconds} s (${mapped} mapped, ${total - mapped} unchanged)`,
        )
      } finally {
        endSync()
      }
    },
  }
}
