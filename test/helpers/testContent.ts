import type { Payload } from 'payload'

import { link, paragraph, richText } from '@cms/seed/lexical'
import { makeImage, makeOutlet } from './factories'

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
}

export async function addTestContent(payload: Payload): Promise<TestContent> {
  const hostileSlug = await addListingAndHostileContent(payload)
  const officialSource = await addOfficialSources(payload)
  return { hostileSlug, officialSource, ...(await addPreviewContent(payload)) }
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
