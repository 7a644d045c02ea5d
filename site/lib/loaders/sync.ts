import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

/**
 * State the site's loaders keep between and within content syncs.
 *
 * - Memos live as long as the process and its Payload instance: the warm build worker
 *   (cms/publish/build-worker.ts) keeps both between builds, a fresh `astro build` starts with
 *   none. They are keyed by the Payload instance, so a process that opens another database
 *   (tests) never sees another database's memos, and kept on `globalThis` because Astro
 *   loads the content config (and these modules) anew for every build.
 * - A sync session lasts from the first loader that starts to the last one that ends: Astro
 *   starts every collection's loader at once, so what they share (the catalogue, the terms,
 *   each collection's list of published items) is read once per sync, and never reused by a
 *   later sync.
 * - Memos are also dropped when the site's own code changes (any file under site/lib): the
 *   worker outlives edits to the mapping code, which Astro loads anew for every build.
 */
export type Session = {
  /** `make()`'s promise, made once per session, Payload instance and key. */
  once<T>(payload: Payload, key: string, make: () => Promise<T>): Promise<T>
}

type State = {
  memos: WeakMap<Payload, Map<string, Map<unknown, unknown>>>
  /** The site code the memos were made with (see `siteCodeVersion`). */
  codeVersion: string
  session: Session | null
  /** Loaders running now. */
  active: number
}

const STATE = Symbol.for('haiphong-hub.site.cms.loaders')

function state(): State {
  const global = globalThis as { [STATE]?: State }
  return (global[STATE] ??= { memos: new WeakMap(), codeVersion: '', session: null, active: 0 })
}

function newSession(): Session {
  const made = new WeakMap<Payload, Map<string, Promise<unknown>>>()
  return {
    once<T>(payload: Payload, key: string, make: () => Promise<T>) {
      let promises = made.get(payload)
      if (!promises) made.set(payload, (promises = new Map()))
      let promise = promises.get(key) as Promise<T> | undefined
      if (!promise) {
        promise = make()
        promises.set(key, promise)
      }
      return promise
    },
  }
}

/** A map kept for the life of the process and of this Payload instance. */
export function processMemo<K, V>(payload: Payload, name: string): Map<K, V> {
  const { memos } = state()
  let named = memos.get(payload)
  if (!named) memos.set(payload, (named = new Map()))
  let memo = named.get(name)
  if (!memo) named.set(name, (memo = new Map()))
  return memo as Map<K, V>
}

/** Forgets what this process remembers of this Payload instance's content (tests). */
export function forgetMemos(payload: Payload): void {
  state().memos.delete(payload)
}

/**
 * Marks a loader as running and returns the function that marks it done; the session lives
 * while any loader runs. Call it before the loader's first `await`: Astro starts all loaders
 * in one go, so they all join the session before any of them can finish.
 */
export function beginSync(): () => void {
  const current = state()
  current.active++
  if (!current.session) {
    current.session = newSession()
    const version = siteCodeVersion()
    if (version !== current.codeVersion) {
      current.memos = new WeakMap()
      current.codeVersion = version
    }
  }
  let ended = false
  return () => {
    if (ended) return
    ended = true
    if (--current.active === 0) current.session = null
  }
}

/** The running sync's session, or a session of its own for a caller outside a sync (preview). */
export function currentSession(): Session {
  return state().session ?? newSession()
}

/**
 * The size and modification time of every file under site/lib and channels/ (about 100 files:
 * ~1 ms): the code the loaders and the entries they make depend on.
 */
function siteCodeVersion(): string {
  const lib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  try {
    return [lib, path.resolve(lib, '../../channels')]
      .flatMap((dir) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        const stat = fs.statSync(file)
        return `${file}:${stat.size}:${stat.mtimeMs}`
      })
      .sort()
      .join('\n')
  } catch {
    // Unknown: never reuse memos made with other code.
    return String(Math.random())
  }
}
