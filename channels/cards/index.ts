/**
 * Share cards: pure functions, no Astro. The site's endpoints are thin wrappers —
 * `pages/og/[...].png.ts` maps a document to `CardData` and returns `getOrRenderCard(card).png`.
 * Which image a page shares, and its share links, are `channels/share`.
 */
export type {
  ArticleCardData,
  CardData,
  CardLocale,
  CardType,
  EventCardData,
  FeatureCardData,
  FeatureFormat,
  PolicyNoticeCardData,
} from './types'
export { CARD_HEIGHT, CARD_MANIFEST_PATH, CARD_WIDTH } from './types'
export { renderCard, renderCardSvg } from './render'
export type { RenderCardOptions } from './render'
export { defaultCardCacheDir, getCardHash, getOrRenderCard } from './cache'
export { cardFromManifest, readCardManifest, type CardManifest } from './manifest'
export type { CachedCard, CardCacheOptions } from './cache'
