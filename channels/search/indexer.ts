import fs from 'node:fs/promises'
import path from 'node:path'

/** Where the index is written, relative to the site's client directory (and its URL). */
export const SEARCH_INDEX_DIR = 'pagefind'

export interface SearchIndexReport {
  /** Item pages indexed (both languages). */
  pages: number
  /** Total size of the files written, in bytes. */
  bytes: number
  seconds: number
}

/**
 * Indexes a built site with Pagefind's Node API into `<clientDir>/pagefind/`. Only pages
 * marked `data-pagefind-body` (item pages) are indexed; each page's `<html lang>` puts it in
 * its language's index, so English pages search English.
 *
 * Pagefind has no incremental mode: the index is rebuilt from the HTML on disk every time.
 * That is what an incremental Astro build leaves complete (unchanged pages stay in the
 * outDir), and it takes well under a second for the demo content.
 */
/**
 * The pages Pagefind indexes: item pages (`/<section>/<slug>/`, in both languages). Listings,
 * facets and feeds carry no `data-pagefind-body`; skipping them spares Pagefind parsing them
 * (6,182 of 16,573 pages at 10,000 items). The demo site's index has the same hashes with and
 * without it.
 */
export const ITEM_PAGES_GLOB =
  '{tin-tuc,phong-su,van-ban,su-kien,en/tin-tuc,en/phong-su,en/van-ban,en/su-kien}/*/index.html'

export async function buildSearchIndex(
  clientDir: string,
  options: { glob?: string; outputPath?: string } = {},
): Promise<SearchIndexReport> {
  const started = Date.now()
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    const added = await index.addDirectory({
      path: clientDir,
      ...(options.glob ? { glob: options.glob } : {}),
    })
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
    const outputPath = options.outputPath ?? path.join(clientDir, SEARCH_INDEX_DIR)
    await fs.rm(outputPath, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    return {
      pages: added.page_count,
      bytes: await directorySize(outputPath),
      seconds: (Date.now() - started) / 1000,
    }
  } finally {
    await pagefind.close()
  }
}

async function directorySize(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  const sizes = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map((e) => fs.stat(path.join(e.parentPath, e.name)).then((s) => s.size)),
  )
  return sizes.reduce((a, b) => a + b, 0)
}
