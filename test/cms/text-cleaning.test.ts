/**
 * Invisible characters never reach a page (issue 13): bidi controls, zero-width and control
 * characters are removed from what people type on every save — drafts, autosaves and published
 * saves, over REST as the admin sends them — in titles, names, nested groups and arrays,
 * textareas (line breaks kept) and rich text. The character table is test/unit/text.test.ts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { enforceLimitsOnDrafts } from '@collections/hooks/enforceLimitsOnDrafts'
import { normalizeText } from '@collections/hooks/normalizeText'

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

const send = async (method: 'POST' | 'PATCH', path: string, body: unknown) => {
  const { status, json } = await request(payload, method, path, {
    token: newsroom.chief.token,
    body,
  })
  expect(status, JSON.stringify(json).slice(0, 800)).toBeLessThan(300)
  return json.doc ?? json.result ?? json
}

// What an attacker or a careless paste puts in: an override that reverses the line, isolates,
// marks, zero-width characters, a BOM, a soft hyphen and controls.
const SPIKED_TITLE =
  '\u202EHải\u200B Phòng\u2066 khởi\u00AD nghiệp\u2069\u200F\uFEFF\u0007 👩\u200D💻'
const CLEAN_TITLE = 'Hải Phòng khởi nghiệp 👩\u200D💻'

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})
const textOf = (state: any) => state?.root?.children?.[0]?.children?.[0]?.text

describe('invisible characters are removed on save', () => {
  it('from a draft article: title, slug, standfirst (line breaks kept) and rich text', async () => {
    const doc = await send('POST', '/api/articles?draft=true', {
      title: SPIKED_TITLE,
      sapo: 'Dòng một\u202E\r\nDòng\u200B hai\u0000',
      body: paragraph('Nội dung \u202Eđảo chiều\u202C và\u200B ẩn'),
      outlet: newsroom.outletA,
    })
    const stored = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(stored._status).toBe('draft')
    expect(stored.title).toBe(CLEAN_TITLE)
    expect(stored.slug).toBe('hai-phong-khoi-nghiep')
    expect(stored.sapo).toBe('Dòng một\nDòng hai')
    expect(textOf(stored.body)).toBe('Nội dung đảo chiều và ẩn')
  })

  it('from an autosave and from publishing, in Vietnamese and English', async () => {
    const draft = await send('POST', '/api/articles?draft=true', {
      title: 'Tin nháp',
      outlet: newsroom.outletA,
    })
    await send('PATCH', `/api/articles/${draft.id}?draft=true&autosave=true`, {
      title: `Tin\u200F nháp\u202E tự lưu`,
    })
    expect(
      (await payload.findByID({ collection: 'articles', id: draft.id, draft: true })).title,
    ).toBe('Tin nháp tự lưu')

    await send('PATCH', `/api/articles/${draft.id}`, { title: SPIKED_TITLE, _status: 'published' })
    await send('PATCH', `/api/articles/${draft.id}?locale=en`, {
      title: 'Start\u2066up\u2069 day\u200B',
      _status: 'published',
    })
    const published = await payload.findByID({ collection: 'articles', id: draft.id })
    expect(published._status).toBe('published')
    expect(published.title).toBe(CLEAN_TITLE)
    const english = await payload.findByID({ collection: 'articles', id: draft.id, locale: 'en' })
    expect(english.title).toBe('Startup day')
  })

  it('from a published event: its group (venue) and its array rows (corrections)', async () => {
    const doc = await send('POST', '/api/events', {
      title: 'Ngày hội\nkhởi nghiệp\t2026\u202E',
      startsAt: '2026-12-10T08:00:00.000Z',
      venue: { name: 'Nhà\u200B văn hóa\u2067 Lao động', address: '\u200E14 Trần Phú' },
      organiser: 'Sở Khoa học\u00AD và Công nghệ',
      corrections: [{ note: 'Sửa\u202E giờ\u0007 bắt đầu.\nĐã cập nhật.' }],
      _status: 'published',
    })
    const stored = await payload.findByID({ collection: 'events', id: doc.id })
    expect(stored.title).toBe('Ngày hội khởi nghiệp 2026')
    expect(stored.venue?.name).toBe('Nhà văn hóa Lao động')
    expect(stored.venue?.address).toBe('14 Trần Phú')
    expect(stored.organiser).toBe('Sở Khoa học và Công nghệ')
    expect(stored.corrections?.[0]?.note).toBe('Sửa giờ bắt đầu.\nĐã cập nhật.')
  })

  it('from a draft policy notice, so a hidden character cannot make a second "281/KH-UBND"', async () => {
    const doc = await send('POST', '/api/policy-notices?draft=true', {
      title: 'Kế hoạch\u202E 281',
      documentNumber: '281\u200B/KH-UBND',
      issuingBody: 'Thành phố\u2060 Hải Phòng',
      signer: { name: 'Lê Khắc\u200D Nam' },
    })
    const stored = await payload.findByID({ collection: 'policy-notices', id: doc.id, draft: true })
    expect(stored.title).toBe('Kế hoạch 281')
    expect(stored.documentNumber).toBe('281/KH-UBND')
    expect(stored.issuingBody).toBe('Thành phố Hải Phòng')
    expect(stored.signer?.name).toBe('Lê Khắc Nam')
  })

  it('from a feature, a topic and the programme global (rows of an array)', async () => {
    const feature = await send('POST', '/api/features?draft=true', {
      title: 'Phóng sự\u202E',
      format: 'tv',
      programme: 'Khởi nghiệp\u200B 24h',
    })
    const storedFeature = await payload.findByID({
      collection: 'features',
      id: feature.id,
      draft: true,
    })
    expect([storedFeature.title, storedFeature.programme]).toEqual(['Phóng sự', 'Khởi nghiệp 24h'])

    const topic = await send('POST', '/api/topics', { name: 'Đổi mới\u2066 sáng tạo' })
    expect((await payload.findByID({ collection: 'topics', id: topic.id })).name).toBe(
      'Đổi mới sáng tạo',
    )

    await send('POST', '/api/globals/programme', {
      partners: [{ name: 'Sở\u202E Tài chính', role: 'Phối\u200B hợp' }],
    })
    const programme = await payload.findGlobal({ slug: 'programme' })
    expect(programme.partners?.[0]).toMatchObject({ name: 'Sở Tài chính', role: 'Phối hợp' })
  })

  it('before limits are counted: 300 visible characters and 40 zero-width ones is a valid title', async () => {
    const visible = 'Khởi nghiệp '.repeat(25)
    const doc = await send('POST', '/api/articles?draft=true', {
      title: visible + '\u200B'.repeat(40),
      outlet: newsroom.outletA,
    })
    const stored = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(stored.title).toBe(visible)
    expect(stored.title).toHaveLength(300)
  })
})

describe('the hooks are where they must be', () => {
  // System collections (Payload's own, the editorial log, page views) and the site-status global
  // are written by code, not typed by people.
  const written = (slug: string) =>
    !slug.startsWith('payload-') && !['workflow-events', 'page-views'].includes(slug)

  it('every collection and global people write cleans its text', () => {
    const collections = payload.config.collections.filter((c) => written(c.slug))
    expect(collections.length).toBeGreaterThanOrEqual(9)
    for (const { slug, hooks } of collections) {
      expect(hooks.beforeValidate, slug).toContain(normalizeText)
    }
    // site-status is the publisher's; payload-jobs-stats is Payload's (scheduled jobs).
    const globals = payload.config.globals.filter(
      (g) => g.slug !== 'site-status' && !g.slug.startsWith('payload-'),
    )
    expect(globals.map((g) => g.slug).sort()).toEqual([
      'portal-links',
      'programme',
      'public-information',
      'startup-procedures',
    ])
    for (const { slug, hooks } of globals)
      expect(hooks.beforeValidate, slug).toContain(normalizeText)
  })

  it('every collection with drafts checks their limits', () => {
    const drafted = payload.config.collections.filter(
      (c) => typeof c.versions === 'object' && c.versions?.drafts,
    )
    expect(drafted.map((c) => c.slug).sort()).toEqual([
      'articles',
      'events',
      'features',
      'people',
      'policy-notices',
      'programmes',
      'startups',
      'support-organizations',
    ])
    for (const { slug, hooks } of drafted) {
      expect(hooks.beforeChange?.[0], slug).toBe(enforceLimitsOnDrafts)
    }
  })
})
