import fs from 'node:fs/promises'
import path from 'node:path'

import { getOrRenderCard } from './cache'
import type { CardData } from './types'
import { CARD_MANIFEST_PATH } from './types'

export type CardManifest = Record<string, CardData>

/** A built site's card manifest (`<clientDir>/og/cards.json`), or an empty one. */
export async function readCardManifest(clientDir: string): Promise<CardManifest> {
  try {
    return JSON.parse(
      await fs.readFile(path.join(clientDir, CARD_MANIFEST_PATH), 'utf8'),
    ) as CardManifest
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
}

/**
 * The PNG of the card at `sitePath` (`/og/<collection>/<slug>-<lang>-<hash12>.png`) of a built
 * site: drawn from its manifest entry, or taken from the card cache. Null when the manifest has
 * no such card (an old hash, a deleted item).
 */
export async function cardFromManifest(
  manifest: CardManifest,
  sitePath: string,
): Promise<Buffer | null> {
  const card = manifest[sitePath]
  if (!card) return null
  return (await getOrRenderCard(card)).png
}
