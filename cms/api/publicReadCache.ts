import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { PUBLIC_COLLECTIONS } from '@collections/vocabulary/contentTypes'
import {
  bumpSharedGeneration,
  GENERATION_CHECK_MS,
  watchSharedGeneration,
  type GenerationWatch,
} from '../sharedState/generation'

/**
 * A cache of anonymous REST reads of public content (`GET /api/articles?limit=20`, an item by
 * id, a count). Every anonymous reader gets the same answer (access rules depend on the user,
 * and there is none), so the answer is built once and served from memory until content
 * changes: any create, update or delete in any collection or global empties it, and again
 * SECOND_BUMP_MS later — Payload runs `afterChange` before the transaction commits, so a read
 * that ran between the hook and the commit may have stored the old answer.
 *
 * Several instances (REDIS_URL set): a change on any instance also bumps a generation counter in
 * Redis (cms/sharedState/generation.ts), both times, and every instance empties its cache on the
 * message that announces it, or at its next read of the counter (every GENERATION_CHECK_MS) if
 * the message was lost. While Redis cannot be read, an instance answers every read from the
 * database (`X-Cache: BYPASS`) and empties its cache when Redis is back.
 *
 * The staleness bound, then: once a change is committed, no instance answers with what was
 * there before it for longer than STALENESS_BOUND_MS (the second emptying plus one reading of
 * the counter), provided the transaction commits within SECOND_BUMP_MS of its hook; usually the
 * old answer is gone within milliseconds. Whatever happens, every entry expires after
 * `API_CACHE_TTL_MS` (default 30 s): the bound for a change made without Payload's hooks (SQL
 * by hand) or a commit slower than SECOND_BUMP_MS. test/cms/shared-state.test.ts measures it
 * across two processes.
 *
 * Requests with a session (cookie `payload-token`) or an `Authorization` header, other
 * methods, and other paths (uploads' files, `me`, versions, custom endpoints) are never
 * cached. `API_CACHE=0` turns it off.
 */

const MAX_ENTRIES = 500
const MAX_ENTRY_BYTES = 2 * 1024 * 1024
export const SECOND_BUMP_MS = 2000
export const STALENESS_BOUND_MS = SECOND_BUMP_MS + GENERATION_CHECK_MS
const SHARED_NAME = 'public-reads'

type Entry = { status: number; headers: [string, string][]; body: ArrayBuffer; storedAt: number }
type CacheState = { generation: number; entries: Map<string, Entry>; shared?: GenerationWatch }

// One state per process, whichever bundle (route, instrumentation, config) loads this module.
const STATE_KEY = Symbol.for('hub.publicReadCache')
function state(): CacheState {
  const holder = globalThis as unknown as Record<symbol, CacheState | undefined>
  holder[STATE_KEY] ??= { generation: 0, entries: new Map() }
  return holder[STATE_KEY]!
}

/** Forgets every answer of this process, and any read in flight stores nothing. */
function emptyLocal(): void {
  const current = state()
  current.generation++
  current.entries.clear()
}

/** The process's watch on the other instances' changes, started by its first cacheable read. */
function sharedWatch(): GenerationWatch {
  const current = state()
  current.shared ??= watchSharedGeneration(SHARED_NAME, emptyLocal)
  return current.shared
}

const ttlMs = () => {
  const value = Number(process.env.API_CACHE_TTL_MS)
  return Number.isFinite(value) && value >= 0 ? value : 30_000
}

/** Empties the cache of every instance now and once more after the change is surely committed. */
export function invalidatePublicReads(): void {
  const bump = () => {
    emptyLocal()
    void bumpSharedGeneration(SHARED_NAME)
  }
  bump()
  setTimeout(bump, SECOND_BUMP_MS).unref?.()
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
    // Unable to hear of other instances' changes: neither answer from nor fill the cache.
    if (!sharedWatch().trusted()) return withCacheHeader(await handler(request, ...rest), 'BYPASS')
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
    if (
      cache.generation === generation &&
      body.byteLength <= MAX_ENTRY_BYTES &&
      sharedWatch().trusted()
    ) {
      cache.entries.set(key, entry)
      while (cache.entries.size > MAX_ENTRIES) {
        cache.entries.delete(cache.entries.keys().next().value!)
      }
    }
    return answer(entry, 'MISS')
  }
}

function withCacheHeader(response: Response, result: 'BYPASS'): Response {
  const headers = new Headers(response.headers)
  headers.set('X-Cache', result)
  return new Response(response.body, { status: response.status, headers })
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
