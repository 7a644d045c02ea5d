import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Font, FontWeight } from 'satori'
import sharp from 'sharp'

/**
 * Be Vietnam Pro, loaded from `@fontsource/be-vietnam-pro`.
 *
 * Why the odd family names: fontsource splits each weight into unicode-range subsets. Satori
 * keeps one font per (family, weight, style), so registering the latin and the vietnamese file
 * under the same family silently drops every Vietnamese letter ("Hải Phòng" → "Hi Phòng").
 * Each subset therefore gets its own family and the card style lists them all as fallbacks.
 * Satori cannot read WOFF2, so the `.woff` files are used.
 */
export const CARD_FONT_WEIGHTS = [400, 600, 700] as const satisfies readonly FontWeight[]

const SUBSETS = [
  { subset: 'latin', family: 'BeVietnamPro' },
  { subset: 'vietnamese', family: 'BeVietnamPro-vi' },
  { subset: 'latin-ext', family: 'BeVietnamPro-ext' },
] as const

/** The CSS `font-family` every card element uses. */
export const CARD_FONT_FAMILY = SUBSETS.map((s) => s.family).join(', ')

export interface CardFonts {
  fonts: Font[]
  /** Hash of the font files and renderer versions: part of every card's cache key. */
  fingerprint: string
  /** Code points the loaded subsets cover; anything else would vanish from a card. */
  coverage: (codePoint: number) => boolean
}

let loaded: CardFonts | undefined

/**
 * The fonts for satori, read once per process: rebuilding the array for every card tripled the
 * render time. Paths resolve from the working directory (or `OG_FONT_DIR`), not from
 * `import.meta.url`, which points into the bundle once Astro or Next has built this module.
 *
 * @example
 * const { fonts } = getCardFonts()
 * await satori(element, { width: 1200, height: 630, fonts })
 */
export function getCardFonts(): CardFonts {
  if (loaded) return loaded
  const require = createRequire(path.join(process.cwd(), 'noop.js'))
  const packageDir = path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json'))
  const fontDir = process.env.OG_FONT_DIR || path.join(packageDir, 'files')
  const hash = createHash('sha256')
  const fonts: Font[] = []
  for (const { subset, family } of SUBSETS) {
    for (const weight of CARD_FONT_WEIGHTS) {
      const file = path.join(fontDir, `be-vietnam-pro-${subset}-${weight}-normal.woff`)
      const data = readFileSync(file)
      hash.update(`${family}/${weight}:`).update(data)
      fonts.push({ name: family, data, weight, style: 'normal' })
    }
  }
  // A new satori or libvips can move pixels: cards rendered by another version are stale.
  hash.update(
    `satori@${readVersion(require, 'satori')};sharp@${sharp.versions.sharp};vips@${sharp.versions.vips}`,
  )
  const ranges = readUnicodeRanges(path.join(packageDir, 'unicode.json'))
  loaded = {
    fonts,
    fingerprint: hash.digest('hex').slice(0, 16),
    coverage: (cp) => ranges.some(([from, to]) => cp >= from && cp <= to),
  }
  return loaded
}

function readVersion(require: NodeJS.Require, name: string): string {
  const manifest = readFileSync(require.resolve(`${name}/package.json`), 'utf8')
  return (JSON.parse(manifest) as { version: string }).version
}

/** Parses fontsource's `unicode.json` ("U+0102-0103,U+0110,…") for the subsets we load. */
function readUnicodeRanges(file: string): Array<[number, number]> {
  const bySubset = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  const ranges: Array<[number, number]> = []
  for (const { subset } of SUBSETS) {
    for (const part of (bySubset[subset] ?? '').split(',')) {
      const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part.trim())
      if (!match) continue
      const from = parseInt(match[1]!, 16)
      ranges.push([from, match[2] ? parseInt(match[2], 16) : from])
    }
  }
  return ranges
}
