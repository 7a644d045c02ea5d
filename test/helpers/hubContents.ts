/**
 * Everything a hub holds, as plain JSON, to compare two databases (a backup and its restore):
 * every document of every collection (drafts, all locales, hidden fields such as password
 * hashes), every version, every global and its versions. Payload's own bookkeeping
 * (`payload-*`: jobs, preferences, locks, migrations) is left out.
 *
 * Run directly, it opens Payload on DATABASE_URL / MEDIA_DIR (without migrating: what is read
 * is what is there) and writes the contents to the file named by its argument:
 *   node --import tsx test/helpers/hubContents.ts out.json
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

export async function readHubContents(
  payload: Payload,
  { exclude = [] }: { exclude?: string[] } = {},
): Promise<Record<string, unknown>> {
  const contents: Record<string, unknown> = {}
  for (const { slug, versions } of payload.config.collections) {
    if (slug.startsWith('payload-') || exclude.includes(slug)) continue
    const common = { depth: 0, locale: 'all', pagination: false, sort: 'id' } as const
    const collection = slug as 'articles'
    contents[slug] = (
      await payload.find({ ...common, collection, draft: true, showHiddenFields: true })
    ).docs
    if (versions) {
      contents[`${slug} versions`] = (await payload.findVersions({ ...common, collection })).docs
    }
  }
  for (const { slug, versions } of payload.config.globals) {
    const global = slug as 'programme'
    contents[`global ${slug}`] = await payload.findGlobal({
      slug: global,
      depth: 0,
      locale: 'all',
      draft: true,
    })
    if (versions) {
      contents[`global ${slug} versions`] = (
        await payload.findGlobalVersions({
          slug: global,
          depth: 0,
          locale: 'all',
          pagination: false,
        })
      ).docs
    }
  }
  return JSON.parse(JSON.stringify(contents))
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@cms/payload.config'),
  ])
  const payload = await getPayload({ config })
  const exclude = (process.env.HUB_CONTENTS_EXCLUDE ?? '').split(',').filter(Boolean)
  await fs.writeFile(process.argv[2]!, JSON.stringify(await readHubContents(payload, { exclude })))
  await payload.destroy()
  process.exit(0)
}
