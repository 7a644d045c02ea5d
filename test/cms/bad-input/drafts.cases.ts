import type { BadInputCase, CaseFile } from './cases'

/**
 * Drafts keep their limits (issue 13): Payload skips field validation on draft saves, and
 * `enforceLimitsOnDrafts` puts back everything but completeness. Every row saves a draft —
 * `?draft=true`, or an autosave — that only a limit, a range or a format makes wrong.
 */

const LONG_TITLE = 'Khởi nghiệp đổi mới sáng tạo Hải Phòng '.repeat(52).slice(0, 2000)
const tooLong = (max: number) => 'Hải Phòng khởi nghiệp. '.repeat(Math.ceil((max + 1) / 23)).trim()

const maxLength = (max: number) => ({
  vi: new RegExp(`ngắn hơn hoặc bằng ${max} ký tự`),
  en: new RegExp(`shorter than the max length of ${max} characters`),
})
const notADate = { vi: /không phải là một ngày/, en: /is not a valid date/ }
const invalidSelection = { vi: /Lựa chọn ở field này không hợp lệ/, en: /invalid selection/ }

const feature = (data: Record<string, unknown>) => ({
  title: 'Phóng sự: Vườn ươm khởi nghiệp',
  format: 'tv',
  ...data,
})
const notice = (data: Record<string, unknown>) => ({
  title: 'Kế hoạch hỗ trợ khởi nghiệp',
  documentNumber: '12/KH-UBND',
  issuingBody: 'Ủy ban nhân dân thành phố Hải Phòng',
  ...data,
})
const event = (data: Record<string, unknown>) => ({
  title: 'Ngày hội khởi nghiệp Hải Phòng',
  startsAt: '2026-12-10T08:00:00.000Z',
  ...data,
})

export const cases: BadInputCase[] = [
  {
    name: 'a draft article with a 2,000-character title',
    as: 'chief',
    send: { method: 'POST', path: '/api/articles?draft=true', body: { title: LONG_TITLE } },
    status: 400,
    field: 'title',
    says: maxLength(300),
  },
  {
    name: 'a draft article whose standfirst is over 600 characters',
    as: 'editor',
    send: {
      method: 'POST',
      path: '/api/articles?draft=true',
      body: { title: 'Tin ngắn', sapo: tooLong(600) },
    },
    status: 400,
    field: 'sapo',
    says: maxLength(600),
  },
  {
    name: 'an autosave that makes a draft article’s title 2,000 characters long',
    as: 'chief',
    send: ({ fixtures }) => ({
      method: 'PATCH',
      path: `/api/articles/${fixtures['drafts.article']}?draft=true&autosave=true`,
      body: { title: LONG_TITLE },
    }),
    status: 400,
    field: 'title',
    says: maxLength(300),
  },
  {
    name: 'a draft over a published article with a correction dated "hôm qua"',
    as: 'chief',
    send: ({ fixtures }) => ({
      method: 'PATCH',
      path: `/api/articles/${fixtures['drafts.published']}?draft=true`,
      body: { corrections: [{ date: 'hôm qua', note: 'Sửa tên diễn giả.' }] },
    }),
    status: 400,
    field: 'corrections.0.date',
    says: notADate,
  },
  {
    name: 'a draft TV feature lasting −5 seconds',
    as: 'chief',
    send: {
      method: 'POST',
      path: '/api/features?draft=true',
      body: feature({ durationSeconds: -5 }),
    },
    status: 400,
    field: 'durationSeconds',
    says: { vi: /nhỏ hơn giá trị tối thiểu .* là 1/, en: /less than the min allowed .* of 1/ },
  },
  {
    name: 'a draft radio feature lasting more than a day',
    as: 'chief',
    send: {
      method: 'POST',
      path: '/api/features?draft=true',
      body: feature({ format: 'radio', durationSeconds: 90000 }),
    },
    status: 400,
    field: 'durationSeconds',
    says: {
      vi: /lớn hơn giá trị tối đa .* là 86400/,
      en: /greater than the max allowed .* of 86400/,
    },
  },
  {
    name: 'a draft feature in a format that does not exist',
    as: 'chief',
    send: {
      method: 'POST',
      path: '/api/features?draft=true',
      body: feature({ format: 'podcast' }),
    },
    status: 400,
    field: 'format',
    says: invalidSelection,
  },
  {
    name: 'a draft newspaper feature whose page is 30 characters',
    as: 'chief',
    send: {
      method: 'POST',
      path: '/api/features?draft=true',
      body: feature({ format: 'newspaper', page: 'Trang 3, chuyên mục Khởi nghiệp' }),
    },
    status: 400,
    field: 'page',
    says: maxLength(20),
  },
  {
    name: 'a draft policy notice whose issuing body is over 200 characters',
    as: 'chief',
    send: {
      method: 'POST',
      path: '/api/policy-notices?draft=true',
      body: notice({ issuingBody: tooLong(200) }),
    },
    status: 400,
    field: 'issuingBody',
    says: maxLength(200),
  },
  {
    name: 'a draft policy notice issued on "31/02/2020"',
    as: 'chief',
    send: {
      method: 'POST',
      path: '/api/policy-notices?draft=true',
      body: notice({ issueDate: '31/02/2020' }),
    },
    status: 400,
    field: 'issueDate',
    says: notADate,
  },
  {
    name: 'a draft policy notice with a relation of a kind that does not exist',
    as: 'chief',
    send: ({ fixtures }) => ({
      method: 'POST',
      path: '/api/policy-notices?draft=true',
      body: notice({ relations: [{ relation: 'cancels', notice: fixtures['drafts.notice'] }] }),
    }),
    status: 400,
    field: 'relations.0.relation',
    says: invalidSelection,
  },
  {
    name: 'a draft event whose summary is over 600 characters',
    as: 'chief',
    send: {
      method: 'POST',
      path: '/api/events?draft=true',
      body: event({ summary: tooLong(600) }),
    },
    status: 400,
    field: 'summary',
    says: maxLength(600),
  },
  {
    name: 'a draft event edited to end at "tối mai"',
    as: 'chief',
    send: ({ fixtures }) => ({
      method: 'PATCH',
      path: `/api/events/${fixtures['drafts.event']}?draft=true`,
      body: { endsAt: 'tối mai' },
    }),
    status: 400,
    field: 'endsAt',
    says: notADate,
  },
  {
    name: 'a draft event whose online link is javascript:',
    as: 'chief',
    send: {
      method: 'POST',
      path: '/api/events?draft=true',
      body: event({ onlineUrl: 'javascript:alert(1)' }),
    },
    status: 400,
    field: 'onlineUrl',
    says: { vi: /https:\/\//, en: /starting with https:\/\// },
  },
]

/** What the edits start from: drafts and a published article, made as the system. */
export const setup: CaseFile['setup'] = async ({ payload, newsroom }) => {
  const article = await payload.create({
    collection: 'articles',
    draft: true,
    data: { title: 'Bản nháp tin bài', outlet: newsroom.outletA },
  })
  const published = await payload.create({
    collection: 'articles',
    data: { title: 'Tin đã đăng', outlet: newsroom.outletA, _status: 'published' },
  })
  const draftEvent = await payload.create({
    collection: 'events',
    draft: true,
    data: { title: 'Sự kiện nháp', startsAt: '2026-12-11T08:00:00.000Z' },
  })
  const target = await payload.create({
    collection: 'policy-notices',
    draft: true,
    data: { title: 'Văn bản căn cứ' },
  })
  return {
    'drafts.article': article.id,
    'drafts.published': published.id,
    'drafts.event': draftEvent.id,
    'drafts.notice': target.id,
  }
}
