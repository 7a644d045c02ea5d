import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { stopBuildWorker } from '@cms/publish/build'
import { publishLayout, releasePublicDir, type PublishLayout } from '@cms/publish/layout'
import { installQueryCache } from '@cms/publish/query-cache'
import { countPendingRebuilds, SITE_QUEUE } from '@cms/publish/queue'
import { resumeInterruptedRebuilds, startSitePublisher } from '@cms/publish/runner'
import { startLiveSite, type LiveSite } from '@cms/publish/server'
import { readSiteStatus, type SiteState } from '@cms/publish/status'
import { makeImage, makeOutlet } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'

/**
 * The publish pipeline end to end: real Payload on a temp database with the `sitePublishing()`
 * plugin of cms/payload.config.ts and the committed migrations, real Astro builds
 * in a child process, the live server over real HTTP.
 */
// Each publish is a real Astro build (several seconds on the 2-core machines).
vi.setConfig({ testTimeout: 420_000 })

let hub: TestHub
let payload: Payload
let layout: PublishLayout
let site: LiveSite
let outlet: number
const articles: { id: number; slug: string; title: string }[] = []

async function publishArticle(title: string) {
  const doc = await payload.create({
    collection: 'articles',
    data: { title, outlet, sapo: `Sapo của ${title}`, _status: 'published' },
  })
  articles.push({ id: doc.id, slug: doc.slug!, title })
  return doc
}

/** Runs the due rebuild jobs like the publisher does, returning the jobs' outcomes. */
async function runRebuilds() {
  const result = await payload.jobs.run({ queue: SITE_QUEUE, silent: true })
  return Object.values(result.jobStatus ?? {}).map((r) => r.status)
}

async function get(url: string) {
  const res = await fetch(`${site.url}${url}`, { redirect: 'manual' })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

beforeAll(async () => {
  process.env.SITE_REBUILD_DEBOUNCE_MS = '0'
  const cache = path.resolve('node_modules/.cache')
  await fs.mkdir(cache, { recursive: true })
  // Inside the project: Astro's server bundle resolves node_modules from its outDir.
  process.env.SITE_PUBLISH_DIR = await fs.mkdtemp(path.join(cache, 'hub-publish-test-'))
  layout = publishLayout()
  hub = await startTestHub()
  payload = hub.payload
  outlet = (await makeOutlet(payload, 'Báo Hải Phòng')).id as number
  site = await startLiveSite({ layout, port: 0, host: '127.0.0.1' })
})

afterAll(async () => {
  stopBuildWorker()
  await site?.close()
  await hub?.cleanup()
  await fs.rm(layout.root, { recursive: true, force: true })
})

describe('queueing', () => {
  it('coalesces quick publishes into one pending rebuild', async () => {
    const cover = await makeImage(payload, 'Cảng Hải Phòng')
    for (let i = 1; i <= 8; i++) await publishArticle(`Khởi nghiệp đổi mới sáng tạo số ${i}`)
    await payload.update({ collection: 'articles', id: articles[0]!.id, data: { cover: cover.id } })
    // A draft is not public: it changes nothing.
    await payload.create({
      collection: 'articles',
      data: { title: 'Bản nháp', outlet, _status: 'draft' },
      draft: true,
    })
    expect(await countPendingRebuilds(payload)).toBe(1)
    expect((await readSiteStatus(payload)).state).toBe('queued')
  })

  it('waits for the debounce window before a queued rebuild may run', async () => {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: SITE_QUEUE }, waitUntil: { exists: true } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })

  it('survives a restart: a rebuild left running by a stopped process runs again', async () => {
    // As if the publisher had picked the job up and the server was killed mid-build.
    await payload.update({
      collection: 'payload-jobs',
      where: { queue: { equals: SITE_QUEUE } },
      data: { processing: true },
      overrideAccess: true,
    })
    expect(await countPendingRebuilds(payload)).toBe(0)
    expect(await resumeInterruptedRebuilds(payload)).toBe(1)
    expect(await countPendingRebuilds(payload)).toBe(1)
  })
})

describe('publishing', () => {
  it('goes queued → building → live, and the live server serves the new site', async () => {
    const seen: SiteState[] = ['queued']
    const poll = setInterval(async () => {
      const { state } = await readSiteStatus(payload).catch(() => ({ state: 'idle' as const }))
      if (seen.at(-1) !== state) seen.push(state)
    }, 50)
    const outcomes = await runRebuilds()
    clearInterval(poll)
    const status = await readSiteStatus(payload)
    if (seen.at(-1) !== status.state) seen.push(status.state)

    expect(outcomes).toEqual(['success'])
    expect(seen).toEqual(['queued', 'building', 'live'])
    expect(status.liveAt).toBeTruthy()
    expect(status.pagesRendered).toBeGreaterThan(0)
    expect(status.publishedItems).toBe(8)

    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.text).toContain('Khởi nghiệp đổi mới sáng tạo số 8')
    const page = await get(`/tin-tuc/${articles[0]!.slug}/`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Khởi nghiệp đổi mới sáng tạo số 1')
    // Uploads used by published items are served with the site.
    const image = /src="(\/media\/[^"]+\.webp)"/.exec(page.text)?.[1]
    expect(image).toBeTruthy()
    const media = await get(image!)
    expect(media.status).toBe(200)
    expect(media.headers.get('content-type')).toBe('image/webp')

    // Its share card is drawn on first request from the release's card manifest.
    const card = /<meta property="og:image" content="[^"]*?(\/og\/[^"]+\.png)"/.exec(page.text)?.[1]
    expect(card).toBeTruthy()
    const png = await fetch(`${site.url}${card}`)
    expect(png.status).toBe(200)
    expect(png.headers.get('content-type')).toBe('image/png')
    expect(png.headers.get('cache-control')).toMatch(/immutable/)
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG')
    expect((await get('/og/articles/khong-co-bai-nay-vi-0123456789ab.png')).status).toBe(404)

    // The draft preview is rendered on request by the release's own Astro server.
    const preview = await get(`/xem-truoc/articles/${articles[0]!.id}/?token=sai`)
    expect(preview.status).toBe(403)
    expect(preview.headers.get('cache-control')).toMatch(/no-store/)
  })

  it('a draft save of a live item queues no rebuild', async () => {
    await payload.update({
      collection: 'articles',
      id: articles[1]!.id,
      data: { title: 'Chỉ là bản nháp' },
      draft: true,
    })
    expect(await countPendingRebuilds(payload)).toBe(0)
  })

  it('switches atomically: requests during a rebuild never fail or get half a page', async () => {
    const before = (await get('/')).headers.get('x-site-release')
    const urls = [
      '/',
      `/tin-tuc/${articles[2]!.slug}/`,
      '/tin-tuc/',
      '/404.html',
      '/sitemap-index.xml',
    ]
    const releases = new Set<string>()
    const problems: string[] = []
    let stop = false
    const loop = async () => {
      for (let n = 0; !stop && n < 20_000; n++) {
        const url = urls[n % urls.length]!
        try {
          // Uncompressed, so Content-Length tells whether the whole file came.
          const res = await fetch(`${site.url}${url}`, {
            headers: { 'Accept-Encoding': 'identity' },
          })
          const body = await res.text()
          releases.add(res.headers.get('x-site-release') ?? '?')
          if (res.status !== 200) problems.push(`${url}: ${res.status}`)
          else if (url.endsWith('/') && !body.trimEnd().endsWith('</html>'))
            problems.push(`${url}: cut`)
          else if (Number(res.headers.get('content-length')) !== Buffer.byteLength(body)) {
            problems.push(`${url}: length`)
          }
        } catch (error) {
          problems.push(`${url}: ${(error as Error).message}`)
        }
      }
    }
    const clients = [loop(), loop(), loop()]
    const publisher = startSitePublisher(payload, { intervalMs: 100, buildAtStart: false })
    await payload.update({
      collection: 'articles',
      id: articles[2]!.id,
      data: { title: 'Tiêu đề đã sửa sau khi xuất bản' },
    })
    await publisher.idle()
    await publisher.stop()
    // A few more rounds on the new release.
    await new Promise((resolve) => setTimeout(resolve, 300))
    stop = true
    await Promise.all(clients)

    expect(problems).toEqual([])
    const after = (await get('/')).headers.get('x-site-release')
    expect(after).not.toBe(before)
    expect(releases).toEqual(new Set([before, after]))
    expect((await get(`/tin-tuc/${articles[2]!.slug}/`)).text).toContain('Tiêu đề đã sửa')
    const status = await readSiteStatus(payload)
    expect(status.state).toBe('live')
    // Incremental: the edited article and the lists showing it, not all pages.
    expect(status.pagesReused).toBeGreaterThan(0)
    expect(status.pagesRendered).toBeLessThan(status.pagesTotal!)
  })

  it('prunes a deleted item and 301-redirects a renamed slug', async () => {
    const deleted = articles[3]!
    const renamed = articles[4]!
    await payload.delete({ collection: 'articles', id: deleted.id })
    const updated = await payload.update({
      collection: 'articles',
      id: renamed.id,
      data: { slug: 'duong-dan-moi-cua-bai-viet' },
    })
    expect(updated.slug).toBe('duong-dan-moi-cua-bai-viet')
    expect(await runRebuilds()).toEqual(['success'])

    expect((await get(`/tin-tuc/${deleted.slug}/`)).status).toBe(404)
    for (const dir of [layout.workClient, releasePublicDir(path.join(layout.root, 'current'))]) {
      await expect(fs.stat(path.join(dir, 'tin-tuc', deleted.slug))).rejects.toThrow()
    }
    const old = await get(`/tin-tuc/${renamed.slug}/`)
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe('/tin-tuc/duong-dan-moi-cua-bai-viet/')
    expect((await get('/tin-tuc/duong-dan-moi-cua-bai-viet/')).status).toBe(200)
  })

  it('re-indexes search after the switch: the new item is found, the deleted one is not', async () => {
    const entry = async () =>
      JSON.parse((await get('/pagefind/pagefind-entry.json')).text) as {
        languages: Record<string, { page_count: number }>
      }
    const before = (await entry()).languages.vi!.page_count
    await publishArticle('Tàu ngầm tự hành của sinh viên Hàng hải')
    expect(await runRebuilds()).toEqual(['success'])
    expect((await entry()).languages.vi!.page_count).toBe(before + 1)
    // The index lives beside the releases (search-current → search/<id>), not in them.
    const live = await fs.readlink(path.join(layout.root, 'current'))
    await expect(fs.stat(path.join(layout.root, live, 'public', 'pagefind'))).rejects.toThrow()
    const index = await fs.readlink(path.join(layout.root, 'search-current'))
    expect(index).toMatch(/^search\//)
    expect((await fs.readdir(path.join(layout.root, 'search'))).length).toBeLessThanOrEqual(2)
  })
})

describe('the frame of every page', () => {
  it('an edit to the agency’s contacts re-renders pages whose own content did not change', async () => {
    // The header and footer of every page read the programme global; an incremental build keys
    // a page on its cacheKey, so without the frame's digests in it this article would keep
    // the old header.
    const article = await publishArticle('Bài không đổi khi sửa thông tin cơ quan')
    expect(await runRebuilds()).toContain('success')
    const before = await get(`/tin-tuc/${article.slug}/`)
    expect(before.status).toBe(200)
    expect(before.text).not.toContain('Phạm Văn Khung')
    await payload.updateGlobal({
      slug: 'programme',
      locale: 'vi',
      data: {
        leadAgency: {
          name: 'Sở Khoa học và Công nghệ thành phố Hải Phòng',
          responsible: { name: 'Phạm Văn Khung', position: 'Giám đốc Sở' },
        },
      },
    })
    expect(await runRebuilds()).toEqual(['success'])
    const after = await get(`/tin-tuc/${article.slug}/`)
    expect(after.text).toMatch(/class="agency-line"[^]*Phạm Văn Khung/)
  })
})

describe('failures keep the old site live', () => {
  it('a build that fails (an uploaded file missing from MEDIA_DIR)', async () => {
    const live = (await get('/')).headers.get('x-site-release')
    await payload.update({
      collection: 'articles',
      id: articles[0]!.id,
      data: { sapo: 'Sapo mới' },
    })
    const media = process.env.MEDIA_DIR!
    await fs.rename(media, `${media}.moved`)
    try {
      expect(await runRebuilds()).toEqual(['error-reached-max-retries'])
    } finally {
      await fs.rename(`${media}.moved`, media)
    }
    const status = await readSiteStatus(payload)
    expect(status.state).toBe('failed')
    expect(status.failureReason).toMatch(/Media file missing/)
    expect(status.liveAt).toBeTruthy()
    expect((await get('/')).headers.get('x-site-release')).toBe(live)
    expect((await get(`/tin-tuc/${articles[0]!.slug}/`)).text).not.toContain('Sapo mới')
  })

  it('a build that cannot read the database', async () => {
    const live = (await get('/')).headers.get('x-site-release')
    await payload.update({
      collection: 'articles',
      id: articles[5]!.id,
      data: { title: 'Sẽ không lên trang' },
    })
    const databaseUrl = process.env.DATABASE_URL
    process.env.DATABASE_URL = `file:${path.join(hub.dir, 'khong-ton-tai.db')}`
    try {
      expect(await runRebuilds()).toEqual(['error-reached-max-retries'])
    } finally {
      process.env.DATABASE_URL = databaseUrl
    }
    const status = await readSiteStatus(payload)
    expect(status.state).toBe('failed')
    expect(status.failureReason).toMatch(/database/i)
    expect(status.logExcerpt).toBeTruthy()
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.headers.get('x-site-release')).toBe(live)
    expect((await get(`/tin-tuc/${articles[5]!.slug}/`)).text).not.toContain('Sẽ không lên trang')
  })

  it('a build whose published items fell to zero', async () => {
    const live = (await get('/')).headers.get('x-site-release')
    await payload.update({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      data: { _status: 'draft' },
    })
    // One bulk unpublish of seven items: one rebuild.
    expect(await countPendingRebuilds(payload)).toBe(1)
    expect(await runRebuilds()).toEqual(['error-reached-max-retries'])
    const status = await readSiteStatus(payload)
    expect(status.state).toBe('failed')
    expect(status.failureReason).toMatch(/fell from \d+ to 0/)
    const home = await get('/')
    expect(home.headers.get('x-site-release')).toBe(live)
    expect((await get(`/tin-tuc/${articles[0]!.slug}/`)).status).toBe(200)
  })
})

describe("the build worker's query cache", () => {
  it('answers repeated queries from memory until the collection changes', async () => {
    const cache = installQueryCache(payload)
    try {
      const query = {
        collection: 'articles',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { title: true, slug: true },
      } as const
      const first = await payload.find(query)
      first.docs[0]!.title = 'changed by a caller'
      const second = await payload.find(query)
      expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 })
      expect(second.docs[0]!.title).not.toBe('changed by a caller')

      // A change counts from the next build on (stamps are read once per build).
      await payload.update({
        collection: 'articles',
        id: articles[6]!.id,
        data: { title: 'Tiêu đề mới hơn' },
      })
      cache.startBuild()
      const third = await payload.find(query)
      expect(cache.stats()).toMatchObject({ hits: 0, misses: 1 })
      expect(third.docs.map((doc) => doc.title)).toContain('Tiêu đề mới hơn')
      await payload.delete({ collection: 'articles', id: articles[7]!.id })
      cache.startBuild()
      expect((await payload.find(query)).docs).toHaveLength(third.docs.length - 1)
      // Populated or draft reads are never cached.
      await payload.find({ ...query, depth: 1 })
      await payload.find({ ...query, draft: true })
      expect(cache.stats()).toMatchObject({ hits: 0, misses: 1 })
    } finally {
      cache.uninstall()
    }
  })
})
