import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectRejected, makeImage, makeOutlet, makePdf, makeUser } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'

let hub: TestHub
beforeAll(async () => {
  hub = await startTestHub()
})
afterAll(async () => {
  await hub?.cleanup()
})

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

describe('CRUD on every collection', () => {
  it('articles: create, read, update, delete', async () => {
    const { payload } = hub
    const outlet = await makeOutlet(payload)
    const cover = await makeImage(payload)
    const topic = await payload.create({
      collection: 'topics',
      data: { name: 'Chính sách hỗ trợ' },
    })
    const created = await payload.create({
      collection: 'articles',
      data: {
        title: 'Hải Phòng nâng cấp Trung tâm hỗ trợ khởi nghiệp',
        sapo: 'Trung tâm được mở rộng tại tầng 1, 4 và 5 trụ sở Sở Khoa học và Công nghệ.',
        body: paragraph('Khu làm việc chung, khu ươm tạo và phòng thí nghiệm.'),
        cover: cover.id,
        outlet: outlet.id,
        topics: [topic.id],
        corrections: [{ date: '2026-11-20T02:00:00.000Z', note: 'Sửa tên đơn vị chủ trì.' }],
        _status: 'published',
      },
    })
    expect(created.slug).toBe('hai-phong-nang-cap-trung-tam-ho-tro-khoi-nghiep')
    expect(created.publishedAt).toBeTruthy()

    const read = await payload.findByID({ collection: 'articles', id: created.id, depth: 1 })
    expect(read.title).toBe('Hải Phòng nâng cấp Trung tâm hỗ trợ khởi nghiệp')
    expect(typeof read.outlet === 'object' && read.outlet?.slug).toBe(outlet.slug)
    expect(typeof read.cover === 'object' && read.cover?.alt).toBe('Ảnh thử nghiệm')
    expect(read.corrections?.[0]?.note).toBe('Sửa tên đơn vị chủ trì.')

    const firstPublishedAt = read.publishedAt
    const updated = await payload.update({
      collection: 'articles',
      id: created.id,
      data: { sapo: 'Sapo mới.' },
    })
    expect(updated.sapo).toBe('Sapo mới.')
    expect(updated.slug).toBe(created.slug)
    expect(updated.publishedAt).toBe(firstPublishedAt)

    await payload.delete({ collection: 'articles', id: created.id })
    const after = await payload.find({
      collection: 'articles',
      where: { id: { equals: created.id } },
    })
    expect(after.totalDocs).toBe(0)
  })

  it('features: a TV feature stores the YouTube video id from its link', async () => {
    const { payload } = hub
    const outlet = await makeOutlet(payload, 'Đài Phát thanh và Truyền hình Hải Phòng')
    const feature = await payload.create({
      collection: 'features',
      data: {
        title: 'Phóng sự: Không gian làm việc chung cho người trẻ',
        format: 'tv',
        programme: 'Khoa học và Đời sống',
        airDate: '2026-10-05T13:00:00.000Z',
        durationSeconds: 540,
        youtubeUrl: 'https://youtu.be/dQw4w9WgXcQ',
        outlet: outlet.id,
        _status: 'published',
      },
    })
    expect(feature.youtubeId).toBe('dQw4w9WgXcQ')
    const updated = await payload.update({
      collection: 'features',
      id: feature.id,
      data: { youtubeUrl: '' },
    })
    expect(updated.youtubeId).toBeFalsy()
    await payload.delete({ collection: 'features', id: feature.id })
    expect((await payload.count({ collection: 'features' })).totalDocs).toBe(0)
  })

  it('policy notices: stores the official metadata and derives the legal status', async () => {
    const { payload } = hub
    const notice = await payload.create({
      collection: 'policy-notices',
      data: {
        title: 'Kế hoạch phát triển hệ sinh thái khởi nghiệp',
        documentNumber: ' 281 / KH-UBND',
        documentType: 'plan',
        issuingBody: 'Thành phố Hải Phòng',
        field: 'enterprise',
        signer: {
          authority: 'KT.',
          onBehalfOf: 'Chủ tịch',
          position: 'Phó Chủ tịch',
          name: 'Lê Khắc Nam',
        },
        issueDate: '2020-12-09T17:00:00.000Z',
        effectiveDate: '2020-12-09T17:00:00.000Z',
        abstract: 'Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo giai đoạn 2021-2025.',
        _status: 'published',
      },
    })
    expect(notice.documentNumber).toBe('281/KH-UBND')
    expect(notice.legalStatus).toBe('in-force')
    const expired = await payload.update({
      collection: 'policy-notices',
      id: notice.id,
      data: { expiryDate: '2025-12-31T17:00:00.000Z' },
    })
    expect(expired.legalStatus).toBe('expired')
    await payload.delete({ collection: 'policy-notices', id: notice.id })
  })

  it('events: stores times in UTC with the Vietnam time zone', async () => {
    const { payload } = hub
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Ngày hội khởi nghiệp Hải Phòng',
        startsAt: '2026-12-12T01:30:00.000Z',
        startsAt_tz: 'Asia/Ho_Chi_Minh',
        endsAt: '2026-12-12T10:00:00.000Z',
        venue: { name: 'Trung tâm Hội nghị thành phố', address: '18 Trần Hưng Đạo, Hồng Bàng' },
        eventStatus: 'scheduled',
        _status: 'published',
      },
    })
    expect(event.startsAt).toBe('2026-12-12T01:30:00.000Z')
    expect(event.startsAt_tz).toBe('Asia/Ho_Chi_Minh')
    const postponed = await payload.update({
      collection: 'events',
      id: event.id,
      data: { eventStatus: 'postponed' },
    })
    expect(postponed.eventStatus).toBe('postponed')
    await payload.delete({ collection: 'events', id: event.id })
  })

  it('media, documents, topics, outlets and users', async () => {
    const { payload } = hub
    const image = await makeImage(payload, 'Toàn cảnh cảng Hải Phòng')
    expect(image.sizes?.thumbnail?.width).toBe(400)
    expect(image.sizes?.card?.width).toBe(800)
    const pdf = makePdf('Ke hoach 281/KH-UBND')
    const doc = await payload.create({
      collection: 'documents',
      data: { title: 'Toàn văn Kế hoạch 281' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'ke-hoach-281.pdf', size: pdf.length },
    })
    expect(doc.mimeType).toBe('application/pdf')
    const topic = await payload.update({
      collection: 'topics',
      id: (await payload.create({ collection: 'topics', data: { name: 'Chuyển đổi số' } })).id,
      data: { description: 'Ứng dụng công nghệ số.' },
    })
    expect(topic.slug).toBe('chuyen-doi-so')
    const outlet = await makeOutlet(payload, 'Báo An ninh Hải Phòng')
    expect(outlet.slug).toBe('bao-an-ninh-hai-phong')
    // The very first account becomes an administrator whatever was asked; later ones keep theirs.
    const { user: first } = await makeUser(payload, 'contributor')
    expect(first.role).toBe('admin')
    const { user } = await makeUser(payload, 'editor')
    expect(user.role).toBe('editor')
    for (const [collection, id] of [
      ['media', image.id],
      ['documents', doc.id],
      ['topics', topic.id],
      ['outlets', outlet.id],
      ['users', user.id],
    ] as const) {
      await payload.delete({ collection, id })
      expect((await payload.find({ collection, where: { id: { equals: id } } })).totalDocs).toBe(0)
    }
  })
})

describe('localisation (vi default, en second)', () => {
  it('keeps both languages and falls back to Vietnamese where English is missing', async () => {
    const { payload } = hub
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Mạng lưới cố vấn khởi nghiệp',
        sapo: 'Thu hút 150 đến 200 chuyên gia.',
        outlet: (await makeOutlet(payload)).id,
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'Startup mentor network' },
    })
    const vi = await payload.findByID({ collection: 'articles', id: article.id, locale: 'vi' })
    const en = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en' })
    const enStrict = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(vi.title).toBe('Mạng lưới cố vấn khởi nghiệp')
    expect(en.title).toBe('Startup mentor network')
    expect(en.sapo).toBe('Thu hút 150 đến 200 chuyên gia.')
    expect(enStrict.sapo ?? null).toBeNull()
    expect(en.slug).toBe(vi.slug)
    const all = await payload.findByID({ collection: 'articles', id: article.id, locale: 'all' })
    expect(all.title).toEqual({ vi: 'Mạng lưới cố vấn khởi nghiệp', en: 'Startup mentor network' })
  })
})

describe('text is stored in NFC', () => {
  it('composes a decomposed (NFD) title before saving', async () => {
    const { payload } = hub
    const nfd = 'Hội nghị Khởi nghiệp Đổi mới Sáng tạo'.normalize('NFD')
    const article = await payload.create({
      collection: 'articles',
      data: { title: nfd, outlet: (await makeOutlet(payload)).id },
    })
    expect(article.title).toBe('Hội nghị Khởi nghiệp Đổi mới Sáng tạo')
    expect(article.slug).toBe('hoi-nghi-khoi-nghiep-doi-moi-sang-tao')
  })
})

describe('slugs', () => {
  it('a generated slug that collides gets a numeric suffix', async () => {
    const { payload } = hub
    const outlet = (await makeOutlet(payload)).id
    const a = await payload.create({
      collection: 'articles',
      data: { title: 'Thông báo tuyển chọn dự án', outlet },
    })
    const b = await payload.create({
      collection: 'articles',
      data: { title: 'Thông báo tuyển chọn dự án', outlet },
    })
    const c = await payload.create({
      collection: 'articles',
      data: { title: 'THÔNG BÁO TUYỂN CHỌN DỰ ÁN', outlet },
    })
    expect([a.slug, b.slug, c.slug]).toEqual([
      'thong-bao-tuyen-chon-du-an',
      'thong-bao-tuyen-chon-du-an-2',
      'thong-bao-tuyen-chon-du-an-3',
    ])
  })

  it('a typed slug that is taken is refused with a Vietnamese message and nothing is saved', async () => {
    const { payload } = hub
    const outlet = (await makeOutlet(payload)).id
    await payload.create({
      collection: 'articles',
      data: { title: 'Ươm tạo doanh nghiệp', outlet },
    })
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    const messages = await expectRejected(() =>
      payload.create({
        collection: 'articles',
        data: { title: 'Bài khác', slug: 'Ươm tạo doanh nghiệp', outlet },
      }),
    )
    expect(messages.join(' ')).toMatch(/Đường dẫn "uom-tao-doanh-nghiep" đã được dùng/)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('keeps the slug when only the title changes, and folds a typed slug', async () => {
    const { payload } = hub
    const outlet = (await makeOutlet(payload)).id
    const a = await payload.create({
      collection: 'articles',
      data: { title: 'Tiêu đề ban đầu', outlet },
    })
    const renamed = await payload.update({
      collection: 'articles',
      id: a.id,
      data: { title: 'Tiêu đề đã sửa' },
    })
    expect(renamed.slug).toBe('tieu-de-ban-dau')
    const typed = await payload.update({
      collection: 'articles',
      id: a.id,
      data: { slug: 'Đường dẫn Tự Chọn' },
    })
    expect(typed.slug).toBe('duong-dan-tu-chon')
  })

  it('an emoji-only title asks the editor for a slug', async () => {
    const { payload } = hub
    const outlet = (await makeOutlet(payload)).id
    const messages = await expectRejected(() =>
      payload.create({
        collection: 'articles',
        data: { title: '🚀🎉', outlet },
      }),
    )
    expect(messages.join(' ')).toMatch(/Không tạo được đường dẫn từ tiêu đề/)
  })

  it('slugs are unique per collection, not across collections', async () => {
    const { payload } = hub
    const topic = await payload.create({ collection: 'topics', data: { name: 'Cố vấn' } })
    const outlet = await payload.create({
      collection: 'outlets',
      data: { name: 'Cố vấn', kind: 'other' },
    })
    expect(topic.slug).toBe('co-van')
    expect(outlet.slug).toBe('co-van')
  })
})
