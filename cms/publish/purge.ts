import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { defaultCardCacheDir } from '@channels/cards/cache'
import { readCardManifest } from '@channels/cards/manifest'
import { publishLayout, readCurrentRelease, releasePublicDir, type PublishLayout } from './layout'
import { indexSearch, publishSite } from './pipeline'

/** What a purge of the site's copies removed. */
export type SiteCopiesPurge = {
  release: string
  releasesRemoved: number
  searchIndexesRemoved: number
  cardsRemoved: number
}

/** A card's cache file is `<64-hex hash>.png`; its site path ends `-<first 12 of the hash>.png`. */
const CARD_HASH_IN_PATH = /-([0-9a-f]{12})\.png$/
const CACHED_CARD = /^([0-9a-f]{64})\.png$/

/**
 * Removes every copy of the site that the live release does not need, after someone withdrew
 * their consent: a new release is built first (the person's pages pruned, listings, feeds and
 * the card manifest re-rendered without them), then every older release (kept for requests in
 * flight and for a quick rollback) is deleted, the search index is rebuilt from the new pages
 * and the older indexes deleted, and the share-card cache keeps only the cards the live release
 * lists. Cards are named by a hash of what they show, so a card naming the person is a file no
 * live manifest refers to. Safe to repeat: a second run finds nothing more to remove.
 *
 * No site yet (no `current` release) means no copies to purge: nothing is built.
 *
 * @example
 * await purgeSiteCopies(payload, { trigger: 'people 12: consent withdrawn' })
 */
export async function purgeSiteCopies(
  payload: Payload,
  {
    layout = publishLayout(),
    cardCacheDir = defaultCardCacheDir(),
    trigger,
  }: { layout?: PublishLayout; cardCacheDir?: string; trigger?: string } = {},
): Promise<SiteCopiesPurge | null> {
  if (!(await readCurrentRelease(layout))) return null
  const result = await publishSite({ payload, layout, trigger, keepReleases: 1 })
  if (!result.ok) throw new Error(`The site could not be rebuilt: ${result.reason}`)
  const live = await readCurrentRelease(layout)
  if (!live) throw new Error('No live release after the rebuild.')

  const releases = await fs.readdir(layout.releases).catch(() => [] as string[])
  let releasesRemoved = 0
  for (const name of releases) {
    const dir = path.join(layout.releases, name)
    if (dir === live) continue
    await fs.rm(dir, { recursive: true, force: true })
    releasesRemoved++
  }

  // Rebuilt whether or not the publish found an item page changed: an older index may still
  // hold the person (a search made before the withdrawal reindexed nothing since).
  const index = await indexSearch(layout, { payload })
  if (!index) throw new Error('The search index could not be rebuilt.')
  const liveIndex = path.join(layout.search, index.id)
  let searchIndexesRemoved = 0
  for (const name of await fs.readdir(layout.search).catch(() => [] as string[])) {
    const dir = path.join(layout.search, name)
    if (dir === liveIndex) continue
    await fs.rm(dir, { recursive: true, force: true })
    searchIndexesRemoved++
  }

  const manifest = await readCardManifest(releasePublicDir(live))
  const wanted = new Set(
    Object.keys(manifest).flatMap((card) => CARD_HASH_IN_PATH.exec(card)?.[1] ?? []),
  )
  let cardsRemoved = 0
  for (const name of await fs.readdir(cardCacheDir).catch(() => [] as string[])) {
    const hash = CACHED_CARD.exec(name)?.[1]
    if (!hash || wanted.has(hash.slice(0, 12))) continue
    await fs.rm(path.join(cardCacheDir, name), { force: true })
    cardsRemoved++
  }
  return { release: path.basename(live), releasesRemoved, searchIndexesRemoved, cardsRemoved }
}
