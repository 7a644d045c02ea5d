import type { Payload } from 'payload'

import { link, paragraph, richText } from '@cms/seed/lexical'
import { consentRecord, makeImage, makeOutlet } from './factories'

/**
 * What the site suites add to the demo content before their one shared build (the test site,
 * test/helpers/demoSite.ts): enough articles to paginate, content that must be neutralised,
 * and the drafts the preview route renders.
 */

export const MALICIOUS_TITLE =
  '<script>alert("tiêu đề")</script> Tin "thử" & <img src=x onerror=alert(1)>'
const EXTRA_ARTICLES = 14

export const DRAFT_TITLE = 'Bản nháp: Hải Phòng mở vườn ươm khởi nghiệp thứ hai'
export const LIVE_TITLE = 'Hải Phòng công bố chương trình hỗ trợ khởi nghiệp'
export const LIVE_DRAFT_TITLE =
  'Hải Phòng công bố chương trình hỗ trợ khởi nghiệp (bản sửa chưa duyệt)'

/** The ids and slugs the suites look their content up by. */
export type TestContent = {
  hostileSlug: string
  /** Two published notices: one linking its official source, one whose stored link is hostile. */
  officialSource: { linked: string; hostile: string }
  draft: { id: number; slug: string }
  liveId: number
  otherDraftId: number
  directory: TestDirectory
}

export async function addTestContent(payload: Payload): Promise<TestContent> {
  const hostileSlug = await addListingAndHostileContent(payload)
  const officialSource = await addOfficialSources(payload)
  const preview = await addPreviewContent(payload)
  return { hostileSlug, officialSource, ...preview, directory: await addDirectory(payload) }
}

/** Enough articles to fill three pages of /tin-tuc/, and one with hostile text. */
async function addListingAndHostileContent(payload: Payload): Promise<string> {
  const outlet = await payload.find({ collection: 'outlets', limit: 1, depth: 0 })
  for (let i = 1; i <= EXTRA_ARTICLES; i++) {
    await payload.create({
      collection: 'articles',
      data: {
        title: `Bản tin khởi nghiệp số ${i}`,
        sapo: `Tin ngắn số ${i} về hoạt động khởi nghiệp.`,
        body: richText(paragraph(`Nội dung bản tin số ${i}.`)),
        outlet: outlet.docs[0].id,
        publishedAt: new Date(Date.UTC(2019, 0, i, 2)).toISOString(),
        _status: 'published',
      },
    })
  }
  const hostile = await payload.create({
    collection: 'articles',
    data: {
      title: 'Tin thử nội dung nguy hiểm',
      sapo: 'Sapo </p><script>alert(2)</script>',
      body: richText(paragraph('Nội dung an toàn.')),
      outlet: outlet.docs[0].id,
      publishedAt: new Date(Date.UTC(2018, 5, 1)).toISOString(),
      _status: 'published',
    },
  })
  // The CMS refuses javascript: links on save; this article stands for content that reached the
  // database another way (an import, an older version), which the site must still neutralise.
  await payload.db.updateOne({
    collection: 'articles',
    id: hostile.id,
    data: {
      title: { vi: MALICIOUS_TITLE },
      sapo: { vi: 'Sapo </p><script>alert(2)</script>' },
      body: {
        vi: richText(
          paragraph('Bấm ', link('vào đây', 'javascript:alert(document.cookie)'), ' để xem.'),
          paragraph('Hoặc ', link('tải về', 'data:text/html;base64,PHNjcmlwdD4='), '.'),
          paragraph('Nguồn: ', link('Cổng thành phố', 'https://haiphong.gov.vn/')),
        ),
      },
    } as never,
  })
  return hostile.slug!
}

export const OFFICIAL_SOURCE_URL = 'https://vbpl.vn/tw/Pages/vbpq-toanvan.aspx?ItemID=1'

/**
 * An official source on two published demo notices: an https address saved through the CMS,
 * and a javascript: link written straight to the database (the CMS refuses it on save), which
 * the site must not print as a link.
 */
async function addOfficialSources(payload: Payload): Promise<TestContent['officialSource']> {
  const notices = await payload.find({
    collection: 'policy-notices',
    where: { _status: { equals: 'published' } },
    sort: 'documentNumber',
    limit: 2,
    depth: 0,
  })
  const [linked, hostile] = notices.docs
  if (!linked || !hostile) throw new Error('The demo content has fewer than two published notices')
  await payload.update({
    collection: 'policy-notices',
    id: linked.id,
    data: { officialSource: OFFICIAL_SOURCE_URL, _status: 'published' },
  })
  await payload.db.updateOne({
    collection: 'policy-notices',
    id: hostile.id,
    data: { officialSource: 'javascript:alert(document.domain)' } as never,
  })
  return { linked: linked.slug!, hostile: hostile.slug! }
}

/** A live article with a newer unpublished version, a draft with a cover, another draft. */
async function addPreviewContent(payload: Payload) {
  const outlet = (await makeOutlet(payload)).id
  const cover = await makeImage(payload, 'Ảnh bìa bản nháp')
  const live = await payload.create({
    collection: 'articles',
    data: {
      title: LIVE_TITLE,
      sapo: 'Chương trình đã được duyệt và đăng.',
      body: richText(paragraph('Nội dung đã đăng.')),
      outlet,
      _status: 'published',
    },
  })
  const liveId = live.id
  // A newer, unpublished version of a live article: the public page keeps the published text.
  await payload.update({
    collection: 'articles',
    id: live.id,
    draft: true,
    data: { title: LIVE_DRAFT_TITLE },
  })
  const created = await payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title: DRAFT_TITLE,
      sapo: 'Tin chưa duyệt, chỉ người có liên kết xem trước mới đọc được.',
      body: richText(
        paragraph('Đoạn nội dung riêng của bản nháp.'),
        paragraph('Xem thêm ', link('cổng thành phố', 'https://haiphong.gov.vn/'), '.'),
      ),
      cover: cover.id,
      outlet,
      _status: 'draft',
    },
  })
  const draft = { id: created.id, slug: created.slug! }
  const other = await payload.create({
    collection: 'articles',
    draft: true,
    data: { title: 'Một bản nháp khác', outlet, _status: 'draft' },
  })
  const otherDraftId = other.id
  return { draft, liveId, otherDraftId }
}

/** A founder who never consented to be named: their name must appear on no page. */
export const HIDDEN_FOUNDER = 'Trần Thị Kín Tên'
/** A founder who consented to be named, but not to a public contact. */
export const NAMED_FOUNDER = 'Nguyễn Văn Công Khai'
export const HIDDEN_FOUNDER_EMAIL = 'kin.ten@example.com'
export const NAMED_FOUNDER_EMAIL = 'cong.khai@example.com'
export const PERSON_PRIVATE_EMAIL = 'co.van.rieng@example.com'
/** A person whose profile was drafted but who never consented to publishing it. */
export const UNCONSENTED_PERSON = 'Đinh Chưa Đồng Ý'
export const UNCONSENTED_PERSON_EMAIL = 'chua.dong.y@example.com'

export type TestDirectory = {
  startup: string
  person: string
  /** A person published without consent to a public contact (their e-mail must not appear). */
  quietPerson: string
  organisation: string
  /** The article that mentions the startup and the person. */
  article: string
}

/**
 * The directory pages' own profiles (not the demo seed's): a support centre, a mentor and
 * investor with a public contact, a mentor without one, and a startup with a named founder, a
 * founder without consent, a support record and a funding round; an article mentions the
 * startup and the mentor. Written as the system (the department's rights are tested in
 * test/cms/directory.test.ts).
 */
async function addDirectory(payload: Payload): Promise<TestDirectory> {
  const published = { _status: 'published' as const }
  const english = async (
    collection: 'startups' | 'people' | 'support-organizations',
    id: number,
    data: Record<string, unknown>,
  ) => payload.update({ collection, id, locale: 'en', data: { ...data, ...published } as never })
  const organisation = await payload.create({
    collection: 'support-organizations',
    data: {
      name: 'Trung tâm Hỗ trợ Khởi nghiệp Thử nghiệm',
      kinds: ['support-centre'],
      model: 'public-private',
      summary: 'Trung tâm thử nghiệm hỗ trợ dự án khởi nghiệp.',
      foundedYear: 2019,
      upgradedYear: 2023,
      address: '1 Đường Thử, Hải An',
      district: 'hai-an',
      email: 'trungtam@example.com',
      ...published,
    },
  })
  await english('support-organizations', organisation.id, {
    name: organisation.name,
    summary: 'A test centre supporting startups.',
  })
  const person = await payload.create({
    collection: 'people',
    data: {
      name: 'Phạm Cố Vấn Thử',
      roles: ['mentor', 'investor'],
      organisation: 'Quỹ Thử nghiệm',
      position: 'Giám đốc',
      reach: 'domestic',
      expertise: ['logistics'],
      email: 'co.van@example.com',
      consent: consentRecord(['profile', 'public-contact']),
      ...published,
    },
  })
  await english('people', person.id, { organisation: 'Test Fund', position: 'Director' })
  const quiet = await payload.create({
    collection: 'people',
    data: {
      name: 'Lê Chuyên Gia Kín',
      roles: ['expert'],
      organisation: 'Viện Thử nghiệm',
      email: PERSON_PRIVATE_EMAIL,
      phone: '0912 000 111',
      consent: consentRecord(['profile']),
      ...published,
    },
  })
  // A draft without consent: kept in the CMS, on no page and in no data file.
  await payload.create({
    collection: 'people',
    draft: true,
    data: {
      name: UNCONSENTED_PERSON,
      roles: ['mentor'],
      organisation: 'Công ty Chưa Công Bố',
      email: UNCONSENTED_PERSON_EMAIL,
      _status: 'draft',
    },
  })
  const startup = await payload.create({
    collection: 'startups',
    data: {
      name: 'Cảng Xanh Thử Nghiệm',
      summary: 'Nền tảng điều phối xe container thử nghiệm.',
      sector: 'logistics',
      stage: 'growth',
      district: 'hai-an',
      registrationNumber: '0209999001',
      registrationDate: '2022-03-01T00:00:00.000Z',
      website: 'https://example.com/cang-xanh',
      founders: [
        {
          name: NAMED_FOUNDER,
          role: 'Giám đốc điều hành',
          email: NAMED_FOUNDER_EMAIL,
          consent: consentRecord(['founder-name']),
        },
        { name: HIDDEN_FOUNDER, role: 'Giám đốc công nghệ', email: HIDDEN_FOUNDER_EMAIL },
      ],
      supportRecords: [
        { year: 2023, kind: 'direct', provider: organisation.id, given: 'Ươm tạo 6 tháng' },
      ],
      fundingRounds: [
        { date: '2024-05-01T00:00:00.000Z', amountVnd: 1_500_000_000, investors: [person.id] },
      ],
      ...published,
    },
  })
  await english('startups', startup.id, {
    summary: 'A test platform that dispatches container trucks.',
  })
  const outlet = await payload.find({ collection: 'outlets', limit: 1, depth: 0 })
  const article = await payload.create({
    collection: 'articles',
    data: {
      title: 'Cảng Xanh Thử Nghiệm gọi vốn thành công',
      sapo: 'Dự án logistics nhận vốn từ nhà đầu tư trong mạng lưới.',
      body: richText(paragraph('Nội dung bài viết về dự án.')),
      outlet: outlet.docs[0].id,
      mentions: [
        { relationTo: 'startups', value: startup.id },
        { relationTo: 'people', value: person.id },
      ],
      ...published,
    },
  })
  return {
    startup: startup.slug!,
    person: person.slug!,
    quietPerson: quiet.slug!,
    organisation: organisation.slug!,
    article: article.slug!,
  }
}
