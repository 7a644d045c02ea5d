import { parse as parseHtml } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import type { FeedChannel, FeedItem, JsonFeed } from '@channels/feeds'
import {
  generateJsonFeed,
  generateRssFeed,
  JSON_FEED_CONTENT_TYPE,
  JSON_FEED_VERSION,
} from '@channels/feeds'

const SITE = 'https://khoinghiep.haiphong.gov.vn'

const channel: FeedChannel = {
  title: 'Sự kiện — Cổng thông tin khởi nghiệp đổi mới sáng tạo Hải Phòng',
  description: 'Lịch sự kiện khởi nghiệp',
  language: 'vi',
  siteUrl: `${SITE}/su-kien`,
  feedUrl: `${SITE}/su-kien/feed.json`,
  imageUrl: '/logo-512.png',
  faviconUrl: '/favicon-64.png',
  hubUrl: 'https://websub.example.org/',
}

function makeItem(n: number, overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    collection: 'events',
    id: n,
    title: `Sự kiện ${n}`,
    url: `/su-kien/su-kien-${n}`,
    publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString(),
    updatedAt: new Date(Date.UTC(2025, 0, 2) + n * 3_600_000).toISOString(),
    summary: `Tóm tắt ${n}`,
    contentHtml: `<p>Đăng ký <a href="/dang-ky/${n}">tại đây</a>.</p>`,
    categories: ['Sự kiện', 'Đổi mới sáng tạo'],
    outlet: 'Sở Khoa học và Công nghệ',
    image: {
      url: `/og/su-kien-${n}.vi.png`,
      type: 'image/png',
      length: 87_654 + n,
      alt: `Thẻ ${n}`,
    },
    ...overrides,
  }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** The rules of https://www.jsonfeed.org/version/1.1/ that a reader relies on. */
function expectValidJsonFeed(text: string): JsonFeed {
  const feed = JSON.parse(text) as Record<string, unknown>
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(typeof feed.title).toBe('string')
  for (const key of ['home_page_url', 'feed_url', 'icon', 'favicon']) {
    if (key in feed) expect(feed[key]).toMatch(/^https?:\/\//)
  }
  expect(Array.isArray(feed.items)).toBe(true)
  const ids = new Set<string>()
  for (const item of feed.items as Record<string, unknown>[]) {
    expect(typeof item.id).toBe('string')
    expect(ids.has(item.id as string)).toBe(false)
    ids.add(item.id as string)
    expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(
      true,
    )
    expect(item.url).toMatch(/^https?:\/\//)
    for (const key of ['date_published', 'date_modified']) {
      if (key in item) expect(item[key]).toMatch(RFC3339)
    }
    for (const author of (item.authors ?? []) as Record<string, unknown>[]) {
      expect(typeof author.name).toBe('string')
    }
    for (const attachment of (item.attachments ?? []) as Record<string, unknown>[]) {
      expect(attachment.url).toMatch(/^https?:\/\//)
      expect(typeof attachment.mime_type).toBe('string')
      if ('size_in_bytes' in attachment)
        expect(Number.isInteger(attachment.size_in_bytes)).toBe(true)
    }
    if ('tags' in item)
      expect((item.tags as unknown[]).every((tag) => typeof tag === 'string')).toBe(true)
  }
  for (const hub of (feed.hubs ?? []) as Record<string, unknown>[]) {
    expect(typeof hub.type).toBe('string')
    expect(hub.url).toMatch(/^https?:\/\//)
  }
  return feed as unknown as JsonFeed
}

describe('generateJsonFeed', () => {
  it('is a valid JSON Feed 1.1 with the channel facts', () => {
    const feed = expectValidJsonFeed(generateJsonFeed(channel, [makeItem(1)]))
    expect(JSON_FEED_CONTENT_TYPE).toMatch(/^application\/feed\+json/)
    expect(feed).toMatchObject({
      version: JSON_FEED_VERSION,
      title: channel.title,
      home_page_url: `${SITE}/su-kien`,
      feed_url: `${SITE}/su-kien/feed.json`,
      description: 'Lịch sự kiện khởi nghiệp',
      icon: `${SITE}/logo-512.png`,
      favicon: `${SITE}/favicon-64.png`,
      language: 'vi',
      hubs: [{ type: 'WebSub', url: 'https://websub.example.org/' }],
    })
  })

  it('describes each item like the RSS twin: same ids, links, dates, tags and card', () => {
    const items = [makeItem(1), makeItem(2)]
    const feed = expectValidJsonFeed(generateJsonFeed(channel, items))
    const rssGuids = [
      ...generateRssFeed(channel, items).matchAll(/<guid[^>]*>([^<]+)<\/guid>/g),
    ].map((match) => match[1])
    expect(feed.items.map((item) => item.id)).toEqual(rssGuids)
    expect(feed.items[0]).toEqual({
      id: 'urn:haiphong-hub:events:2:vi',
      url: `${SITE}/su-kien/su-kien-2`,
      title: 'Sự kiện 2',
      content_html: `<p>Đăng ký <a href="${SITE}/dang-ky/2">tại đây</a>.</p>`,
      summary: 'Tóm tắt 2',
      image: `${SITE}/og/su-kien-2.vi.png`,
      date_published: '2025-01-01T02:00:00.000Z',
      date_modified: '2025-01-02T02:00:00.000Z',
      authors: [{ name: 'Sở Khoa học và Công nghệ' }],
      tags: ['Sự kiện', 'Đổi mới sáng tạo'],
      language: 'vi',
      attachments: [
        {
          url: `${SITE}/og/su-kien-2.vi.png`,
          mime_type: 'image/png',
          size_in_bytes: 87_656,
          title: 'Thẻ 2',
        },
      ],
    })
  })

  it('lists each author, and the outlet only when no author is named', () => {
    const feed = expectValidJsonFeed(
      generateJsonFeed(channel, [
        makeItem(2, { authors: ['Trần Văn Hải', 'Lê Thu'] }),
        makeItem(1),
      ]),
    )
    expect(feed.items.map((item) => item.authors)).toEqual([
      [{ name: 'Trần Văn Hải' }, { name: 'Lê Thu' }],
      [{ name: 'Sở Khoa học và Công nghệ' }],
    ])
  })

  it('keeps the id when the title and slug change', () => {
    const before = expectValidJsonFeed(generateJsonFeed(channel, [makeItem(9)])).items[0]!
    const after = expectValidJsonFeed(
      generateJsonFeed(channel, [makeItem(9, { title: 'Đổi tên', url: '/su-kien/doi-ten' })]),
    ).items[0]!
    expect(after.url).not.toBe(before.url)
    expect(after.id).toBe(before.id)
  })

  it('always has content, even for an item without a body', () => {
    const feed = expectValidJsonFeed(
      generateJsonFeed(channel, [makeItem(1, { contentHtml: null, image: null })]),
    )
    const html = parseHtml(feed.items[0]!.content_html)
    expect(html.textContent).toContain('Tóm tắt 1')
    expect(html.querySelector('a')!.getAttribute('href')).toBe(`${SITE}/su-kien/su-kien-1`)
    expect(feed.items[0]).not.toHaveProperty('attachments')
  })

  it('keeps the newest 50 items and stays within 512 KB', () => {
    const body = `<p>${'Chương trình hỗ trợ khởi nghiệp. '.repeat(1000)}</p>`
    const items = Array.from({ length: 70 }, (_, n) => makeItem(n + 1, { contentHtml: body }))
    const text = generateJsonFeed(channel, items)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(512 * 1024)
    const feed = expectValidJsonFeed(text)
    expect(feed.items).toHaveLength(50)
    expect(feed.items[0]!.id).toBe('urn:haiphong-hub:events:70:vi')
    expect(feed.items.at(-1)!.id).toBe('urn:haiphong-hub:events:21:vi')
    expect(feed.items[0]!.content_html.length).toBeGreaterThan(30_000)
    expect(feed.items.at(-1)!.content_html.length).toBeLessThan(1_000)
  })

  it('sanitises hostile HTML and text', () => {
    const title = 'A & B <script>alert(1)</script> \u202Eevil "q" Ha\u0309i\u0000'
    const feed = expectValidJsonFeed(
      generateJsonFeed(channel, [
        makeItem(1, {
          title,
          summary: title,
          contentHtml:
            '<p onmouseover="x()">ok</p><script>alert(2)</script><a href="javascript:x()">y</a>',
        }),
      ]),
    )
    const [item] = feed.items
    expect(item!.title).toBe('A & B <script>alert(1)</script> evil "q" Hải')
    expect(item!.summary).toBe(item!.title)
    expect(item!.content_html).toBe('<p>ok</p><a>y</a>')
  })
})
