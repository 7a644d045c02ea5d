import fs from 'node:fs/promises'
import path from 'node:path'

import type { APIRoute, GetStaticPaths } from 'astro'

import { mediaDir } from '@collections/lib/paths'
import { combineCacheKeys } from '@site/lib/cacheKey'
import { getAllItems } from '@site/lib/content'

/**
 * Uploaded files, copied into the static site at build time: exactly the files that published
 * pages show or offer for download (sizes of images, video files, attached documents), read
 * from MEDIA_DIR. Drafts' files are never published, and the site needs no CMS to serve them.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const files = new Set((await getAllItems()).flatMap((item) => item.files))
  const root = mediaDir()
  const paths = []
  for (const file of [...files].sort()) {
    const absolute = path.resolve(root, file)
    // Paths come from the CMS; never read outside MEDIA_DIR.
    if (!absolute.startsWith(root + path.sep)) continue
    const stat = await fs.stat(absolute).catch(() => null)
    if (!stat?.isFile()) {
      throw new Error(`Media file missing from MEDIA_DIR (${root}): ${file}`)
    }
    paths.push({
      params: { file },
      props: { absolute },
      cacheKey: combineCacheKeys([file, stat.size, stat.mtimeMs]),
    })
  }
  return paths
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await fs.readFile((props as { absolute: string }).absolute)))
