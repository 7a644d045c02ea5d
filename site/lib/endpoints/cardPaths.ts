import { getAllItems, getAllProfiles } from '../content'
import { LANGS } from '../i18n'
import { isAvailableIn } from '../listing'
import type { CardData } from '@channels/cards'
import { getCardPath, getProfileCardPath, toCardData, toProfileCardData } from './cards'

/**
 * The card manifest (`/og/cards.json`): for every published item and language, its card's
 * path (with the content hash) and the data the card is drawn from. Cards are drawn when first
 * asked for (the live site server, cms/publish/server.ts, or the on-demand route
 * `/og/<collection>/<file>.png`) from this data, so a build renders none and a full build of a
 * large archive does not spend most of its time drawing pictures nobody has asked for yet.
 */
export async function cardManifest(): Promise<Record<string, CardData>> {
  const items = await getAllItems()
  const manifest: Record<string, CardData> = {}
  for (const item of items) {
    for (const lang of LANGS.filter((l) => isAvailableIn(item, l))) {
      manifest[decodeURI(getCardPath(item, lang))] = toCardData(item, lang)
    }
  }
  for (const entry of await getAllProfiles()) {
    for (const lang of LANGS.filter((l) => l === 'vi' || entry.en)) {
      manifest[decodeURI(getProfileCardPath(entry, lang))] = toProfileCardData(entry, lang)
    }
  }
  return manifest
}
