import { existsSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import pixelmatch from 'pixelmatch'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { renderCard } from '@channels/cards'
import { SAMPLE_CARDS, SAMPLE_CARDS_EN } from '@channels/cards/samples'

/**
 * One reference image per card type (and the English event card). A template change shows up
 * here: look at the new cards, then regenerate the references on purpose with
 * `UPDATE_GOLDEN=1 npx vitest run test/unit/cards-golden.test.ts` and commit them.
 */
const GOLDEN_DIR = path.join(process.cwd(), 'test', 'unit', 'golden')
/** Where a failing comparison leaves the new card and the diff (git-ignored). */
const RESULTS_DIR = path.join(process.cwd(), 'test-results', 'og-golden')
const UPDATE = process.env.UPDATE_GOLDEN === '1'
/** Share of pixels allowed to differ (anti-aliasing between libvips builds), and by how much. */
const MAX_DIFF_RATIO = 0.002
const PIXEL_THRESHOLD = 0.1

const CASES = [
  ['og-article.png', SAMPLE_CARDS.article],
  ['og-feature.png', SAMPLE_CARDS.feature],
  ['og-policy-notice.png', SAMPLE_CARDS.policyNotice],
  ['og-event.png', SAMPLE_CARDS.event],
  ['og-event-en.png', SAMPLE_CARDS_EN.event],
] as const

async function toPixels(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

function countChanged(
  a: { data: Buffer; width: number; height: number },
  b: { data: Buffer },
  diff?: Buffer,
) {
  return pixelmatch(a.data, b.data, diff, a.width, a.height, { threshold: PIXEL_THRESHOLD })
}

describe('share card golden images', () => {
  it.each(CASES)('%s matches its reference', async (file, card) => {
    const png = await renderCard(card)
    const golden = path.join(GOLDEN_DIR, file)
    if (UPDATE) {
      await mkdir(GOLDEN_DIR, { recursive: true })
      await writeFile(golden, png)
      return
    }
    expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1`).toBe(true)
    const expected = await toPixels(readFileSync(golden))
    const actual = await toPixels(png)
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height])
    const diff = Buffer.alloc(expected.data.length)
    const ratio = countChanged(expected, actual, diff) / (expected.width * expected.height)
    if (ratio > MAX_DIFF_RATIO) {
      await mkdir(RESULTS_DIR, { recursive: true })
      await writeFile(path.join(RESULTS_DIR, file.replace('.png', '.actual.png')), png)
      const { width, height } = expected
      await sharp(diff, { raw: { width, height, channels: 4 } })
        .png()
        .toFile(path.join(RESULTS_DIR, file.replace('.png', '.diff.png')))
    }
    expect(ratio).toBeLessThanOrEqual(MAX_DIFF_RATIO)
  })

  it('would notice a changed card (the comparison can fail)', async () => {
    const golden = await toPixels(readFileSync(path.join(GOLDEN_DIR, 'og-article.png')))
    const other = await toPixels(
      await renderCard({ ...SAMPLE_CARDS.article, title: 'Một tiêu đề khác hẳn' }),
    )
    expect(countChanged(golden, other) / (golden.width * golden.height)).toBeGreaterThan(
      MAX_DIFF_RATIO,
    )
  })
})
