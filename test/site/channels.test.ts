import fs from 'node:fs/promises'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ical from 'node-ical'
import type { VEvent } from 'node-ical'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cardFromManifest, readCardManifest } from '@channels/cards/manifest'
import { demoSite, type DemoSite } from '../helpers/demoSite'
import { startTestHub, type TestHub } from '../helpers/payload'
import {
  buildTestSite,
  listFiles,
  listPages,
  makeProjectTempDir,
  readPage,
  resolveSitePath,
  TEST_SITE_URL,
  type SiteOutput,
  SECTIONS,
  type ContentCollection,
} from '../helpers/site'

/**
 * Feeds, calendars and share cards of the built site, read back with real parsers: the run's
 * demo site, then a build of a copy of its database after an editor renames an article, with a
 * copy of the same share-card cache — as a CI keeping `.cache/og` between builds would.
 */

type Parsed = Record<string, any>
type BuiltSite = Pick<SiteOutput, 'clientDir'>

const MAX_BYTES = 512 * 1024
const ICS_STATUS = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' }
const HUB = 'https://pubsubhubbub.appspot.com/'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['item', 'category', 'atom:link'].includes(name),
})

let hub: TestHub
let site: DemoSite
let cacheDir: string
let firstCards: Map<string, number>

type CmsItem = {
  id: number
  slug: string
  title: string
  enTitle: string | null
  collection: ContentCollection
  doc: Record<string, any>
}

async function publishedItems(payload: Payload): Promise<CmsItem[]> {
  const out: CmsItem[] = []
  for (const collection of Object.keys(SECTIONS) as ContentCollection[]) {
    const query = {
      collection,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      where: { _status: { equals: 'published' } },
    } as const
    const [vi, en] = await Promise.all([
      payload.find({ ...query, locale: 'vi' }),
      payload.find({ ...query, locale: 'en', fallbackLocale: false }),
    ])
    const english = new Map(en.docs.map((doc) => [doc.id, doc.title]))
    for (const doc of vi.docs) {
      const enTitle = english.get(doc.id)
      out.push({
        id: doc.id,
        slug: doc.slug!,
        title: doc.title,
        enTitle: enTitle?.trim() ? enTitle : null,
        collection,
        doc: doc as Record<string, any>,
      })
    }
  }
  return out
}

/** Cached cards: file name → modification time. */
async function cachedCards(): Promise<Map<string, number>> {
  const files = await fs.readdir(cacheDir).catch(() => [] as string[])
  const out = new Map<string, number>()
  for (const file of files.filter((f) => f.endsWith('.png'))) {
    out.set(file, (await fs.stat(path.join(cacheDir, file))).mtimeMs)
  }
  return out
}

const sitePathOf = (url: string) => {
  expect(url.startsWith(`${TEST_SITE_URL}/`), `${url} is absolute on the site`).toBe(true)
  return new URL(url).pathname
}

async function readOutput(output: BuiltSite, sitePath: string): Promise<Buffer> {
  // Share cards are drawn on first request from the build's manifest, as the live server does.
  if (sitePath.startsWith('/og/') && sitePath.endsWith('.png')) {
    const png = await cardFromManifest(await readCardManifest(output.clientDir), sitePath)
    expect(png, `${sitePath} is in the card manifest`).not.toBeNull()
    return png!
  }
  const file = await resolveSitePath(output.clientDir, sitePath)
  expect(file, `${sitePath} exists in the build`).not.toBeNull()
  return fs.readFile(file!)
}

function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

function parseRss(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  const doc = parser.parse(xml) as Parsed
  return { channel: doc.rss.channel as Parsed, items: (doc.rss.channel.item ?? []) as Parsed[] }
}

/**
 * The content feeds (items of the four content types, each with its JSON Feed twin). The Q&A's
 * RSS feed (/hoi-dap/rss.xml: answers, no images, no twin) is checked in public-forms.test.ts.
 */
async function allFeeds(output: BuiltSite) {
  const files = (await listFiles(output.clientDir)).filter((f) => !isQaFeed(`/${f}`))
  return {
    rss: files.filter((f) => f.endsWith('rss.xml')).map((f) => `/${f}`),
    json: files.filter((f) => f.endsWith('feed.json')).map((f) => `/${f}`),
  }
}

/** RSS-only feeds of their own, tested with their pages (Q&A; the directory's new profiles). */
const isQaFeed = (sitePath: string) => /^(\/en)?\/(hoi-dap|he-sinh-thai)\/rss\.xml$/.test(sitePath)

beforeAll(async () => {
  // The shared demo build, a copy of its database to change, and a copy of its card cache to
  // draw into (cards read below are drawn on first request, as the live server does).
  site = await demoSite()
  hub = await startTestHub({ from: site })
  cacheDir = await makeProjectTempDir('hub-og-test-')
  await fs.cp(site.cardCacheDir, cacheDir, { recursive: true, preserveTimestamps: true })
  process.env.OG_CACHE_DIR = cacheDir
  firstCards = await cachedCards()
}, 240_000)

afterAll(async () => {
  delete process.env.OG_CACHE_DIR
  await hub?.cleanup()
  if (cacheDir) await fs.rm(cacheDir, { recursive: true, force: true })
})

describe('feeds', () => {
  it('exist for the site, each section, topic and outlet, in both languages, as twins', async () => {
    const { rss, json } = await allFeeds(site)
    for (const lang of ['', '/en']) {
      expect(rss).toContain(`${lang}/rss.xml`)
      for (const section of Object.values(SECTIONS)) {
        expect(rss).toContain(`${lang}/${section}/rss.xml`)
      }
    }
    const items = await publishedItems(hub.payload)
    const topics = new Set(items.flatMap((item) => (item.doc.topics ?? []) as number[]))
    const outlets = new Set(items.map((item) => item.doc.outlet as number).filter(Boolean))
    const topicDocs = await hub.payload.find({ collection: 'topics', pagination: false, depth: 0 })
    const outletDocs = await hub.payload.find({
      collection: 'outlets',
      pagination: false,
      depth: 0,
    })
    for (const topic of topicDocs.docs.filter((t) => topics.has(t.id))) {
      expect(rss).toContain(`/chu-de/${topic.slug}/rss.xml`)
    }
    for (const outlet of outletDocs.docs.filter((o) => outlets.has(o.id))) {
      expect(rss).toContain(`/don-vi/${outlet.slug}/rss.xml`)
    }
    expect(json.sort()).toEqual(rss.map((f) => f.replace(/rss\.xml$/, 'feed.json')).sort())
  })

  it('are valid RSS 2.0 with absolute, resolvable links and enclosures of the right size', async () => {
    const { rss } = await allFeeds(site)
    const items = await publishedItems(hub.payload)
    const english = new Set(items.filter((i) => i.enTitle).map((i) => `${i.collection}:${i.id}`))
    for (const feed of rss) {
      const xml = (await readOutput(site, feed)).toString('utf8')
      expect(Buffer.byteLength(xml), feed).toBeLessThanOrEqual(MAX_BYTES)
      const { channel, items: entries } = parseRss(xml)
      const lang = feed.startsWith('/en/') ? 'en' : 'vi'
      expect(channel.language).toBe(lang)
      expect(Number(channel.ttl)).toBeGreaterThan(0)
      const self = (channel['atom:link'] as Parsed[]).find((l) => l['@_rel'] === 'self')!
      expect(self['@_href']).toBe(`${TEST_SITE_URL}${feed}`)
      pngSize(await readOutput(site, sitePathOf(channel.image.url)))
      await readOutput(site, sitePathOf(channel.link))
      expect(entries.length).toBeLessThanOrEqual(50)
      for (const entry of entries) {
        const link = sitePathOf(entry.link)
        expect(link.startsWith('/en/')).toBe(lang === 'en')
        await readOutput(site, link)
        const guid = entry.guid as Parsed
        expect(guid['@_isPermaLink']).toBe('false')
        const match = /^urn:haiphong-hub:([a-z-]+):(\d+):(vi|en)$/.exec(guid['#text'])
        expect(match, guid['#text']).not.toBeNull()
        expect(match![3]).toBe(lang)
        if (lang === 'en') expect(english.has(`${match![1]}:${match![2]}`)).toBe(true)
        const enclosure = entry.enclosure as Parsed
        const file = await readOutput(site, sitePathOf(enclosure['@_url']))
        expect(Number(enclosure['@_length']), enclosure['@_url']).toBe(file.byteLength)
        expect(entry['media:content']['@_url']).toBe(enclosure['@_url'])
        expect(entry.pubDate).toBeTruthy()
        const html = String(entry['content:encoded'] ?? '')
        expect(html).not.toMatch(/(?:src|href)="\/(?!\/)/)
      }
    }
  })

  it('list every published item in the site feed, newest first', async () => {
    const items = await publishedItems(hub.payload)
    const { items: entries } = parseRss((await readOutput(site, '/rss.xml')).toString('utf8'))
    expect(entries).toHaveLength(Math.min(50, items.length))
    const dates = entries.map((e) => new Date(e.pubDate).getTime())
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    const { items: english } = parseRss((await readOutput(site, '/en/rss.xml')).toString('utf8'))
    expect(english).toHaveLength(Math.min(50, items.filter((i) => i.enTitle).length))
  })

  it('have JSON Feed 1.1 twins with the same items and ids', async () => {
    const { json } = await allFeeds(site)
    for (const feed of json) {
      const text = (await readOutput(site, feed)).toString('utf8')
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_BYTES)
      const doc = JSON.parse(text)
      expect(doc.version).toBe('https://jsonfeed.org/version/1.1')
      expect(doc.feed_url).toBe(`${TEST_SITE_URL}${feed}`)
      const { items } = parseRss(
        (await readOutput(site, feed.replace(/feed\.json$/, 'rss.xml'))).toString('utf8'),
      )
      expect(doc.items.map((i: Parsed) => i.id)).toEqual(items.map((i) => i.guid['#text']))
      for (const item of doc.items as Parsed[]) {
        await readOutput(site, sitePathOf(item.url))
        await readOutput(site, sitePathOf(item.image))
      }
    }
  })

  it('are announced on every page, and the subscribe block links to them', async () => {
    const pages = (await listPages(site.clientDir)).filter((p) => !p.startsWith('/media/'))
    for (const sitePath of pages) {
      const { root } = await readPage(site.clientDir, sitePath)
      const feeds = root
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .filter((link) => !isQaFeed(new URL(link.getAttribute('href')!, TEST_SITE_URL).pathname))
      expect(feeds.length, sitePath).toBeGreaterThan(0)
      expect(
        root.querySelectorAll('link[rel="alternate"][type="application/feed+json"]'),
      ).toHaveLength(feeds.length)
      if (sitePath === '/' || sitePath === '/en/' || sitePath === '/tin-tuc/') {
        for (const link of root.querySelectorAll('link[rel="alternate"][href$="rss.xml"]')) {
          await readOutput(site, sitePathOf(link.getAttribute('href')!))
        }
        const block = root.querySelectorAll('.subscribe a')
        expect(block.length).toBeGreaterThan(5)
        for (const a of block) await readOutput(site, a.getAttribute('href')!)
      }
    }
  })
})

describe('calendars', () => {
  it('has every event, with UIDs from the CMS id, Hải Phòng time and cancellations', async () => {
    const events = (await publishedItems(hub.payload)).filter((i) => i.collection === 'events')
    const cancelled = events.filter((e) => e.doc.eventStatus === 'cancelled')
    expect(cancelled.length).toBeGreaterThan(0)
    const text = (await readOutput(site, '/su-kien/lich.ics')).toString('utf8')
    expect(text).toMatch(/^BEGIN:VCALENDAR/)
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh')
    const calendar = ical.sync.parseICS(text)
    const vevents = Object.values(calendar).filter((c): c is VEvent => c?.type === 'VEVENT')
    expect(vevents.map((e) => e.uid).sort()).toEqual(
      events.map((e) => `event-${e.id}@portal.test`).sort(),
    )
    for (const event of events) {
      const uid = `event-${event.id}@portal.test`
      const vevent = vevents.find((e) => e.uid === uid)!
      expect(vevent.status).toBe(ICS_STATUS[event.doc.eventStatus as keyof typeof ICS_STATUS])
      // node-ical gives URI-typed properties as { params, val }.
      const url = vevent.url as unknown as string | { val: string }
      expect(typeof url === 'string' ? url : url.val).toBe(
        `${TEST_SITE_URL}/su-kien/${event.slug}/`,
      )
      // The single-event file describes the same event, so importing both never duplicates it.
      const single = (await readOutput(site, `/su-kien/${event.slug}.ics`)).toString('utf8')
      const own = Object.values(ical.sync.parseICS(single)).filter(
        (c): c is VEvent => c?.type === 'VEVENT',
      )
      expect(own.map((e) => e.uid)).toEqual([uid])
      if (!event.doc.allDay) expect(single).toMatch(/DTSTART;TZID=Asia\/Ho_Chi_Minh:\d{8}T\d{6}/)
      // The event page offers the file.
      const { root } = await readPage(site.clientDir, `/su-kien/${event.slug}/`)
      expect(root.querySelector(`a[href="/su-kien/${event.slug}.ics"]`)).not.toBeNull()
    }
    for (const event of cancelled) {
      expect(vevents.find((e) => e.uid === `event-${event.id}@portal.test`)!.status).toBe(
        'CANCELLED',
      )
    }
    const english = events.filter((e) => e.enTitle)
    if (english.length > 0) {
      const en = ical.sync.parseICS(
        (await readOutput(site, '/en/su-kien/lich.ics')).toString('utf8'),
      )
      const summaries = Object.values(en)
        .filter((c): c is VEvent => c?.type === 'VEVENT')
        .map((e) => String(e.summary))
      for (const event of english) {
        expect(summaries.some((s) => s.includes(event.enTitle!))).toBe(true)
      }
    }
  })
})

describe('share cards and page metadata', () => {
  it('gives every published item page a 1200×630 card and full link-preview metadata', async () => {
    const items = await publishedItems(hub.payload)
    for (const item of items) {
      for (const lang of item.enTitle ? ['vi', 'en'] : ['vi']) {
        const sitePath = `${lang === 'en' ? '/en' : ''}/${SECTIONS[item.collection]}/${item.slug}/`
        const { root } = await readPage(site.clientDir, sitePath)
        const meta = (key: string) =>
          root
            .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
            ?.getAttribute('content')
        const image = meta('og:image')!
        expect(image, sitePath).toBeTruthy()
        const png = await readOutput(site, sitePathOf(image))
        if (image.includes('/og/')) {
          expect(image).toMatch(
            new RegExp(`/og/${item.collection}/${item.slug}-${lang}-[0-9a-f]{12}\\.png$`),
          )
          expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
          expect(meta('og:image:width')).toBe('1200')
          expect(meta('og:image:height')).toBe('630')
        }
        expect(meta('og:image:alt')).toBeTruthy()
        expect(meta('og:title')).toBe(lang === 'en' ? item.enTitle : item.title)
        expect(meta('og:description')).toBeTruthy()
        expect(meta('og:type')).toBe('article')
        expect(meta('og:locale')).toBe(lang === 'en' ? 'en_US' : 'vi_VN')
        if (item.enTitle)
          expect(meta('og:locale:alternate')).toBe(lang === 'en' ? 'vi_VN' : 'en_US')
        expect(meta('article:published_time')).toBeTruthy()
        expect(meta('twitter:card')).toBe('summary_large_image')
        expect(meta('twitter:image')).toBe(image)
        const share = root.querySelectorAll('.share-links a').map((a) => a.getAttribute('href')!)
        const url = encodeURIComponent(meta('og:url')!)
        expect(share.filter((href) => href.includes(url))).toHaveLength(4)
        expect(share).toContain(meta('og:url'))
        // Plain links: no network's script on the page.
        for (const script of root.querySelectorAll('script[src]')) {
          expect(script.getAttribute('src')!.startsWith('/')).toBe(true)
        }
      }
    }
  })
})

describe('the next build', () => {
  let second: SiteOutput
  let renamed: CmsItem
  let cardsBefore: Map<string, number>
  const previousHub = process.env.WEBSUB_HUB_URL

  beforeAll(async () => {
    cardsBefore = await cachedCards()
    const articles = (await publishedItems(hub.payload)).filter((i) => i.collection === 'articles')
    renamed = articles[0]
    await hub.payload.update({
      collection: 'articles',
      id: renamed.id,
      locale: 'vi',
      data: {
        title: `${renamed.title} (cập nhật)`,
        slug: `${renamed.slug}-cap-nhat`,
        _status: 'published',
      },
      overrideAccess: true,
    })
    process.env.WEBSUB_HUB_URL = HUB
    try {
      second = await buildTestSite()
    } finally {
      if (previousHub === undefined) delete process.env.WEBSUB_HUB_URL
      else process.env.WEBSUB_HUB_URL = previousHub
    }
  }, 240_000)

  afterAll(async () => {
    await second?.cleanup()
  })

  it('draws only the renamed item’s card again; every other card comes from the cache', async () => {
    // A build draws only the cards whose byte length a feed's enclosure needs (the newest
    // items); the others are drawn when first asked for (the live server, readOutput here).
    const after = await cachedCards()
    const added = [...after.keys()].filter((file) => !cardsBefore.has(file))
    expect(firstCards.size).toBeGreaterThan(10)
    // Its Vietnamese card shows the title; the English one (and the slug) is not on a card.
    expect(added).toHaveLength(1)
    for (const [file, mtime] of cardsBefore) expect(after.get(file), file).toBe(mtime)
    // The build itself holds no card pictures, only the manifest to draw them from.
    const files = await listFiles(second.clientDir)
    expect(files.filter((file) => file.startsWith('og/') && file.endsWith('.png'))).toEqual([])
    expect(Object.keys(await readCardManifest(second.clientDir)).length).toBeGreaterThan(10)
  })

  it('keeps the renamed item’s guid, with its new title and link', async () => {
    const guid = `urn:haiphong-hub:articles:${renamed.id}:vi`
    const find = async (output: BuiltSite) =>
      parseRss((await readOutput(output, '/rss.xml')).toString('utf8')).items.find(
        (i) => i.guid['#text'] === guid,
      )!
    const before = await find(site)
    const now = await find(second)
    expect(before.link).toBe(`${TEST_SITE_URL}/tin-tuc/${renamed.slug}/`)
    expect(now.link).toBe(`${TEST_SITE_URL}/tin-tuc/${renamed.slug}-cap-nhat/`)
    expect(now.title).toBe(`${renamed.title} (cập nhật)`)
    // A new card URL, so networks fetch the new picture.
    expect(now.enclosure['@_url']).not.toBe(before.enclosure['@_url'])
  })

  it('advertises the WebSub hub when WEBSUB_HUB_URL is set', async () => {
    const { channel } = parseRss((await readOutput(second, '/rss.xml')).toString('utf8'))
    const links = channel['atom:link'] as Parsed[]
    expect(links.find((l) => l['@_rel'] === 'hub')?.['@_href']).toBe(HUB)
    const json = JSON.parse((await readOutput(second, '/feed.json')).toString('utf8'))
    expect(json.hubs).toEqual([{ type: 'WebSub', url: HUB }])
    const { channel: before } = parseRss((await readOutput(site, '/rss.xml')).toString('utf8'))
    expect((before['atom:link'] as Parsed[]).some((l) => l['@_rel'] === 'hub')).toBe(false)
  })

  it('builds in about the same time', () => {
    console.log(
      `demo site build: ${site.seconds.build.toFixed(1)} s (${firstCards.size} cards drawn), then ${second.seconds.toFixed(1)} s`,
    )
    expect(second.seconds).toBeLessThan(90)
  })
})
