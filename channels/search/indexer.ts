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

/** Pages read and handed to Pagefind at a time (each is one message to its process). */
const BATCH = 32

/**
 * Indexes the given pages of a built site with Pagefind's Node API into `outputPath` (default
 * `<dir>/pagefind/`). `pages` are HTML files relative to `dir` (`tin-tuc/x/index.html`); each
 * page's URL follows from its file, and its `<html lang>` puts it in its language's index, so
 * English pages search English. The caller chooses the pages (the site's item pages, from its
 * page manifest): listings, facets and feeds are not worth parsing (6,182 of 16,573 pages at
 * 10,000 items).
 *
 * Pagefind has no incremental mode: the index is rebuilt from the HTML on disk every time.
 * That is what an incremental Astro build leaves complete (unchanged pages stay in the
 * outDir), and it takes well under a second for the demo content.
 *
 * @example
 * await buildSearchIndex('site/dist/client', ['tin-tuc/x/index.html', 'en/tin-tuc/x/index.html'])
 * // { pages: 2, bytes: 48213, seconds: 0.2 }
 */
export async function buildSearchIndex(
  dir: string,
  pages: string[],
  options: { outputPath?: string } = {},
): Promise<SearchIndexReport> {
  const started = Date.now()
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    for (let start = 0; start < pages.length; start += BATCH) {
      const added = await Promise.all(
        pages.slice(start, start + BATCH).map(async (sourcePath) =>
          index.addHTMLFile({
            sourcePath,
            content: await fs.readFile(path.join(dir, sourcePath), 'utf8'),
          }),
        ),
      )
      const failed = added.flatMap((result) => result.errors)
      if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`)
    }
    const outputPath = options.outputPath ?? path.join(dir, SEARCH_INDEX_DIR)
    await fs.rm(outputPath, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    return {
      pages: pages.length,
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
