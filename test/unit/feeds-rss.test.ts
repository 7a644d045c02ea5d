import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parse as parseHtml } from 'node-html-parser'
import { describe, expect, it, vi } from 'vitest'

import type { FeedChannel, FeedItem } from '@channels/feeds'
import { FEED_LIMITS, generateRssFeed, getFeedGuid } from '@channels/feeds'
import { renderCard } from '@channels/cards'
import { SAMPLE_CARDS } from '@channels/cards/samples'
import { clampText } from '@channels/text'

const SITE = 'https://khoinghiep.haiphong.gov.vn'

const channel: FeedChannel = {
  title: 'Tin tức — Cổng thông tin khởi nghiệp đổi mới sáng tạo Hải Phòng',
  description: 'Tin mới nhất về hệ sinh thái khởi nghiệp Hải Phòng',
  language: 'vi',
  siteUrl: `${SITE}/tin-tuc`,
  feedUrl: `${SITE}/tin-tuc/rss.xml`,
  imageUrl: '/logo.png',
  hubUrl: 'https://websub.example.org/',
  ttl: 30,
}

function makeItem(n: number, overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    collection: 'articles',
    id: n,
    title: `Tin số ${n}: Hải Phòng hỗ trợ khởi nghiệp đổi mới sáng tạo`,
    url: `/tin-tuc/tin-so-${n}`,
    // One item a day, newest has the highest n.
    publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString(),
    summary: `Sapo của tin số ${n}.`,
    contentHtml: `<p>Nội dung <a href="/su-kien/ngay-hoi">ngày hội</a> số ${n}.</p><img src="/media/anh-${n}.jpg" alt="Ảnh ${n}">`,
    categories: ['Hệ sinh thái khởi nghiệp'],
    authors: ['Nguyễn Thị Lan'],
    outlet: 'Báo Hải Phòng',
    image: {
      url: `/og/tin-so-${n}.vi.png`,
      type: 'image/png',
      length: 98_765,
      width: 1200,
      height: 630,
    },
    ...overrides,
  }
}

type Parsed = Record<string, any>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['item', 'category', 'atom:link'].includes(name),
})

function parseRss(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  const doc = parser.parse(xml) as Parsed
  return {
    rss: doc.rss as Parsed,
    channel: doc.rss.channel as Parsed,
    items: (doc.rss.channel.item ?? []) as Parsed[],
  }
}

function isAbsoluteHttp(url: string) {
  return /^https?:\/\//.test(url) && new URL(url).href === url
}

describe('generateRssFeed', () => {
  it('has every channel element a reader and an auto-poster need', () => {
    const { rss, channel: ch } = parseRss(generateRssFeed(channel, [makeItem(1)]))
    expect(rss['@_version']).toBe('2.0')
    expect(ch.title).toBe(channel.title)
    expect(ch.link).toBe(channel.siteUrl)
    expect(ch.description).toBe(channel.description)
    expect(ch.language).toBe('vi')
    expect(ch.ttl).toBe('30')
    expect(ch.image).toEqual({
      url: `${SITE}/logo.png`,
      title: channel.title,
      link: channel.siteUrl,
    })
    const links = ch['atom:link'] as Parsed[]
    expect(links).toContainEqual({
      '@_href': channel.feedUrl,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    })
    expect(links).toContainEqual({ '@_href': 'https://websub.example.org/', '@_rel': 'hub' })
  })

  it('leaves out the WebSub link when no hub is given', () => {
    const { channel: ch } = parseRss(generateRssFeed({ ...channel, hubUrl: null }, [makeItem(1)]))
    expect((ch['atom:link'] as Parsed[]).map((link) => link['@_rel'])).toEqual(['self'])
  })

  it('gives each item its title, absolute link, permanent guid, date, categories, creator and sapo', () => {
    const { items } = parseRss(generateRssFeed(channel, [makeItem(7)]))
    expect(items).toHaveLength(1)
    const [item] = items
    expect(item.title).toBe('Tin số 7: Hải Phòng hỗ trợ khởi nghiệp đổi mới sáng tạo')
    expect(item.link).toBe(`${SITE}/tin-tuc/tin-so-7`)
    expect(item.guid).toEqual({
      '#text': 'urn:haiphong-hub:articles:7:vi',
      '@_isPermaLink': 'false',
    })
    expect(new Date(item.pubDate).toISOString()).toBe('2025-01-08T00:00:00.000Z')
    expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
    expect(item.category).toEqual(['Hệ sinh thái khởi nghiệp'])
    expect(item['dc:creator']).toBe('Nguyễn Thị Lan')
    expect(item.description).toBe('Sapo của tin số 7.')
  })

  it('credits the outlet when an item has no named author', () => {
    const { items } = parseRss(generateRssFeed(channel, [makeItem(1, { authors: [] })]))
    expect(items[0]!['dc:creator']).toBe('Báo Hải Phòng')
  })

  it('publishes the full body with every link and image made absolute', () => {
    const { items } = parseRss(generateRssFeed(channel, [makeItem(3)]))
    const html = parseHtml(items[0]!['content:encoded'] as string)
    const urls = [
      ...html.querySelectorAll('a').map((a) => a.getAttribute('href')!),
      ...html.querySelectorAll('img').map((img) => img.getAttribute('src')!),
    ]
    expect(urls).toEqual([`${SITE}/su-kien/ngay-hoi`, `${SITE}/media/anh-3.jpg`])
    expect(urls.every(isAbsoluteHttp)).toBe(true)
  })

  it('resolves fragment, dot-relative and protocol-relative URLs against the item page', () => {
    const body =
      '<p><a href="#muc-2">mục 2</a> <a href="../van-ban/281">văn bản</a> ' +
      '<img src="//cdn.haiphong.gov.vn/a.png" alt=""></p>'
    const { items } = parseRss(generateRssFeed(channel, [makeItem(1, { contentHtml: body })]))
    const html = parseHtml(items[0]!['content:encoded'] as string)
    expect(html.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      `${SITE}/tin-tuc/tin-so-1#muc-2`,
      `${SITE}/van-ban/281`,
    ])
    expect(html.querySelector('img')!.getAttribute('src')).toBe('https://cdn.haiphong.gov.vn/a.png')
  })

  it('keeps only http(s), mailto and tel links and drops active content', () => {
    const body = [
      '<p onclick="steal()" style="color:red">Liên hệ <a href="mailto:kh@haiphong.gov.vn">email</a>,',
      ' <a href="tel:+842253123456">điện thoại</a>, <a href="javascript:alert(1)">x</a>,',
      ' <a href="JaVa&#x09;ScRiPt:alert(2)">y</a>, <a href="data:text/html,<b>z</b>">z</a></p>',
      '<script>alert(3)</script><style>p{}</style><iframe src="https://evil.example"></iframe>',
      '<img src="javascript:alert(4)"><img src="data:image/png;base64,AAAA"><form><input></form>',
      '<svg><script>alert(5)</script></svg><object data="x.swf"></object>',
    ].join('')
    const xml = generateRssFeed(channel, [makeItem(1, { contentHtml: body })])
    const { items } = parseRss(xml)
    const content = items[0]!['content:encoded'] as string
    const html = parseHtml(content)
    expect(html.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      'mailto:kh@haiphong.gov.vn',
      'tel:+842253123456',
      undefined,
      undefined,
      undefined,
    ])
    expect(html.querySelectorAll('img')).toHaveLength(0)
    expect(content).not.toMatch(/script|onclick|style=|<iframe|<form|<input|<svg|<object|alert/i)
    expect(html.textContent).toContain('Liên hệ email, điện thoại, x, y, z')
  })

  it('carries the share card as an enclosure with its real byte length, and as media:content', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'feeds-rss-'))
    try {
      const file = path.join(dir, 'card.png')
      await writeFile(file, await renderCard(SAMPLE_CARDS.article))
      const { size } = await stat(file)
      const image = {
        url: '/og/tin-so-1.vi.png',
        type: 'image/png',
        length: size,
        width: 1200,
        height: 630,
        alt: 'Thẻ chia sẻ',
      }
      const { items } = parseRss(generateRssFeed(channel, [makeItem(1, { image })]))
      const [item] = items
      expect(item!.enclosure).toEqual({
        '@_url': `${SITE}/og/tin-so-1.vi.png`,
        '@_length': String(size),
        '@_type': 'image/png',
      })
      expect(item!['media:content']).toMatchObject({
        '@_url': `${SITE}/og/tin-so-1.vi.png`,
        '@_type': 'image/png',
        '@_medium': 'image',
        '@_width': '1200',
        '@_height': '630',
        '@_fileSize': String(size),
        'media:description': { '#text': 'Thẻ chia sẻ', '@_type': 'plain' },
      })
      expect(Array.isArray(item!.enclosure)).toBe(false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('keeps the guid when the title and slug change, and only then', () => {
    const before = parseRss(generateRssFeed(channel, [makeItem(5)])).items[0]!
    const renamed = makeItem(5, { title: 'Tiêu đề mới hoàn toàn', url: '/tin-tuc/tieu-de-moi' })
    const after = parseRss(generateRssFeed(channel, [renamed])).items[0]!
    expect(after.link).not.toBe(before.link)
    expect(after.guid['#text']).toBe(before.guid['#text'])
    const other = parseRss(generateRssFeed(channel, [makeItem(6)])).items[0]!
    expect(other.guid['#text']).not.toBe(before.guid['#text'])
    expect(getFeedGuid('events', 5, 'vi')).not.toBe(getFeedGuid('articles', 5, 'vi'))
    expect(getFeedGuid('articles', 5, 'en')).not.toBe(getFeedGuid('articles', 5, 'vi'))
  })

  it('keeps the newest 50 items, newest first', () => {
    const items = Array.from({ length: 80 }, (_, n) => makeItem(n + 1))
    const shuffled = [...items.filter((_, i) => i % 2), ...items.filter((_, i) => !(i % 2))]
    const parsed = parseRss(generateRssFeed(channel, shuffled)).items
    expect(parsed).toHaveLength(FEED_LIMITS.maxItems)
    expect(parsed.map((item) => item.guid['#text'])).toEqual(
      Array.from({ length: 50 }, (_, i) => `urn:haiphong-hub:articles:${80 - i}:vi`),
    )
  })

  it('orders items published at the same instant the same way whatever the input order', () => {
    const sameTime = [3, 1, 2].map((n) => makeItem(n, { publishedAt: '2025-05-01T00:00:00Z' }))
    const a = generateRssFeed(channel, sameTime)
    const b = generateRssFeed(channel, [...sameTime].reverse())
    expect(a).toBe(b)
  })

  it('stays within 512 KB by shortening the oldest items first, deterministically', () => {
    const longBody = `<p>${'Hải Phòng đẩy mạnh đổi mới sáng tạo. '.repeat(900)}</p>` // ≈ 36 KB
    const items = Array.from({ length: 50 }, (_, n) => makeItem(n + 1, { contentHtml: longBody }))
    const uncapped = generateRssFeed(channel, items, { maxBytes: Infinity })
    expect(Buffer.byteLength(uncapped)).toBeGreaterThan(1024 * 1024)
    const xml = generateRssFeed(channel, items)
    expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(512 * 1024)
    expect(generateRssFeed(channel, [...items].reverse())).toBe(xml)
    const parsed = parseRss(xml).items
    expect(parsed).toHaveLength(50)
    const full = parsed.map((item) => (item['content:encoded'] as string).length > 30_000)
    // The newest items keep their full text; once one is shortened, all older ones are too.
    expect(full[0]).toBe(true)
    const firstShort = full.indexOf(false)
    expect(firstShort).toBeGreaterThan(0)
    expect(full.slice(firstShort).every((isFull) => !isFull)).toBe(true)
    const shortened = parsed[49]!['content:encoded'] as string
    expect(shortened).toContain('Sapo của tin số 1.')
    expect(parseHtml(shortened).querySelector('a')!.getAttribute('href')).toBe(
      `${SITE}/tin-tuc/tin-so-1`,
    )
  })

  it('drops the oldest items when shortening is not enough', () => {
    const items = Array.from({ length: 50 }, (_, n) =>
      makeItem(n + 1, { summary: 'Sapo. '.repeat(150) }),
    )
    const xml = generateRssFeed(channel, items, { maxBytes: 24 * 1024 })
    expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(24 * 1024)
    const parsed = parseRss(xml).items
    expect(parsed.length).toBeGreaterThan(0)
    expect(parsed.length).toBeLessThan(50)
    expect(parsed[0]!.guid['#text']).toBe('urn:haiphong-hub:articles:50:vi')
  })

  it('is the same string for the same input: no clock in lastBuildDate', () => {
    const items = [makeItem(1, { updatedAt: '2025-02-01T08:00:00Z' }), makeItem(2)]
    vi.useFakeTimers({ now: new Date('2026-06-01T00:00:00Z') })
    try {
      const first = generateRssFeed(channel, items)
      vi.setSystemTime(new Date('2031-12-31T23:59:59Z'))
      expect(generateRssFeed(channel, items)).toBe(first)
      expect(parseRss(first).channel.lastBuildDate).toBe('Sat, 01 Feb 2025 08:00:00 GMT')
    } finally {
      vi.useRealTimers()
    }
  })

  describe('hostile input', () => {
    const nasty = [
      'Hội thảo <script>alert("x")</script> & "Khởi nghiệp" \'2025\'',
      '\u202Egnp.exe \u200Fمرحبا\u200F',
      'Ha\u0309i Pho\u0300ng'.normalize('NFD'),
      'Lỗi\u0000\u0007\u001B ký tự điều khiển \uD83D',
      'Kết thúc CDATA ]]> giữa chừng',
      '🚀 Khởi nghiệp 🇻🇳 ' + 'dài '.repeat(125),
    ]

    it.each(nasty.map((title) => [title]))('stays well-formed XML and round-trips %j', (title) => {
      const xml = generateRssFeed(channel, [
        makeItem(1, { title, summary: title, categories: [title], authors: [title] }),
      ])
      const { items } = parseRss(xml)
      const expected = title
        .normalize('NFC')
        .replace(/[\u0000-\u001F]/g, '')
        .replace(/\uD83D$/, '\uFFFD')
        .replace(/[\u202E\u200F]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
      // Long titles are cut at a word, as everywhere (clampText's own table is text.test.ts).
      const shown = clampText(expected, 300)
      // Title and category are plain text: exactly the text, NFC, without controls.
      expect(items[0]!.title).toBe(shown)
      expect(items[0]!.category).toEqual([shown.length > 100 ? expect.any(String) : shown])
      // <description> is HTML: the sapo arrives escaped, as text with no element in it.
      const description = parseHtml(items[0]!.description as string)
      expect(description.querySelectorAll('*')).toHaveLength(0)
      expect(description.textContent).toBe(expected)
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    })

    it('escapes markup-looking text in attributes', () => {
      const image = {
        url: '/og/a.png?x=1&y="2"<3>',
        type: 'image/png',
        length: 10,
        alt: '<b>"Ảnh"</b> & co',
      }
      const xml = generateRssFeed(channel, [makeItem(1, { image })])
      const { items } = parseRss(xml)
      expect(items[0]!.enclosure['@_url']).toBe(`${SITE}/og/a.png?x=1&y=%222%22%3C3%3E`)
      expect(xml).toContain('&amp;y=')
      expect(items[0]!['media:content']['media:description']['#text']).toBe('<b>"Ảnh"</b> & co')
    })
  })
})

describe('generateRssFeed in English', () => {
  it('labels the feed and gives its items English guids', () => {
    const en = generateRssFeed(
      { ...channel, language: 'en', title: 'News — Hải Phòng Startup Portal' },
      [makeItem(1, { url: '/en/news/item-1' })],
    )
    const { channel: ch, items } = parseRss(en)
    expect(ch.language).toBe('en')
    expect(items[0]!.guid['#text']).toBe('urn:haiphong-hub:articles:1:en')
    expect(items[0]!.link).toBe(`${SITE}/en/news/item-1`)
  })
})
