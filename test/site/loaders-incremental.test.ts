import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installQueryCache } from '@cms/publish/query-cache'
import { link, paragraph, richText } from '@cms/seed/lexical'
import { loadArticles } from '@site/lib/loaders/articles'
import { loadEvents } from '@site/lib/loaders/events'
import { loadFeatures } from '@site/lib/loaders/features'
import { payloadLoader, putAll } from '@site/lib/loaders/loader'
import { loadPolicyNotices } from '@site/lib/loaders/policyNotices'
import { forgetMemos } from '@site/lib/loaders/sync'
import { loadOutlets, loadTopics } from '@site/lib/loaders/terms'
import type { ArticleEntry, EventEntry, PolicyNoticeEntry } from '@site/lib/types'
import { makeImage, makeOutlet, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'

/**
 * The site's loaders in a long-lived process (the build worker) map again only what changed,
 * and stay exact: after any edit, every entry is what a sync from scratch gives. Each test
 * edits through Payload's Local API and runs the loaders as Astro's content layer does (all at
 * once, into stores kept between syncs like the build cache).
 */

const LOADERS = {
  articles: payloadLoader('articles', loadArticles),
  features: payloadLoader('features', loadFeatures),
  policyNotices: payloadLoader('policy-notices', loadPolicyNotices),
  events: payloadLoader('events', loadEvents),
  topics: payloadLoader('topics', putAll(loadTopics)),
  outlets: payloadLoader('outlets', putAll(loadOutlets)),
}
type Name = keyof typeof LOADERS

type StoredEntry = { id: string; data: Record<string, unknown>; digest: string }

/** Astro's data store for one collection, as the content layer hands it to a loader. */
function dataStore() {
  const entries = new Map<string, StoredEntry>()
  return {
    entries,
    get: (id: string) => entries.get(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    set({ id, data, digest }: StoredEntry) {
      if (entries.get(id)?.digest === digest) return false
      entries.set(id, { id, data, digest })
      return true
    },
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
  }
}
type Stores = Record<Name, ReturnType<typeof dataStore>>
const newStores = () =>
  Object.fromEntries(Object.keys(LOADERS).map((name) => [name, dataStore()])) as Stores

const digest = (data: Record<string, unknown> | string) =>
  createHash('sha256')
    .update(typeof data === 'string' ? data : JSON.stringify(data))
    .digest('hex')

/** Runs every loader at once; returns how many entries each one mapped. */
async function sync(stores: Stores): Promise<Record<Name, number>> {
  const mapped = {} as Record<Name, number>
  await Promise.all(
    (Object.keys(LOADERS) as Name[]).map((name) =>
      LOADERS[name].load({
        collection: name,
        store: stores[name],
        parseData: async ({ data }: { data: Record<string, unknown> }) => data,
        generateDigest: digest,
        logger: {
          info(message: string) {
            // "12 articles from the CMS in 0.1 s (2 mapped, 10 unchanged)", or all mapped.
            mapped[name] = Number((/\((\d+) mapped/.exec(message) ?? /^(\d+)/.exec(message))?.[1])
          },
          warn() {},
          error() {},
          debug() {},
        },
      } as never),
    ),
  )
  return mapped
}

let hub: TestHub
let payload: Payload
/** The stores of the long-lived process under test. */
let stores: Stores
let ids: Record<string, number>

const entry = <T>(name: Name, slug: string) => stores[name].get(slug)?.data as T | undefined
const article = (slug: string) => entry<ArticleEntry>('articles', slug)!

/** Every entry's data, by collection and slug. */
const snapshot = (of: Stores) =>
  Object.fromEntries(
    (Object.keys(of) as Name[]).map((name) => [
      name,
      Object.fromEntries([...of[name].entries].map(([slug, e]) => [slug, e.data])),
    ]),
  )

const internalLink = (label: string, relationTo: string, id: number) =>
  ({
    ...link(label, ''),
    fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
  }) as never

const notice = (n: number, extra: Record<string, unknown> = {}) => ({
  title: `Quyết định thử nghiệm số ${n}`,
  documentNumber: `${n}/QĐ-UBND`,
  documentType: 'plan' as const,
  issuingBody: 'Thành phố Hải Phòng',
  field: 'enterprise' as const,
  signer: { name: 'Lê Khắc Nam' },
  issueDate: `2021-0${n}-01T00:00:00.000Z`,
  effectiveDate: `2021-0${n}-01T00:00:00.000Z`,
  abstract: `Trích yếu số ${n}.`,
  _status: 'published' as const,
  ...extra,
})

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  const outlet = await makeOutlet(payload, 'Báo Hải Phòng')
  const topic = await payload.create({ collection: 'topics', data: { name: 'Chuyển đổi số' } })
  const image = await makeImage(payload, 'Ảnh bìa ban đầu')
  const { user } = await makeUser(payload, 'editor')
  const create = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'articles',
      data: { outlet: outlet.id, sapo: 'Tin ngắn.', _status: 'published', ...data } as never,
    })
  const related = await create({ title: 'Bài được dẫn' })
  const linked = await create({ title: 'Bài được liên kết' })
  const main = await create({
    title: 'Bài chính',
    body: richText(paragraph('Xem ', internalLink('bài này', 'articles', linked.id), '.')),
    related: [{ relationTo: 'articles', value: related.id }],
    topics: [topic.id],
    cover: image.id,
    authors: [user.id],
  })
  const other = await create({ title: 'Bài không liên quan' })
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'Hội thảo khởi nghiệp',
      startsAt: '2026-12-12T08:00:00.000Z',
      venue: { name: 'Nhà văn hoá Hải Phòng' },
      topics: [topic.id],
      _status: 'published',
    } as never,
  })
  const first = await payload.create({ collection: 'policy-notices', data: notice(1) })
  const second = await payload.create({ collection: 'policy-notices', data: notice(2) })
  ids = {
    outlet: outlet.id,
    topic: topic.id,
    image: image.id,
    user: user.id,
    related: related.id,
    linked: linked.id,
    main: main.id,
    other: other.id,
    event: event.id,
    first: first.id,
    second: second.id,
  }
  stores = newStores()
}, 120_000)

afterAll(async () => {
  await hub?.cleanup()
})

/** The slug of an item now. */
async function slugOf(collection: 'articles' | 'policy-notices' | 'events', id: number) {
  return (await payload.findByID({ collection, id, depth: 0 })).slug!
}

/** After an edit, what the long-lived process holds is exactly what a fresh process builds. */
async function expectSameAsFromScratch() {
  const fresh = newStores()
  forgetMemos(payload)
  await sync(fresh)
  expect(snapshot(stores)).toEqual(snapshot(fresh))
  // The memos are rebuilt; the next sync of the long-lived stores maps only what it lacks.
  await sync(stores)
}

describe('incremental site loaders', () => {
  it('map every item on the first sync, and nothing when nothing changed', async () => {
    const first = await sync(stores)
    expect(first).toMatchObject({ articles: 4, events: 1, policyNotices: 2, features: 0 })
    const before = snapshot(stores)
    const again = await sync(stores)
    expect(again).toMatchObject({ articles: 0, events: 0, policyNotices: 0, features: 0 })
    expect(snapshot(stores)).toEqual(before)
    const main = article(await slugOf('articles', ids.main))
    expect(main.vi.related.map((r) => r.title)).toEqual(['Bài được dẫn'])
    expect(main.authors).toHaveLength(1)
    expect(main.cover?.alt.vi).toBe('Ảnh bìa ban đầu')
  })

  it('re-map a related item and the entry that lists it, and nothing else', async () => {
    await payload.update({
      collection: 'articles',
      id: ids.related,
      data: { title: 'Bài được dẫn, tiêu đề mới' },
    })
    const mapped = await sync(stores)
    expect(mapped).toMatchObject({ articles: 2, events: 0, policyNotices: 0 })
    const main = article(await slugOf('articles', ids.main))
    expect(main.vi.related.map((r) => r.title)).toEqual(['Bài được dẫn, tiêu đề mới'])
    await expectSameAsFromScratch()
  })

  it('follow the new slug of an item linked from rich text', async () => {
    await payload.update({
      collection: 'articles',
      id: ids.linked,
      data: { slug: 'bai-lien-ket-doi-duong-dan' },
    })
    const mapped = await sync(stores)
    expect(mapped.articles).toBe(2)
    const main = article(await slugOf('articles', ids.main))
    expect(main.vi.bodyHtml).toContain('/tin-tuc/bai-lien-ket-doi-duong-dan/')
    expect(entry('articles', 'bai-lien-ket-doi-duong-dan')).toBeDefined()
    await expectSameAsFromScratch()
  })

  it('show a renamed topic on every entry that has it', async () => {
    await payload.update({ collection: 'topics', id: ids.topic, data: { name: 'Kinh tế số' } })
    const mapped = await sync(stores)
    expect(mapped).toMatchObject({ articles: 1, events: 1, policyNotices: 0 })
    const main = article(await slugOf('articles', ids.main))
    expect(main.topics.map((t) => t.name.vi)).toEqual(['Kinh tế số'])
    const event = entry<EventEntry>('events', await slugOf('events', ids.event))!
    expect(event.topics.map((t) => t.name.vi)).toEqual(['Kinh tế số'])
    await expectSameAsFromScratch()
  })

  it('show a renamed outlet, author and a new cover text', async () => {
    await payload.update({
      collection: 'outlets',
      id: ids.outlet,
      data: { name: 'Báo Hải Phòng điện tử' },
    })
    await payload.update({
      collection: 'users',
      id: ids.user,
      data: { name: 'Nguyễn Văn Bút Danh' },
    })
    await payload.update({ collection: 'media', id: ids.image, data: { alt: 'Ảnh bìa đã sửa' } })
    await sync(stores)
    const main = article(await slugOf('articles', ids.main))
    expect(main.outlet?.name.vi).toBe('Báo Hải Phòng điện tử')
    expect(main.authors).toEqual(['Nguyễn Văn Bút Danh'])
    expect(main.cover?.alt.vi).toBe('Ảnh bìa đã sửa')
    await expectSameAsFromScratch()
  })

  it('show an edit made in English only', async () => {
    await payload.update({
      collection: 'articles',
      id: ids.related,
      locale: 'en',
      data: { title: 'The cited article', sapo: 'A short English standfirst.' },
    })
    const mapped = await sync(stores)
    expect(mapped.articles).toBe(2)
    const related = article(await slugOf('articles', ids.related))
    expect(related.en?.title).toBe('The cited article')
    const main = article(await slugOf('articles', ids.main))
    // The main article has no English page; its Vietnamese page links the cited one as before.
    expect(main.en).toBeNull()
    await expectSameAsFromScratch()
  })

  it('show a relation between notices on both of them', async () => {
    await payload.update({
      collection: 'policy-notices',
      id: ids.second,
      data: { relations: [{ relation: 'implements', notice: ids.first }] },
    })
    const mapped = await sync(stores)
    expect(mapped.policyNotices).toBe(2)
    const first = entry<PolicyNoticeEntry>(
      'policyNotices',
      await slugOf('policy-notices', ids.first),
    )!
    expect(first.vi.relations).toMatchObject([
      { relation: 'implements', inverse: true, notice: { documentNumber: '2/QĐ-UBND' } },
    ])
    await expectSameAsFromScratch()
  })

  it('keep the published text while a newer draft is only saved', async () => {
    const slug = await slugOf('articles', ids.other)
    await payload.update({
      collection: 'articles',
      id: ids.other,
      data: { title: 'Bản nháp chưa xuất bản' },
      draft: true,
    })
    await sync(stores)
    expect(article(slug).vi.title).toBe('Bài không liên quan')
    await expectSameAsFromScratch()
  })

  it('add a new item without mapping the others again', async () => {
    const added = await payload.create({
      collection: 'articles',
      data: { title: 'Bài mới đăng', outlet: ids.outlet, _status: 'published' } as never,
    })
    const mapped = await sync(stores)
    expect(mapped).toMatchObject({ articles: 1, events: 0, policyNotices: 0 })
    expect(article(added.slug!).vi.title).toBe('Bài mới đăng')
    await expectSameAsFromScratch()
  })

  it('drop an unpublished item and the links to it', async () => {
    const slug = await slugOf('articles', ids.related)
    await payload.update({ collection: 'articles', id: ids.related, data: { _status: 'draft' } })
    const mapped = await sync(stores)
    expect(mapped.articles).toBe(1)
    expect(entry('articles', slug)).toBeUndefined()
    const main = article(await slugOf('articles', ids.main))
    expect(main.vi.related).toEqual([])
    await expectSameAsFromScratch()
  })

  it('map again what the store no longer holds (a cleared build cache)', async () => {
    const before = snapshot(stores)
    stores = newStores()
    const mapped = await sync(stores)
    expect(mapped).toMatchObject({ articles: 4, events: 1, policyNotices: 2 })
    expect(snapshot(stores)).toEqual(before)
  })
})

describe("the build worker's query cache with incremental loaders", () => {
  it('gives the same entries, and forgets answers a whole build did not ask for', async () => {
    const cache = installQueryCache(payload)
    try {
      const cached = newStores()
      forgetMemos(payload)
      cache.startBuild()
      await sync(cached)
      const afterFirst = cache.stats().entries
      await payload.update({
        collection: 'articles',
        id: ids.main,
        data: { title: 'Bài chính, sửa qua bộ nhớ đệm' },
      })
      cache.startBuild()
      expect(await sync(cached)).toMatchObject({ articles: 1 })
      expect(cached.articles.get(await slugOf('articles', ids.main))?.data).toMatchObject({
        vi: { title: 'Bài chính, sửa qua bộ nhớ đệm' },
      })
      // The first build's full reads were not asked for again: they are dropped.
      cache.startBuild()
      expect(cache.stats().entries).toBeLessThan(afterFirst)
      expect(await sync(cached)).toMatchObject({ articles: 0, events: 0, policyNotices: 0 })
      expect(cache.stats().misses).toBe(0)
    } finally {
      cache.uninstall()
    }
  })
})
