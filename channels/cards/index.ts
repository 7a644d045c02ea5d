/**
 * Share cards and link-preview metadata: pure functions, no Astro. The site's endpoints are
 * thin wrappers — `pages/og/[...].png.ts` maps a document to `CardData` and returns
 * `getOrRenderCard(card).png`; layouts call `getShareMeta()` and render `toMetaTags()`.
 */
export type {
  ArticleCardData,
  CardData,
  CardLocale,
  CardType,
  EventCardData,
  FeatureCardData,
  PolicyNoticeCardData,
} from './types'
export { CARD_HEIGHT, CARD_WIDTH } from './types'
export { renderCard, renderCardSvg } from './render'
export type { RenderCardOptions } from './render'
export { defaultCardCacheDir, getCardHash, getOrRenderCard } from './cache'
export { cardFromManifest, readCardManifest, type CardManifest } from './manifest'
export type { CachedCard, CardCacheOptions } from './cache'
export {
  chooseShareImage,
  getCardAlt,
  getGeneratedShareImage,
  MIN_SHARE_IMAGE,
} from '../share/image'
export type { ChosenShareImage, ShareImage, UploadedShareImage } from '../share/image'
export { getShareLinks, getShareMeta, toMetaTags } from '../share/links'
export type { MetaTag, ShareLinks, ShareMeta, ShareMetaInput } from '../share/links'
