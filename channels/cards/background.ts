import { BRAND } from './brand'
import { CARD_HEIGHT, CARD_WIDTH } from './types'

/**
 * The ground every card shares — deep harbour blue, a lighter diagonal (the water), two faint
 * rings (the harbour's sun) and the red and gold band — as SVG markup that `renderCard` puts
 * under satori's text layer. Written by hand rather than as satori styles: satori turns a CSS
 * gradient into a pattern and every box into masks, which librsvg took ~150 ms to paint.
 * Flat areas also keep the PNG small. Bump `BACKGROUND_VERSION` on any change (cache key).
 */
export const BACKGROUND_VERSION = 1

const W = CARD_WIDTH
const H = CARD_HEIGHT
const BAND_SPLIT = Math.round(W * 0.68)

export const BACKGROUND_MARKUP = [
  `<rect width="${W}" height="${H}" fill="${BRAND.harbourDeep}"/>`,
  `<path d="M${W * 0.42} ${H}L${W} ${H * 0.18}V${H}Z" fill="${BRAND.harbour}"/>`,
  `<path d="M${W * 0.78} ${H}L${W} ${H * 0.62}V${H}Z" fill="${BRAND.harbourLight}" fill-opacity="0.55"/>`,
  `<circle cx="1090" cy="70" r="280" fill="none" stroke="#ffffff" stroke-opacity="0.07" stroke-width="2"/>`,
  `<circle cx="1090" cy="70" r="200" fill="none" stroke="${BRAND.gold}" stroke-opacity="0.14" stroke-width="2"/>`,
  `<rect width="${BAND_SPLIT}" height="10" fill="${BRAND.red}"/>`,
  `<rect x="${BAND_SPLIT}" width="${W - BAND_SPLIT}" height="10" fill="${BRAND.gold}"/>`,
].join('')
