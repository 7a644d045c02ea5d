import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { PUBLIC_COLLECTIONS } from '@collections/vocabulary/contentTypes'

/**
 * A cache of anonymous REST reads of public content (`GET /api/articles?limit=20`, an item by
 * id, a count). Every anonymous reader gets the same answer (access rules depend on the user,
 * and there is none), so the answer is built once and served from memory until content
 * changes: any create, update or delete in any collection or global of this process empties
 * it, and again two seconds later (a read that started before the change was committed may
 * have stored the old answer). Entries also expire after `API_CACHE_TTL_MS` (default 30 s),
 * so a change written by another process (a CLI seed) shows within that time.
 *
 * Requests with a session (cookie `payload-token`) or an `Authorization` header, other
 * methods, and other paths (uploads' files, `me`, versions, custom endpoints) are never
 * cached. `API_CACHE=0` turns it off.
 */

const MAX_ENTRIES = 500
const MAX_ENTRY_BYTES = 2 * 1024 * 1024

type Entry = { status: number; headers: [string, string][]; body: ArrayBuffer; storedAt: number }
type CacheState = { generation: number; entries: Map<string, Entry> }

// One state per process, whichever bundle (route, instrumentation, config) loads this module.
const STATE_KEY = Symbol.for('hub.publicReadCache')
function state(): CacheState {
  const holder = globalThis as unknown as Record<symbol, CacheState | undefined>
  holder[STATE_KEY] ??= { generation: 0, entries: new Map() }
  return holder[STATE_KEY]!
}

const ttlMs = () => {
  const value = Number(process.env.API_CACHE_TTL_MS)
  return Number.isFinite(value) && value >= 0 ? value : 30_000
}

/** Empties the cache now and once more after the change is surely committed. */
export function invalidatePublicReads(): void {
  const bump = () => {
    const current = state()
    current.generation++
    current.entries.clear()
  }
  bump()
  setTimeout(bump, 2000).unref?.()
}

const PATH = new RegExp(`^/api/(${PUBLIC_COLLECTIONS.join('|')})(?:/(?:\\d+|count))?/?$`)

/** Whether a request is an anonymous read of public content that may be answered from cache. */
export function isCacheableRead(request: Request): boolean {
  if (process.env.API_CACHE === '0') return false
  if (request.method !== 'GET') return false
  if (request.headers.get('authorization')) return false
  if (/(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')) return false
  return PATH.test(new URL(request.url).pathname)
}

/**
 * Wraps a REST GET handler (Next.js route or `handleEndpoints`) with the cache.
 *
 * @example
 * export const GET = withPublicReadCache(REST_GET(config))
 */
export function withPublicReadCache<Args extends unknown[]>(
  handler: (request: Request, ...rest: Args) => Promise<Response>,
): (request: Request, ...rest: Args) => Promise<Response> {
  return async (request, ...rest) => {
    if (!isCacheableRead(request)) return handler(request, ...rest)
    const url = new URL(request.url)
    const key = `${url.pathname}?${url.searchParams.toString()}`
    const cache = state()
    const hit = cache.entries.get(key)
    if (hit && Date.now() - hit.storedAt < ttlMs()) {
      // Most recently used last, for eviction.
      cache.entries.delete(key)
      cache.entries.set(key, hit)
      return answer(hit, 'HIT')
    }
    const generation = cache.generation
    const response = await handler(request, ...rest)
    if (response.status !== 200) return response
    const body = await response.arrayBuffer()
    const entry: Entry = {
      status: response.status,
      headers: [...response.headers.entries()].filter(([name]) => name !== 'set-cookie'),
      body,
      storedAt: Date.now(),
    }
    // A change during this request may not be in the answer: do not keep it.
    if (cache.generation === generation && body.byteLength <= MAX_ENTRY_BYTES) {
      cache.entries.set(key, entry)
      while (cache.entries.size > MAX_ENTRIES) {
        cache.entries.delete(cache.entries.keys().next().value!)
      }
    }
    return answer(entry, 'MISS')
  }
}

function answer(entry: Entry, result: 'HIT' | 'MISS'): Response {
  const headers = new Headers(entry.headers)
  headers.set('X-Cache', result)
  return new Response(entry.body.slice(0), { status: entry.status, headers })
}

const invalidate = () => invalidatePublicReads()

/**
 * The hooks that empty the cache: after every change and deletion in every collection and
 * global (relations are populated into answers, so any change may alter any answer).
 */
export function publicReadCache(): Plugin {
  const withHooks = (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), invalidate],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidate],
    },
  })
  const withGlobalHook = (global: GlobalConfig): GlobalConfig => ({
    ...global,
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), invalidate] },
  })
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withHooks),
    globals: (config.globals ?? []).map(withGlobalHook),
  })
}
