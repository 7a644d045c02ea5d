import fs from 'node:fs/promises'

import { describe, expect, it } from 'vitest'

import {
  fallbackDescriptors,
  FONT_FALLBACKS_CSS,
  renderFontFallbacks,
} from '../../scripts/font-fallbacks'

/** The metric-matched fallback fonts of Be Vietnam Pro (scripts/font-fallbacks.ts). */
describe('fallbackDescriptors', () => {
  const BE_VIETNAM_PRO = { ascent: 1000, descent: -265, lineGap: 0, unitsPerEm: 1000 }
  it.each([
    // Arial's metrics (2048 units per em): scaled up to Be Vietnam Pro's wider letters.
    [
      { ...BE_VIETNAM_PRO, xWidthAvg: 492 },
      { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 },
      {
        sizeAdjust: '110.36%',
        ascentOverride: '90.61%',
        descentOverride: '24.01%',
        lineGapOverride: '0.00%',
      },
    ],
    // The same font as its own fallback changes nothing.
    [
      { ...BE_VIETNAM_PRO, xWidthAvg: 492 },
      { ...BE_VIETNAM_PRO, xWidthAvg: 492 },
      {
        sizeAdjust: '100.00%',
        ascentOverride: '100.00%',
        descentOverride: '26.50%',
        lineGapOverride: '0.00%',
      },
    ],
    // A narrower web font shrinks the fallback; the overrides grow to keep the line metrics.
    [
      { ascent: 900, descent: -300, lineGap: 100, unitsPerEm: 1000, xWidthAvg: 400 },
      { ascent: 900, descent: -300, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 500 },
      {
        sizeAdjust: '80.00%',
        ascentOverride: '112.50%',
        descentOverride: '37.50%',
        lineGapOverride: '12.50%',
      },
    ],
  ])('%o with the fallback %o', (font, fallback, expected) => {
    expect(fallbackDescriptors(font, fallback)).toEqual(expected)
  })
})

describe(FONT_FALLBACKS_CSS, () => {
  it('holds what the script computes from the font files the site serves', async () => {
    // After an upgrade of @fontsource/be-vietnam-pro: `npm run fonts:fallbacks`.
    expect(await fs.readFile(FONT_FALLBACKS_CSS, 'utf8')).toBe(await renderFontFallbacks())
  })
})
