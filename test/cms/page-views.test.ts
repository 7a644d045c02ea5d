/**
 * The page-view counts in the CMS (issue 16): who may read and write them through the API, how
 * the recorder adds batches to the stored rows, and what the dashboard's "most read" query
 * returns — on a real database.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MostRead } from '@cms/components/MostRead'
import { portalDay } from '@cms/pageViews/counting'
import { findMostRead } from '@cms/pageViews/mostRead'
import { createPageViewRecorder } from '@cms/pageViews/recorder'
import { addPageViews, addPageViewsThroughLocalApi, type PageViewCount } from '@cms/pageViews/store'
import { publishLayout, switchCurrentRelease } from '@cms/publish/layout'
import { makeNewsroom, type Newsroom } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { request } from '../helpers/rest'

let hub: TestHub
let payload: Payload
let newsroom: Newsroom

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  newsroom = await makeNewsroom(payload)
})
afterAll(async () => {
  await hub?.cleanup()
})

const stored = async () => {
  const { docs } = await payload.find({
    collection: 'page-views',
    pagination: false,
    sort: ['path', 'day'],
    overrideAccess: true,
  })
  return docs.map(({ path, day, count }) => ({ path, day, count }))
}
const clear = () => payload.db.deleteMany({ collection: 'page-views', where: {} })

describe('page-views through the REST API', () => {
  it('anonymous readers cannot read them', async () => {
    await addPageViews(payload, [{ path: '/rest/', day: '2026-01-15', count: 4 }])
    const res = await request(payload, 'GET', '/api/page-views')
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.json)).not.toContain('/rest/')
  })

  it('every newsroom role may read them (aggregate numbers)', async () => {
    for (const role of ['admin', 'chief', 'editor', 'contributor'] as const) {
      const res = await request(payload, 'GET', '/api/page-views', { token: newsroom[role].token })
      expect(res.status, role).toBe(200)
      expect(
        res.json.docs.map((d: { path: string }) => d.path),
        role,
      ).toContain('/rest/')
    }
  })

  it('nobody writes them through the API, not even an administrator', async () => {
    const [row] = (await payload.find({ collection: 'page-views', overrideAccess: true })).docs
    for (const role of ['contributor', 'admin'] as const) {
      const { token } = newsroom[role]
      const body = { path: '/rest/', day: '2026-01-16', count: 1000 }
      expect((await request(payload, 'POST', '/api/page-views', { token, body })).status).toBe(403)
      const patch = await request(payload, 'PATCH', `/api/page-views/${row!.id}`, {
        token,
        body: { count: 1000 },
      })
      expect(patch.status, role).toBe(403)
      const del = await request(payload, 'DELETE', `/api/page-views/${row!.id}`, { token })
      expect(del.status, role).toBe(403)
    }
    expect(
      await request(payload, 'POST', '/api/page-views', { body: { path: '/x/' } }),
    ).toMatchObject({ status: 403 })
    expect(await stored()).toEqual([{ path: '/rest/', day: '2026-01-15', count: 4 }])
    await clear()
  })
})

describe('adding counts', () => {
  const batch = (count: number): PageViewCount[] => [
    { path: '/tin-tuc/a/', day: '2026-01-15', count },
    { path: '/en/tin-tuc/a/', day: '2026-01-15', count: 1 },
    { path: '/tin-tuc/a/', day: '2026-01-16', count: 2 },
  ]
  it.each([
    ['with one SQL upsert', addPageViews],
    ['through the Local API (databases without SQL)', addPageViewsThroughLocalApi],
  ])('%s: rows per page and day, counts added to what is stored', async (_, add) => {
    await add(payload, batch(3))
    await add(payload, batch(5))
    expect(await stored()).toEqual([
      { path: '/en/tin-tuc/a/', day: '2026-01-15', count: 2 },
      { path: '/tin-tuc/a/', day: '2026-01-15', count: 8 },
      { path: '/tin-tuc/a/', day: '2026-01-16', count: 4 },
    ])
    await clear()
  })

  it('a thousand pages in one batch (more rows than one statement takes)', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({
      path: `/p/${i}/`,
      day: '2026-01-15',
      count: 1,
    }))
    await addPageViews(payload, many)
    await addPageViews(payload, many)
    const rows = await stored()
    expect(rows).toHaveLength(1200)
    expect(rows.every((row) => row.count === 2)).toBe(true)
    await clear()
  })
})

describe('the recorder (the live server’s onPageView)', () => {
  it('counts per page and Vietnam day in memory and writes them on flush', async () => {
    // 23:59 and 00:01 in Hải Phòng: two days.
    let clock = Date.parse('2026-01-15T16:59:00Z')
    const recorder = createPageViewRecorder(payload, { flushMs: 3_600_000, now: () => clock })
    for (let i = 0; i < 5; i++) recorder.record('/tin-tuc/a/')
    recorder.record('/en/tin-tuc/a/')
    clock = Date.parse('2026-01-15T17:01:00Z')
    recorder.record('/tin-tuc/a/')
    expect(recorder.pending()).toBe(7)
    expect(await stored()).toEqual([])
    await recorder.flush()
    expect(recorder.pending()).toBe(0)
    recorder.record('/tin-tuc/a/')
    await recorder.stop()
    expect(await stored()).toEqual([
      { path: '/en/tin-tuc/a/', day: '2026-01-15', count: 1 },
      { path: '/tin-tuc/a/', day: '2026-01-15', count: 5 },
      { path: '/tin-tuc/a/', day: '2026-01-16', count: 2 },
    ])
    await clear()
  })

  it('keeps the counts of a failed write for the next flush, and logs instead of throwing', async () => {
    let failures = 1
    const logged: unknown[] = []
    // The same Payload, its error log caught.
    const watched: Payload = Object.create(payload, {
      logger: { value: { ...payload.logger, error: (entry: unknown) => logged.push(entry) } },
    })
    const recorder = createPageViewRecorder(watched, {
      flushMs: 3_600_000,
      write: async (db, rows) => {
        if (failures-- > 0) throw new Error('database is locked')
        await addPageViews(db, rows)
      },
    })
    recorder.record('/tin-tuc/b/')
    recorder.record('/tin-tuc/b/')
    await expect(recorder.flush()).resolves.toBeUndefined()
    expect(logged).toHaveLength(1)
    expect(recorder.pending()).toBe(2)
    recorder.record('/tin-tuc/b/')
    await recorder.stop()
    expect(await stored()).toEqual([{ path: '/tin-tuc/b/', day: portalDay(new Date()), count: 3 }])
    await clear()
  })
})

describe('the dashboard’s most read items (findMostRead)', () => {
  const now = new Date('2026-01-15T03:00:00Z') // 10:00 on 15/01 in Hải Phòng
  const daysAgo = (n: number) => portalDay(new Date(now.getTime() - n * 86_400_000))

  it('the week’s top items, most views first, all their pages added up, nothing else', async () => {
    const { admin, contributor, outletA } = newsroom
    const publish = async (
      collection: 'articles' | 'features',
      title: string,
      titleEn?: string,
    ) => {
      const doc = await payload.create({
        collection,
        data: { title, outlet: outletA, _status: 'published', authors: [admin.user.id] },
        user: admin.user,
      } as never)
      if (titleEn) {
        await payload.update({
          collection,
          id: (doc as { id: number }).id,
          locale: 'en',
          data: { title: titleEn },
          user: admin.user,
        } as never)
      }
      return (doc as { id: number }).id
    }
    const items = {
      a: await publish('articles', 'Bài A', 'Article A'),
      b: await publish('articles', 'Bài B'),
      c: await publish('features', 'Phóng sự C'),
    }
    const extra: number[] = []
    for (let i = 0; i < 11; i++) extra.push(await publish('articles', `Bài phụ ${i}`))
    // The live release's manifest: item → URL per language; B was renamed (old URL redirects).
    const pages: Record<string, string> = {
      [`articles:${items.a}:vi`]: '/tin-tuc/bai-a/',
      [`articles:${items.a}:en`]: '/en/tin-tuc/bai-a/',
      [`articles:${items.b}:vi`]: '/tin-tuc/bai-b-moi/',
      [`features:${items.c}:vi`]: '/phong-su/c/',
      'topics:1:vi': '/chu-de/khoi-nghiep/',
      ...Object.fromEntries(extra.map((id, i) => [`articles:${id}:vi`, `/tin-tuc/phu-${i}/`])),
    }
    const redirects = {
      '/tin-tuc/bai-b-cu/': { key: `articles:${items.b}:vi`, to: '/tin-tuc/bai-b-moi/' },
    }
    await addPageViews(payload, [
      // A: 10 + 4 (English) + 6 (yesterday) = 20; plus 100 eight days ago, outside the week.
      { path: '/tin-tuc/bai-a/', day: daysAgo(0), count: 10 },
      { path: '/en/tin-tuc/bai-a/', day: daysAgo(0), count: 4 },
      { path: '/tin-tuc/bai-a/', day: daysAgo(1), count: 6 },
      { path: '/tin-tuc/bai-a/', day: daysAgo(7), count: 100 },
      // B: 15 under its old URL before the rename + 15 under the new one = 30.
      { path: '/tin-tuc/bai-b-cu/', day: daysAgo(6), count: 15 },
      { path: '/tin-tuc/bai-b-moi/', day: daysAgo(2), count: 15 },
      // C: 25.
      { path: '/phong-su/c/', day: daysAgo(3), count: 25 },
      // Not items: the home page, a topic, a page no longer in the release.
      { path: '/', day: daysAgo(0), count: 500 },
      { path: '/chu-de/khoi-nghiep/', day: daysAgo(0), count: 300 },
      { path: '/tin-tuc/da-go/', day: daysAgo(0), count: 200 },
      // Eleven more items with one to eleven views.
      ...extra.map((_, i) => ({ path: `/tin-tuc/phu-${i}/`, day: daysAgo(1), count: i + 1 })),
    ])

    for (const { user } of [admin, contributor]) {
      const top = await findMostRead(payload, { pages, redirects, user, now })
      expect(top).toHaveLength(10)
      expect(top.slice(0, 4)).toEqual([
        {
          collection: 'articles',
          id: String(items.b),
          title: 'Bài B',
          views: 30,
          url: '/tin-tuc/bai-b-moi/',
        },
        {
          collection: 'features',
          id: String(items.c),
          title: 'Phóng sự C',
          views: 25,
          url: '/phong-su/c/',
        },
        {
          collection: 'articles',
          id: String(items.a),
          title: 'Bài A',
          views: 20,
          url: '/tin-tuc/bai-a/',
        },
        {
          collection: 'articles',
          id: String(extra[10]),
          title: 'Bài phụ 10',
          views: 11,
          url: '/tin-tuc/phu-10/',
        },
      ])
      expect(top.map((item) => item.views)).toEqual([30, 25, 20, 11, 10, 9, 8, 7, 6, 5])
    }
    // The English admin gets English titles where they exist.
    const english = await findMostRead(payload, {
      pages,
      redirects,
      user: admin.user,
      now,
      locale: 'en',
    })
    expect(english[2]).toMatchObject({ title: 'Article A', views: 20 })
    // A window of one day: today only.
    const today = await findMostRead(payload, { pages, redirects, user: admin.user, now, days: 1 })
    expect(today.map((item) => [item.title, item.views])).toEqual([['Bài A', 14]])
  })
})

describe('the dashboard component (MostRead)', () => {
  it('shows the week’s most read in the admin’s language, linked to the editor and the portal', async () => {
    await clear()
    const { admin, contributor, outletA } = newsroom
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Hải Phòng & khởi nghiệp',
        outlet: outletA,
        _status: 'published',
        authors: [admin.user.id],
      },
      user: admin.user,
    })
    // The live release the dashboard reads its manifests from (SITE_PUBLISH_DIR).
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'views-layout-'))
    const layout = publishLayout(dir)
    const release = path.join(layout.releases, 'r1')
    await fs.mkdir(release, { recursive: true })
    await fs.writeFile(
      path.join(release, 'pages.json'),
      JSON.stringify({ [`articles:${article.id}:vi`]: '/tin-tuc/hai-phong-khoi-nghiep/' }),
    )
    await switchCurrentRelease(layout, release)
    const env = { SITE_PUBLISH_DIR: process.env.SITE_PUBLISH_DIR, SITE_URL: process.env.SITE_URL }
    process.env.SITE_PUBLISH_DIR = dir
    process.env.SITE_URL = 'https://congkhoinghiep.test'
    await addPageViews(payload, [
      { path: '/tin-tuc/hai-phong-khoi-nghiep/', day: portalDay(new Date()), count: 1234 },
    ])
    const render = async (user: typeof admin.user, language: string) =>
      renderToStaticMarkup(
        (await MostRead({ payload, user, i18n: { language } } as never)) as React.ReactElement,
      )
    try {
      const vi = await render(contributor.user, 'vi')
      expect(vi).toContain('Đọc nhiều nhất 7 ngày qua')
      expect(vi).toContain(
        `<a href="/admin/collections/articles/${article.id}">Hải Phòng &amp; khởi nghiệp</a>`,
      )
      expect(vi).toContain('<td>Tin tức</td>')
      expect(vi).toContain('1.234')
      expect(vi).toContain('href="https://congkhoinghiep.test/tin-tuc/hai-phong-khoi-nghiep/"')
      const en = await render(admin.user, 'en')
      expect(en).toContain('Most read in the last 7 days')
      expect(en).toContain('<td>Articles</td>')
      expect(en).toContain('1,234')
      await clear()
      expect(await render(admin.user, 'en')).toContain('No page views in the last 7 days.')
    } finally {
      for (const [name, value] of Object.entries(env)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
