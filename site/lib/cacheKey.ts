import { createHash } from 'node:crypto'

/**
 * One `cacheKey` for a page built from several entries (a listing, the home page): it changes
 * when any of them changes, so an incremental build re-renders exactly the affected pages.
 *
 * @example
 * combineCacheKeys(['page', 2, entryA.digest, entryB.digest]) // 'b5c1…' (40 hex digits)
 */
export function combineCacheKeys(parts: (string | number | null | undefined)[]): string {
  const hash = createHash('sha1')
  for (const part of parts) hash.update(String(part ?? '')).update('\u0000')
  return hash.digest('hex')
}
