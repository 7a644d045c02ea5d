import satori from 'satori'
import type { SatoriNode } from 'satori'
import sharp from 'sharp'

import { BACKGROUND_MARKUP } from './background'
import { getCardFonts } from './fonts'
import type { IconPlacement } from './icons'
import { toIconMarkup, toIconPlacement } from './icons'
import { getTemplate } from './templates/index'
import { toCardText } from './text'
import type { CardData } from './types'
import { CARD_HEIGHT, CARD_WIDTH } from './types'

export interface RenderCardOptions {
  /** Satori's layout of every node, for tests that check nothing leaves the card. */
  onNodeDetected?: (node: SatoriNode) => void
  /**
   * Called with text satori found no glyph for. `toCardText` removes such characters first, so
   * a call means the font coverage table is wrong — the text would silently vanish.
   */
  onMissingGlyphs?: (text: string, languageCode: string) => void
}

export interface CardLayer {
  /** Text and shapes, transparent elsewhere. */
  svg: string
  /** Where the template placed icons, to be painted over the SVG. */
  icons: IconPlacement[]
}

/**
 * Lays out the card's text layer with satori. Every string is prepared with `toCardText`
 * against the loaded fonts (NFC, no emoji or unknown characters, clamped).
 */
export async function renderCardLayer(
  data: CardData,
  options: RenderCardOptions = {},
): Promise<CardLayer> {
  const { fonts, coverage } = getCardFonts()
  const text = (input: string | null | undefined, maxLength?: number) =>
    toCardText(input, coverage, maxLength)
  const element = getTemplate(data).build(data, text)
  const icons: IconPlacement[] = []
  const svg = await satori(element, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    onNodeDetected: (node) => {
      const placement = toIconPlacement(node)
      if (placement) icons.push(placement)
      options.onNodeDetected?.(node)
    },
    loadAdditionalAsset: async (languageCode, segment) => {
      options.onMissingGlyphs?.(segment, languageCode)
      return []
    },
  })
  return { svg, icons }
}

/**
 * The whole card as one SVG: the shared background, satori's text layer, then the icons.
 *
 * @example
 * const svg = await renderCardSvg(SAMPLE_CARDS.event)
 */
export async function renderCardSvg(data: CardData, options: RenderCardOptions = {}) {
  const { svg, icons } = await renderCardLayer(data, options)
  const opening = /^<svg[^>]*>/.exec(svg)
  if (!opening || !svg.endsWith('</svg>')) throw new Error('Unexpected SVG from satori')
  return (
    opening[0] +
    BACKGROUND_MARKUP +
    svg.slice(opening[0].length, -'</svg>'.length) +
    icons.map(toIconMarkup).join('') +
    '</svg>'
  )
}

/**
 * Renders a 1200×630 PNG share card for one item in one language: the template for
 * `data.type` → satori (layout and text) → sharp/librsvg (PNG). About 25 ms of CPU; use
 * `getOrRenderCard` to skip items whose card is already cached.
 *
 * @example
 * const png = await renderCard({
 *   type: 'event', locale: 'vi', title: 'Ngày hội khởi nghiệp', startsAt: '2025-03-15T02:00:00Z',
 * })
 */
export async function renderCard(data: CardData, options: RenderCardOptions = {}): Promise<Buffer> {
  const svg = await renderCardSvg(data, options)
  // zlib level 3 instead of 6: about a third of the encoding time for ~10% more bytes (cards
  // are ~95 KB); each card is encoded once and then served from the cache.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer()
}
