/**
 * Sharing an item: which picture stands for it on social networks (the editor's upload or the
 * generated card) and the share buttons' plain links. Pure functions, no Astro.
 */
export { chooseShareImage, getCardAlt, getGeneratedShareImage, MIN_SHARE_IMAGE } from './image'
export type { ChosenShareImage, ShareImage, UploadedShareImage } from './image'
export { getShareLinks } from './links'
export type { ShareLinks } from './links'
