import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sql, sqlDatabase } from '@cms/sqlDatabase'
import { TEST_DATABASE_IS_SQL, TEST_DATABASE_KIND } from '../helpers/database'
import { expectRejected, makeOutlet } from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'

let hub: TestHub
beforeAll(async () => {
  hub = await startTestHub()
})
afterAll(async () => {
  await hub?.cleanup()
})

const notice = (overrides: Record<string, unknown> = {}) => ({
  title: 'Kế hoạch phát triển hệ sinh thái khởi nghiệp',
  documentNumber: '281/KH-UBND',
  documentType: 'plan' as const,
  issuingBody: 'Thành phố Hải Phòng',
  field: 'enterprise' as const,
  signer: { name: 'Lê Khắc Nam' },
  issueDate: '2020-12-09T17:00:00.000Z',
  effectiveDate: '2020-12-09T17:00:00.000Z',
  abstract: 'Trích yếu.',
  _status: 'published' as const,
  ...overrides,
})

const count = async (collection: 'events' | 'policy-notices' | 'media' | 'features') =>
  (await hub.payload.count({ collection })).totalDocs

describe('bad input gets a clear Vietnamese error and nothing is saved', () => {
  it('event ending before it starts', async () => {
    const before = await count('events')
    const messages = await expectRejected(() =>
      hub.payload.create({
        collection: 'events',
        data: {
          title: 'Hội thảo gọi vốn',
          startsAt: '2026-12-12T08:00:00.000Z',
          startsAt_tz: 'Asia/Ho_Chi_Minh' as const,
          eventStatus: 'scheduled' as const,
          endsAt: '2026-12-12T06:00:00.000Z',
          venue: { name: 'Trung tâm hỗ trợ khởi nghiệp' },
          _status: 'published',
        },
      }),
    )
    expect(messages).toContain('Thời gian kết thúc không thể trước thời gian bắt đầu.')
    expect(await count('events')).toBe(before)
  })

  it('editing a saved event into a bad state leaves it unchanged', async () => {
    const event = await hub.payload.create({
      collection: 'events',
      data: {
        title: 'Cà phê khởi nghiệp',
        startsAt: '2026-12-20T01:00:00.000Z',
        startsAt_tz: 'Asia/Ho_Chi_Minh' as const,
        eventStatus: 'scheduled' as const,
        endsAt: '2026-12-20T03:00:00.000Z',
        venue: { name: 'Không gian làm việc chung' },
        _status: 'published',
      },
    })
    await expectRejected(() =>
      hub.payload.update({
        collection: 'events',
        id: event.id,
        data: { endsAt: '2026-12-19T03:00:00.000Z', title: 'Tên mới' },
      }),
    )
    const again = await hub.payload.findByID({ collection: 'events', id: event.id })
    expect(again.title).toBe('Cà phê khởi nghiệp')
    expect(again.endsAt).toBe('2026-12-20T03:00:00.000Z')
  })

  it('a published event with neither venue nor online link', async () => {
    const messages = await expectRejected(() =>
      hub.payload.create({
        collection: 'events',
        data: {
          title: 'Sự kiện không địa điểm',
          startsAt: '2026-12-12T08:00:00.000Z',
          startsAt_tz: 'Asia/Ho_Chi_Minh' as const,
          eventStatus: 'scheduled' as const,
          _status: 'published',
        },
      }),
    )
    expect(messages.join(' ')).toMatch(/Hãy nhập địa điểm hoặc liên kết trực tuyến/)
  })

  it('duplicate document number for the same issuing body', async () => {
    await hub.payload.create({ collection: 'policy-notices', data: notice() })
    const before = await count('policy-notices')
    const messages = await expectRejected(() =>
      hub.payload.create({
        collection: 'policy-notices',
        data: notice({ documentNumber: '281 / kh-ubnd', title: 'Bản trùng' }),
      }),
    )
    expect(messages.join(' ')).toMatch(/Đã có văn bản số 281\/KH-UBND của Thành phố Hải Phòng/)
    expect(await count('policy-notices')).toBe(before)
    // The same number from another body is a different document.
    const other = await hub.payload.create({
      collection: 'policy-notices',
      data: notice({ issuingBody: 'Sở Khoa học và Công nghệ Hải Phòng', title: 'Văn bản khác' }),
    })
    expect(other.documentNumber).toBe('281/KH-UBND')
  })

  it('effective date before the issue date', async () => {
    const before = await count('policy-notices')
    const messages = await expectRejected(() =>
      hub.payload.create({
        collection: 'policy-notices',
        data: notice({ documentNumber: '99/QĐ-UBND', effectiveDate: '2020-12-01T00:00:00.000Z' }),
      }),
    )
    expect(messages).toContain('Ngày hiệu lực không thể trước ngày ban hành.')
    expect(await count('policy-notices')).toBe(before)
  })

  it('missing alt text on an image', async () => {
    const sharp = (await import('sharp')).default
    const data = await sharp({
      create: { width: 200, height: 100, channels: 3, background: '#0a5' },
    })
      .png()
      .toBuffer()
    const before = await count('media')
    const messages = await expectRejected(() =>
      hub.payload.create({
        collection: 'media',
        data: { alt: '   ' },
        file: { data, mimetype: 'image/png', name: 'khong-alt.png', size: data.length },
      }),
    )
    expect(messages.join(' ')).toMatch(/Hãy nhập mô tả ảnh \(alt\)/)
    expect(await count('media')).toBe(before)
  })

  it('a link that is not YouTube in the YouTube field', async () => {
    const outlet = (await makeOutlet(hub.payload)).id
    const before = await count('features')
    const messages = await expectRejected(() =>
      hub.payload.create({
        collection: 'features',
        data: {
          title: 'Phóng sự có video',
          format: 'tv',
          youtubeUrl: 'https://vimeo.com/123456',
          outlet,
          _status: 'published',
        },
      }),
    )
    expect(messages.join(' ')).toMatch(/Liên kết YouTube không hợp lệ/)
    expect(await count('features')).toBe(before)
  })

  it('the editor sees English messages when their admin language is English', async () => {
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({}, hub.payload)
    req.i18n = { ...req.i18n, language: 'en' } as typeof req.i18n
    const messages = await expectRejected(() =>
      hub.payload.create({
        collection: 'policy-notices',
        req,
        data: notice({ documentNumber: '7/KH-UBND', effectiveDate: '2020-01-01T00:00:00.000Z' }),
      }),
    )
    expect(messages).toContain('The effective date cannot be before the issue date.')
  })
})

// Drafts keep their limits (test/cms/bad-input/drafts.cases.ts), but completeness waits until
// publish: autosave saves an item as soon as its form opens.
describe('a draft may be incomplete until it is published', () => {
  it('a notice with only a title is saved as a draft; publishing it asks for the rest', async () => {
    const draft = await hub.payload.create({
      collection: 'policy-notices',
      draft: true,
      data: { title: 'Kế hoạch đang soạn' },
    })
    expect(draft._status).toBe('draft')
    const messages = await expectRejected(() =>
      hub.payload.update({
        collection: 'policy-notices',
        id: draft.id,
        data: { _status: 'published' },
      }),
    )
    expect(messages.length).toBeGreaterThanOrEqual(5)
    expect(
      (await hub.payload.findByID({ collection: 'policy-notices', id: draft.id, draft: true }))
        ._status,
    ).toBe('draft')
  })

  it('an autosave of a correction still being written is kept; publishing it needs the note', async () => {
    const outlet = await makeOutlet(hub.payload)
    const article = await hub.payload.create({
      collection: 'articles',
      data: { title: 'Tin có đính chính', outlet: outlet.id, _status: 'published' },
    })
    const autosaved = await hub.payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      autosave: true,
      data: { corrections: [{ note: '' }] },
    })
    expect(autosaved.corrections).toHaveLength(1)
    const messages = await expectRejected(() =>
      hub.payload.update({
        collection: 'articles',
        id: article.id,
        data: { corrections: [{ note: ' ' }], _status: 'published' },
      }),
    )
    expect(messages).toContain('Hãy nhập nội dung đính chính.')
  })
})

describe('one document, one number', () => {
  const CITY = 'UBND thành phố Hải Phòng'

  it('stores the number and issuing body cleaned, and their key', async () => {
    const saved = await hub.payload.create({
      collection: 'policy-notices',
      data: notice({
        documentNumber: ' 401 / KH\u2013UBND\u200B ',
        issuingBody: '\uFEFFUBND  thành\u00A0phố Hải Phòng '.normalize('NFD'),
        title: 'Kế hoạch 401',
      }),
    })
    expect(saved.documentNumber).toBe('401/KH-UBND')
    expect(saved.issuingBody).toBe(CITY)
    // The key is internal: not in what the API answers, but stored for the look-up.
    expect(saved).not.toHaveProperty('documentKey')
    const stored = await hub.payload.findByID({
      collection: 'policy-notices',
      id: saved.id,
      showHiddenFields: true,
    })
    expect(stored.documentKey).toBe('401/kh-ubnd ubnd thành phố hải phòng')
    // Changing only the body keeps the key in step.
    const moved = await hub.payload.update({
      collection: 'policy-notices',
      id: saved.id,
      data: { issuingBody: 'Sở Khoa học và Công nghệ ' },
      showHiddenFields: true,
    })
    expect(moved.issuingBody).toBe('Sở Khoa học và Công nghệ')
    expect(moved.documentKey).toBe('401/kh-ubnd sở khoa học và công nghệ')
  })

  // Rows stored before the key existed, in whatever spelling: on SQLite the migration gives them
  // their key; on MongoDB (no migrations) the check still finds them. PostgreSQL databases start
  // from a schema that has the key, but a row without one (written by hand) is still found.
  const storeLegacy = async (number: string, body: string) => {
    const db = sqlDatabase(hub.payload)!
    const legacy = await hub.payload.create({
      collection: 'policy-notices',
      data: notice({ documentNumber: '1/TMP', title: `Văn bản cũ ${number}` }),
    })
    await db.run(
      sql`UPDATE policy_notices SET document_number = ${number}, issuing_body = ${body}, document_key = NULL WHERE id = ${legacy.id}`,
    )
    await db.run(
      sql`UPDATE _policy_notices_v SET version_document_number = ${number}, version_issuing_body = ${body}, version_document_key = NULL WHERE parent_id = ${legacy.id}`,
    )
    return legacy.id
  }

  it.skipIf(!TEST_DATABASE_IS_SQL)(
    'refuses a duplicate of a row stored without a key',
    async () => {
      await storeLegacy('501/KH\u2013UBND\u200B', 'UBND  Thành phố Hải Phòng ')
      const before = await count('policy-notices')
      const messages = await expectRejected(() =>
        hub.payload.create({
          collection: 'policy-notices',
          data: notice({ documentNumber: '501/KH-UBND', issuingBody: CITY, title: 'Bản trùng' }),
        }),
      )
      expect(messages.join(' ')).toMatch(/Đã có văn bản số 501\/KH–UBND/)
      expect(await count('policy-notices')).toBe(before)
    },
  )

  // The backfill is a step of the SQLite history only: no PostgreSQL database predates the key.
  it.skipIf(TEST_DATABASE_KIND !== 'sqlite')(
    'the migration cleans and keys the rows stored before it',
    async () => {
      const id = await storeLegacy('  601 / kh\u2212ubnd', 'UBND thành phố  Hải Phòng\u200B')
      const { backfillDocumentKeys } =
        await import('@cms/migrations/sqlite/20261203_130200_document_key')
      await backfillDocumentKeys(hub.payload.db.drizzle as never)
      const stored = await hub.payload.findByID({
        collection: 'policy-notices',
        id,
        showHiddenFields: true,
      })
      expect(stored.documentNumber).toBe('601/kh-ubnd')
      expect(stored.issuingBody).toBe(CITY)
      expect(stored.documentKey).toBe('601/kh-ubnd ubnd thành phố hải phòng')
      const { docs } = await hub.payload.findVersions({
        collection: 'policy-notices',
        where: { parent: { equals: id }, latest: { equals: true } },
      })
      expect(docs[0]?.version.documentNumber).toBe('601/kh-ubnd')
      // And the check now finds it by its key.
      const messages = await expectRejected(() =>
        hub.payload.create({
          collection: 'policy-notices',
          data: notice({ documentNumber: '601/KH-UBND', issuingBody: CITY, title: 'Bản trùng' }),
        }),
      )
      expect(messages.join(' ')).toMatch(
        /Đã có văn bản số 601\/kh-ubnd của UBND thành phố Hải Phòng/,
      )
    },
  )
})
