import { getAllItems } from '../content'
import { LANGS } from '../i18n'
import { isAvailableIn } from '../listing'
import type { CardData } from '../og'
import { getCardPath, toCardData } from './cards'

export interface CardProps {
  card: CardData
}

/**
 * `/og/<collection>/<slug>-<lang>-<hash12>.png` for every published item and language it has a
 * page in; the cacheKey is the card's content hash (the name already carries it).
 */
export async function cardPaths() {
  const items = await getAllItems()
  return items.flatMap((item) =>
    LANGS.filter((lang) => isAvailableIn(item, lang)).map((lang) => {
      const card = toCardData(item, lang)
      const [, , collection, file] = getCardPath(item, lang).split('/')
      return {
        params: { collection, card: decodeURIComponent(file.replace(/\.png$/, '')) },
        props: { card } satisfies CardProps,
        cacheKey: file,
      }
    }),
  )
}
