/**
 * Recording what an entry's mapping read, so a later build can tell whether the entry would
 * come out the same without mapping it again.
 *
 * The mappers (`to<Kind>Entry`) are pure functions of an item's own document and of values
 * they look up by key: other items in the catalogue, topics, outlets, pictures, documents,
 * videos, authors' names, policy-notice relations. They only ever call `get` on those lookups
 * (the `Lookup` type allows nothing else), so wrapping each lookup records every value the
 * entry depends on. An entry whose own document did not change is still exact when every
 * recorded value is the same today.
 */

/** A read-only lookup: the only way mappers reach anything beyond the item's own document. */
export interface Lookup<K, V> {
  get(key: K): V | undefined
}

/** Where a mapper's lookups come from; each name is one kind of referenced thing. */
export type SourceName =
  'item' | 'topic' | 'outlet' | 'picture' | 'document' | 'video' | 'author' | 'noticeRelations'

export type Sources = { [S in SourceName]: Lookup<never, unknown> }

/** One recorded lookup: source, key and the value's fingerprint at the time. */
export type Read = readonly [source: SourceName, key: string | number, fingerprint: string]

const fingerprints = new WeakMap<object, string>()

/**
 * A value as comparable text. Objects are fingerprinted once (values of one build's lookups are
 * shared by many entries), so checking thousands of entries stays cheap.
 *
 * @example
 * fingerprint(undefined) // ''
 * fingerprint({ slug: 'a' }) // '{"slug":"a"}'
 */
export function fingerprint(value: unknown): string {
  if (value === undefined) return ''
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  let text = fingerprints.get(value)
  if (text === undefined) {
    text = JSON.stringify(value)
    fingerprints.set(value, text)
  }
  return text
}

/** Wraps a lookup so every `get` is added to `reads`. */
export function recorded<K extends string | number, V>(
  source: SourceName,
  lookup: Lookup<K, V>,
  reads: Read[],
): Lookup<K, V> {
  return {
    get(key) {
      const value = lookup.get(key)
      reads.push([source, key, fingerprint(value)])
      return value
    },
  }
}

/** Whether every recorded read still gives the same value. */
export function readsHold(reads: readonly Read[], sources: Sources): boolean {
  for (const [source, key, seen] of reads) {
    if (fingerprint(sources[source].get(key as never)) !== seen) return false
  }
  return true
}

/** The keys an entry read from one source (to load them before checking the entry). */
export function readKeys(reads: readonly Read[], source: SourceName): (string | number)[] {
  return reads.filter((read) => read[0] === source).map((read) => read[1])
}
