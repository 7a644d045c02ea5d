import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { BACKGROUND_VERSION } from './background'
import { getCardFonts } from './fonts'
import { ICONS_VERSION } from './icons'
import type { RenderCardOptions } from './render'
import { renderCard } from './render'
import { getTemplate } from './templates/index'
import type { CardData } from './types'

/** Raise when the render pipeline itself changes in a way that moves pixels. */
export const CARD_RENDERER_VERSION = 1

export interface CardCacheOptions {
  /**
   * Where rendered cards are kept between builds; default `OG_CACHE_DIR` or `.cache/og` under
   * the working directory (git-ignored). Keep it across CI builds to skip unchanged cards.
   */
  cacheDir?: string
  /** Passed to `renderCard` on a miss. */
  render?: RenderCardOptions
}

export interface CachedCard {
  png: Buffer
  /** Content hash: the file name, and a good ETag. */
  hash: string
  /** True when the PNG came from the cache and nothing was rendered. */
  cached: boolean
  file: string
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const inFlight = new Map<string, Promise<CachedCard>>()
const createdDirs = new Set<string>()

export function defaultCardCacheDir(): string {
  return process.env.OG_CACHE_DIR || path.join(process.cwd(), '.cache', 'og')
}

/**
 * The card's content hash: its data (NFC, dates as ISO, empty fields dropped, keys sorted), the
 * template's version, and the fingerprint of fonts, background, icons and renderer. Anything
 * that changes the pixels changes the hash; nothing else does.
 *
 * @example
 * getCardHash(SAMPLE_CARDS.article) // '3f2a…' (64 hex characters)
 */
export function getCardHash(data: CardData): string {
  const key = {
    data: canonicalize(data),
    template: getTemplate(data).version,
    fonts: getCardFonts().fingerprint,
    background: BACKGROUND_VERSION,
    icons: ICONS_VERSION,
    renderer: CARD_RENDERER_VERSION,
  }
  return createHash('sha256').update(JSON.stringify(key)).digest('hex')
}

/**
 * Returns the card's PNG from the file cache (`<cacheDir>/<hash>.png`), rendering and storing it
 * only when no card with this content hash exists — an unchanged item is never drawn again, in
 * this build or the next. Files are written atomically (temp file + rename), so parallel builds
 * sharing the directory never read half a PNG. Concurrent calls for one hash render once.
 *
 * @example
 * const { png, hash, cached } = await getOrRenderCard(card, { cacheDir: '.cache/og' })
 * return new Response(png, { headers: { 'Content-Type': 'image/png', ETag: `"${hash}"` } })
 */
export async function getOrRenderCard(
  data: CardData,
  options: CardCacheOptions = {},
): Promise<CachedCard> {
  const cacheDir = path.resolve(options.cacheDir ?? defaultCardCacheDir())
  const hash = getCardHash(data)
  const file = path.join(cacheDir, `${hash}.png`)
  const running = inFlight.get(file)
  if (running) return running
  const job = (async (): Promise<CachedCard> => {
    const existing = await readCachedPng(file)
    if (existing) return { png: existing, hash, cached: true, file }
    const png = await renderCard(data, options.render)
    if (!createdDirs.has(cacheDir)) {
      await mkdir(cacheDir, { recursive: true })
      createdDirs.add(cacheDir)
    }
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    await writeFile(temporary, png)
    await rename(temporary, file)
    return { png, hash, cached: false, file }
  })()
  inFlight.set(file, job)
  try {
    return await job
  } finally {
    inFlight.delete(file)
  }
}

async function readCachedPng(file: string): Promise<Buffer | undefined> {
  try {
    const png = await readFile(file)
    return png.subarray(0, 8).equals(PNG_SIGNATURE) ? png : undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Stable form of the card data for hashing. */
function canonicalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string') return value.normalize('NFC')
  if (Array.isArray(value)) return value.map(canonicalize)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const inner = (value as Record<string, unknown>)[key]
      if (inner === undefined || inner === null || inner === '') continue
      out[key] = canonicalize(inner)
    }
    return out
  }
  return value
}
