import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { editorConfigFactory, getEnabledNodes } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cleanDocumentNumber } from '@collections/lib/documentNumber'
import type { PolicyNotice } from '@collections/payload-types'
import { isDatabaseEmpty, seedDemoContent, type SeedResult } from '@cms/seed'
import { toPlainText } from '@cms/seed/lexical'
import { formatVnDate } from '@cms/seed/time'
import { startTestHub, type TestHub } from '../helpers/payload'

const COLLECTIONS = [
  'users',
  'outlets',
  'topics',
  'media',
  'documents',
  'policy-notices',
  'articles',
  'features',
  'events',
  'startups',
  'people',
  'support-organizations',
  'programmes',
] as const satisfies CollectionSlug[]

const PUBLIC_CONTENT = ['articles', 'features', 'policy-notices', 'events'] as const

let hub: TestHub
let emptyBeforeSeeding: boolean
let first: SeedResult
let countsAfterFirstRun: Record<string, number>

const countAll = async () => {
  const entries = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const { totalDocs } = await hub.payload.count({ collection, overrideAccess: true })
      return [collection, totalDocs] as const
    }),
  )
  return Object.fromEntries(entries)
}

beforeAll(async () => {
  hub = await startTestHub()
  delete process.env.SEED_PASSWORD
  emptyBeforeSeeding = await isDatabaseEmpty(hub.payload)
  first = await seedDemoContent(hub.payload)
  countsAfterFirstRun = await countAll()
  // The whole demo (with the ecosystem directory) is seeded here: minutes on a busy machine.
}, 600_000)

afterAll(async () => {
  await hub?.cleanup()
})

describe('seedDemoContent', () => {
  it('seeds an empty database, which then no longer counts as empty', async () => {
    expect(emptyBeforeSeeding).toBe(true)
    expect(first.created).toBeGreaterThan(50)
    expect(await isDatabaseEmpty(hub.payload)).toBe(false)
  })

  it('creates plan 281/KH-UBND with its exact legal metadata, readable by the public', async () => {
    const { docs } = await hub.payload.find({
      collection: 'policy-notices',
      where: { documentNumber: { equals: '281/KH-UBND' } },
      overrideAccess: false,
      depth: 1,
    })
    expect(docs).toHaveLength(1)
    const plan = docs[0]
    expect(plan).toMatchObject({
      title:
        'Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021-2025',
      documentNumber: '281/KH-UBND',
      documentType: 'plan',
      issuingBody: 'Thành phố Hải Phòng',
      field: 'enterprise',
      legalStatus: 'in-force',
      _status: 'published',
      signer: {
        authority: 'KT.',
        onBehalfOf: 'Chủ tịch',
        position: 'Phó Chủ tịch',
        name: 'Lê Khắc Nam',
      },
    })
    expect(new Date(plan.issueDate).toISOString()).toBe('2020-12-09T17:00:00.000Z')
    expect(new Date(plan.effectiveDate).toISOString()).toBe('2020-12-09T17:00:00.000Z')
    expect(formatVnDate(plan.issueDate)).toBe('10/12/2020')
    expect(formatVnDate(plan.effectiveDate)).toBe('10/12/2020')

    const fullText = toPlainText(plan.fullText)
    expect(fullText).toContain('tầng 1, 4 và 5 thuộc Trụ sở của Sở Khoa học và Công nghệ')
    expect(fullText).toContain('hỗ trợ 300 dự án khởi nghiệp đổi mới sáng tạo')

    const cited = (plan.relations ?? []).map((rel) => ({
      relation: rel.relation,
      documentNumber: (rel.notice as PolicyNotice).documentNumber,
    }))
    expect(cited).toEqual(
      expect.arrayContaining([
        { relation: 'based-on', documentNumber: cleanDocumentNumber('844/QĐ-TTg') },
        { relation: 'based-on', documentNumber: '08/2013/NQ-HĐND' },
        { relation: 'implements', documentNumber: '09/CT-UBND' },
      ]),
    )

    const [attachment] = plan.attachments ?? []
    expect(attachment).toMatchObject({ mimeType: 'application/pdf' })
    const filename = (attachment as { filename: string }).filename
    const pdf = await fs.readFile(path.join(hub.dir, 'media', 'documents', filename), 'latin1')
    expect(pdf.startsWith('%PDF-1.4')).toBe(true)
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true)
  })

  it('stores the cited documents with the dates the plan gives', async () => {
    const { docs } = await hub.payload.find({
      collection: 'policy-notices',
      // The plan's cited documents: not the plan, not the demo drafts put out for comment.
      where: {
        and: [
          { documentNumber: { not_equals: '281/KH-UBND' } },
          { 'consultation.opensAt': { exists: false } },
        ],
      },
      overrideAccess: false,
      sort: 'issueDate',
    })
    expect(
      docs.map((doc) => [doc.documentNumber, doc.issuingBody, formatVnDate(doc.issueDate)]),
    ).toEqual([
      ['08/2013/NQ-HĐND', 'Hội đồng nhân dân thành phố Hải Phòng', '25/07/2013'],
      [cleanDocumentNumber('844/QĐ-TTg'), 'Thủ tướng Chính phủ', '18/05/2016'],
      ['09/CT-UBND', 'Ủy ban nhân dân thành phố Hải Phòng', '16/03/2020'],
    ])
  })

  it('puts one draft out for comment now and one closed with its summary, and publishes answers', async () => {
    const { docs } = await hub.payload.find({
      collection: 'policy-notices',
      where: { 'consultation.opensAt': { exists: true } },
      overrideAccess: false,
      sort: 'consultation.closesAt',
    })
    const now = Date.now()
    expect(docs).toHaveLength(2)
    const [closed, open] = docs
    expect(new Date(closed!.consultation!.closesAt!).getTime()).toBeLessThan(now)
    expect(closed!.consultation!.summary).toMatch(/Tiếp thu/)
    expect(new Date(open!.consultation!.opensAt!).getTime()).toBeLessThan(now)
    expect(new Date(open!.consultation!.closesAt!).getTime()).toBeGreaterThan(now)
    const answers = await hub.payload.find({ collection: 'questions', overrideAccess: false })
    expect(answers.totalDocs).toBeGreaterThanOrEqual(3)
    expect(JSON.stringify(answers.docs)).not.toContain('@example.vn')
  })

  it('publishes items in every content collection, visible without logging in', async () => {
    const minimum = { articles: 8, features: 5, 'policy-notices': 4, events: 5 }
    for (const collection of PUBLIC_CONTENT) {
      const { totalDocs } = await hub.payload.count({ collection, overrideAccess: false })
      expect(totalDocs, collection).toBeGreaterThanOrEqual(minimum[collection])
    }
    expect(countsAfterFirstRun).toMatchObject({ outlets: 5, topics: 7, documents: 1 })
    expect(countsAfterFirstRun.media).toBeGreaterThanOrEqual(8)

    const { docs: articles } = await hub.payload.find({
      collection: 'articles',
      overrideAccess: false,
      depth: 0,
      limit: 100,
    })
    for (const article of articles) {
      expect(article.publishedAt, article.slug ?? '').toBeTruthy()
      expect(article.cover, article.slug ?? '').toBeTruthy()
      expect(article.authors?.length, article.slug ?? '').toBeGreaterThan(0)
      expect(toPlainText(article.body).length, article.slug ?? '').toBeGreaterThan(400)
    }
    const years = new Set(articles.map((a) => new Date(a.publishedAt!).getUTCFullYear()))
    expect([...years].sort()).toEqual([2021, 2022, 2023, 2024, 2025, 2026])
    expect(articles.some((a) => (a.corrections ?? []).length > 0)).toBe(true)
    expect(articles.some((a) => (a.related ?? []).length > 0)).toBe(true)
  })

  it('has TV, newspaper and radio features with their broadcast or print details', async () => {
    const { docs } = await hub.payload.find({
      collection: 'features',
      overrideAccess: false,
      limit: 100,
    })
    const tv = docs.find((doc) => doc.format === 'tv')
    expect(tv).toMatchObject({ youtubeId: expect.stringMatching(/^[\w-]{11}$/) })
    expect(tv?.airDate && tv.durationSeconds && tv.programme).toBeTruthy()
    const print = docs.find((doc) => doc.format === 'newspaper')
    expect(print?.editionDate && print.page).toBeTruthy()
    const radio = docs.find((doc) => doc.format === 'radio')
    expect(radio?.airDate && radio.durationSeconds).toBeTruthy()
  })

  it('has upcoming, past, postponed, cancelled and online-only events', async () => {
    const { docs } = await hub.payload.find({
      collection: 'events',
      overrideAccess: false,
      limit: 100,
    })
    const now = Date.now()
    expect(docs.filter((e) => new Date(e.startsAt).getTime() > now).length).toBeGreaterThanOrEqual(
      3,
    )
    expect(docs.some((e) => new Date(e.endsAt ?? e.startsAt).getTime() < now)).toBe(true)
    expect(docs.map((e) => e.eventStatus)).toEqual(
      expect.arrayContaining(['scheduled', 'postponed', 'cancelled']),
    )
    expect(docs.some((e) => e.onlineUrl && !e.venue?.name)).toBe(true)
    for (const event of docs) {
      expect(event.startsAt_tz).toBe('Asia/Ho_Chi_Minh')
      if (event.endsAt) expect(new Date(event.endsAt) >= new Date(event.startsAt)).toBe(true)
      if (event.venue?.name) expect(event.venue.mapUrl).toMatch(/^https:\/\/www\.google\.com\/maps/)
    }
    // The conference starts at 08:00 Hải Phòng time.
    const conference = docs.find((e) => e.slug?.startsWith('hoi-nghi-tong-ket'))
    expect(
      new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(conference!.startsAt)),
    ).toBe('08:00')
  })

  it('keeps drafts out of anonymous reads', async () => {
    for (const collection of ['articles', 'features'] as const) {
      const drafts = await hub.payload.find({
        collection,
        where: { _status: { equals: 'draft' } },
        overrideAccess: true,
        depth: 0,
      })
      expect(drafts.totalDocs, collection).toBeGreaterThanOrEqual(1)
      const slug = drafts.docs[0].slug!
      const anonymous = await hub.payload.find({
        collection,
        where: { slug: { equals: slug } },
        overrideAccess: false,
        depth: 0,
      })
      expect(anonymous.docs, `${collection}/${slug}`).toHaveLength(0)
    }
  })

  it('returns English translations with locale "en" and keeps the Vietnamese', async () => {
    const read = async (collection: (typeof PUBLIC_CONTENT)[number], slug: string) => {
      const query = { collection, where: { slug: { equals: slug } }, overrideAccess: false }
      const [vi, en] = await Promise.all([
        hub.payload.find({ ...query, locale: 'vi' }),
        hub.payload.find({ ...query, locale: 'en', fallbackLocale: false }),
      ])
      return { vi: vi.docs[0] as { title: string }, en: en.docs[0] as { title: string } }
    }
    const plan = await read('policy-notices', 'ke-hoach-281-kh-ubnd-2020')
    expect(plan.en.title).toBe(
      'Plan for developing the innovative startup ecosystem of Hải Phòng city, 2021–2025',
    )
    expect(plan.vi.title).toMatch(/^Kế hoạch phát triển hệ sinh thái/)
    expect((plan.en as unknown as PolicyNotice).abstract).toMatch(/^Hải Phòng’s plan/)
    expect((plan.en as unknown as PolicyNotice).signer?.position).toBe('Vice Chairman')

    const article = await read(
      'articles',
      'hai-phong-ban-hanh-ke-hoach-phat-trien-he-sinh-thai-khoi-nghiep',
    )
    expect(article.en.title).toMatch(/^Hải Phòng adopts a plan/)
    expect(toPlainText((article.en as unknown as { body: never }).body)).toContain(
      'Targets for 2025',
    )
    expect(article.vi.title).toMatch(/^Hải Phòng ban hành kế hoạch/)

    const event = await read('events', 'hoi-nghi-tong-ket-ke-hoach-281-giai-doan-2021-2025')
    expect(event.en.title).toMatch(/^Review conference/)
    const feature = await read(
      'features',
      'phong-su-khoi-nghiep-doi-moi-sang-tao-tu-ke-hoach-den-hanh-dong',
    )
    expect(feature.en.title).toMatch(/^Report:/)
  })

  it('uploads generated illustrations with alt text in both languages and resized copies', async () => {
    const [vi, en] = await Promise.all([
      hub.payload.find({ collection: 'media', overrideAccess: false, limit: 100 }),
      hub.payload.find({
        collection: 'media',
        overrideAccess: false,
        limit: 100,
        locale: 'en',
        fallbackLocale: false,
      }),
    ])
    expect(vi.docs.length).toBeGreaterThanOrEqual(8)
    for (const [index, media] of vi.docs.entries()) {
      expect(media.alt.length, media.filename ?? '').toBeGreaterThan(30)
      expect(en.docs[index].alt, media.filename ?? '').toBeTruthy()
      expect(en.docs[index].alt).not.toBe(media.alt)
      expect(media).toMatchObject({ width: 1600, height: 900, mimeType: 'image/webp' })
      expect(media.sizes?.thumbnail).toMatchObject({ width: 400, height: 300 })
      expect(media.sizes?.card).toMatchObject({ width: 800, height: 450 })
      await expect(
        fs.stat(path.join(hub.dir, 'media', media.sizes!.card!.filename!)),
      ).resolves.toBeTruthy()
    }
  })

  it('writes rich text that the Lexical editor loads and exports unchanged', async () => {
    const editorConfig = await editorConfigFactory.default({ config: hub.payload.config })
    const editor = createHeadlessEditor({
      nodes: getEnabledNodes({ editorConfig }),
      onError: (error) => {
        throw error
      },
    })
    const bodies: unknown[] = []
    for (const collection of ['articles', 'features', 'events'] as const) {
      const { docs } = await hub.payload.find({ collection, overrideAccess: true, limit: 100 })
      bodies.push(...docs.map((doc) => doc.body))
    }
    const { docs: notices } = await hub.payload.find({
      collection: 'policy-notices',
      overrideAccess: true,
    })
    bodies.push(...notices.map((doc) => doc.fullText).filter(Boolean))
    expect(bodies.length).toBeGreaterThan(20)
    for (const body of bodies) {
      const state = editor.parseEditorState(body as never)
      expect(JSON.parse(JSON.stringify(state.toJSON()))).toEqual(body)
    }
  })

  it('creates one demo account per role whose password works', async () => {
    expect(first.password).toEqual(expect.any(String))
    expect(first.password!.length).toBeGreaterThanOrEqual(16)
    expect(first.accounts.map((a) => a.role).sort()).toEqual(
      ['admin', 'chief', 'contributor', 'editor', 'editor'].sort(),
    )
    for (const account of first.accounts) {
      expect(account.email).toMatch(/@hub\.example$/)
      const { user, token } = await hub.payload.login({
        collection: 'users',
        data: { email: account.email, password: first.password! },
      })
      expect(token).toBeTruthy()
      expect(user).toMatchObject({ role: account.role, name: account.name })
      if (account.role === 'editor' || account.role === 'contributor') {
        expect(user?.outlet, account.email).toBeTruthy()
      }
    }
  })

  it('fills the portal’s globals from the plan and sample contacts, in both languages', async () => {
    const { payload } = hub
    const vi = await payload.findGlobal({ slug: 'programme', locale: 'vi', depth: 0 })
    const en = await payload.findGlobal({
      slug: 'programme',
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
    })
    expect(vi.leadAgency?.name).toBe('Sở Khoa học và Công nghệ thành phố Hải Phòng')
    expect(en.leadAgency?.name).toBe('Hải Phòng Department of Science and Technology')
    expect(vi.partners?.map((p) => p.name)).toContain('Báo An ninh Hải Phòng')
    expect(vi.tasks?.[0]?.title).toBe('Truyền thông khởi nghiệp đổi mới sáng tạo')
    expect(en.tasks?.[0]?.title).toBe('Startup communications')
    // Not in the plan: sample contacts, in both languages where they are words.
    expect(vi.leadAgency?.email).toMatch(/@haiphong\.gov\.vn$/)
    expect(vi.leadAgency?.responsible?.position).toMatch(/^Phó Giám đốc/)
    expect(en.leadAgency?.responsible?.position).toMatch(/^Deputy Director/)
    expect(en.leadAgency?.contactOfficer?.email).toBe(vi.leadAgency?.contactOfficer?.email)
    const information = await payload.findGlobal({
      slug: 'public-information',
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
    })
    expect(information.items?.map((i) => i.location)).toContain('/van-ban/')
    expect(information.items?.every((i) => i.title && !/[ăâđêôơư]/i.test(i.title))).toBe(true)
    const procedures = await payload.findGlobal({
      slug: 'startup-procedures',
      locale: 'vi',
      depth: 0,
    })
    expect(procedures.procedures?.[0]).toMatchObject({
      name: 'Đăng ký thành lập doanh nghiệp',
      nationalUrl: 'https://dichvucong.gov.vn',
    })
    const links = await payload.findGlobal({ slug: 'portal-links', locale: 'en', depth: 0 })
    expect(links.links?.map((l) => l.url)).toEqual([
      'https://startup.gov.vn',
      'https://haiphong.gov.vn',
      'https://vbpl.vn',
    ])
  })

  it('creates the illustrative directory and plan 281 as a programme, readable by the public', async () => {
    const read = async <C extends 'startups' | 'people' | 'support-organizations'>(collection: C) =>
      (
        await hub.payload.find({
          collection,
          overrideAccess: false,
          pagination: false,
          depth: 0,
        })
      ).docs
    const [startups, people, organizations] = await Promise.all([
      read('startups'),
      read('people'),
      read('support-organizations'),
    ])
    expect(startups).toHaveLength(30)
    expect(people).toHaveLength(20)
    expect(organizations).toHaveLength(6)
    expect(new Set(startups.map((s) => s.sector)).size).toBeGreaterThanOrEqual(8)
    expect(new Set(startups.map((s) => s.stage)).size).toBe(4)
    const years = startups.flatMap((s) => (s.supportRecords ?? []).map((r) => r.year))
    expect(new Set(years)).toEqual(new Set([2020, 2021, 2022, 2023, 2024, 2025]))
    expect(startups.some((s) => (s.fundingRounds ?? []).length > 0)).toBe(true)
    // Contact details only for the two people who opted in; consent records never public.
    expect(people.filter((p) => p.email).map((p) => p.contactPublic)).toEqual([true, true])
    expect(people.every((p) => p.consent === undefined)).toBe(true)

    const { docs } = await hub.payload.find({
      collection: 'programmes',
      overrideAccess: false,
      depth: 1,
    })
    expect(docs).toHaveLength(1)
    const plan = docs[0]
    expect(plan).toMatchObject({
      code: '281/KH-UBND',
      status: 'finished',
      periodStart: 2021,
      periodEnd: 2025,
    })
    expect((plan.legalText as PolicyNotice).documentNumber).toBe('281/KH-UBND')
    expect(plan.targets?.map((t) => [t.measure, t.minimum, t.maximum ?? null])).toEqual([
      ['supportedProjects', 300, null],
      ['serviceSupported', 150, 200],
      ['directSupported', 50, null],
      ['directWithFundingShare', 20, null],
      ['centresDeveloped', 5, 6],
      ['networkPeople', 150, 200],
      ['manual', 1, null],
    ])

    const article = await hub.payload.find({
      collection: 'articles',
      where: { slug: { equals: 'mang-luoi-150-200-co-van-nha-dau-tu' } },
      overrideAccess: false,
      depth: 0,
    })
    expect(article.docs[0].mentions).toHaveLength(4)
  })

  it('creates nothing when run again', async () => {
    const logged: string[] = []
    const second = await seedDemoContent(hub.payload, { log: (msg) => logged.push(msg) })
    expect(second.created).toBe(0)
    expect(second.skipped).toBe(first.created + first.skipped)
    expect(second.password).toBeNull()
    expect(await countAll()).toEqual(countsAfterFirstRun)
    // Nothing was updated either: the translation and related-items passes wrote nothing.
    expect(logged).toEqual([])
  })

  it('recreates only a missing account, with the password it is given', async () => {
    const email = 'ctv.thp@hub.example'
    await hub.payload.delete({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
    const password = `thu-${randomBytes(12).toString('hex')}`
    const third = await seedDemoContent(hub.payload, { password })
    expect(third.created).toBe(1)
    expect(third.password).toBe(password)
    const { user } = await hub.payload.login({ collection: 'users', data: { email, password } })
    expect(user?.role).toBe('contributor')
  })
})
