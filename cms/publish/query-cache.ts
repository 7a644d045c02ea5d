import type { CollectionSlug, Payload } from 'payload'

/**
 * A cache of the site loaders' queries inside the build worker, so a rebuild reads from the
 * database only what changed.
 *
 * The loaders (site/lib/loaders) read every published item on every build, and each of the four
 * item loaders reads the whole catalogue again; at 1,000 items that was most of an incremental
 * build (SQLite time and the garbage it leaves). A `payload.find` with `depth: 0` (no
 * relations populated, so its result depends on its own collection's rows only) is answered
 * from the cache while that collection has the same row count and newest `updatedAt` as when
 * the answer was stored: every create, update, publish, unpublish and delete through Payload
 * changes one of the two. The stamps are read once per build; within a build, identical
 * queries are answered once. Every hit is a fresh copy, so no caller can change the cache.
 * An answer no query asked for during a whole build is dropped at the start of the next one:
 * the loaders read only changed documents by id after the first build (site/lib/loaders/items.ts),
 * so those one-off answers, and the first build's full reads, would otherwise stay for the
 * life of the worker.
 *
 * @example
 * const cache = installQueryCache(payload)
 * cache.startBuild() // before each build
 */
export function installQueryCache(payload: Payload) {
  const original = payload.find.bind(payload)
  // Results are kept as JSON text: about half the memory of the objects, and parsing it is
  // how every hit gets its own copy.
  const entries = new Map<string, { stamp: string; json: string }>()
  let used = new Set<string>()
  let stamps = new Map<string, Promise<string>>()
  let hits = 0
  let misses = 0

  const stampOf = (collection: CollectionSlug) => {
    let stamp = stamps.get(collection)
    if (!stamp) {
      stamp = original({
        collection,
        depth: 0,
        limit: 1,
        sort: '-updatedAt',
        overrideAccess: true,
        select: { updatedAt: true } as never,
      }).then(
        ({ totalDocs, docs }) =>
          `${totalDocs}|${(docs[0] as { updatedAt?: string })?.updatedAt ?? ''}`,
      )
      stamps.set(collection, stamp)
    }
    return stamp
  }

  const cachedFind = (async (args: Parameters<Payload['find']>[0]) => {
    const cacheable = args.depth === 0 && !args.draft && !args.req && !args.user
    if (!cacheable) return original(args)
    const key = JSON.stringify(args)
    used.add(key)
    const stamp = await stampOf(args.collection)
    const entry = entries.get(key)
    if (entry && entry.stamp === stamp) {
      hits++
      return JSON.parse(entry.json)
    }
    misses++
    const result = await original(args)
    entries.set(key, { stamp, json: JSON.stringify(result) })
    return result
  }) as Payload['find']
  payload.find = cachedFind

  return {
    /**
     * Forgets the stamps (the next queries see every change made since) and the answers the
     * last build did not use.
     */
    startBuild() {
      stamps = new Map()
      for (const key of entries.keys()) if (!used.has(key)) entries.delete(key)
      used = new Set()
      hits = 0
      misses = 0
    },
    stats: () => ({ hits, misses, entries: entries.size }),
    /** Puts Payload's own `find` back. */
    uninstall() {
      if (payload.find === cachedFind) payload.find = original
      entries.clear()
    },
  }
}
