import type { CardData } from './types'

/**
 * One realistic card of each type and language, built around plan 281/KH-UBND (its number,
 * issuing body, date and its target of 300 supported projects by 2025). Used by the golden
 * image tests and the card benchmark; handy for previewing a template change.
 */
export const SAMPLE_CARDS = {
  article: {
    type: 'article',
    locale: 'vi',
    timeZone: 'Asia/Ho_Chi_Minh',
    title: 'Hải Phòng đặt mục tiêu hỗ trợ 300 dự án khởi nghiệp đổi mới sáng tạo đến năm 2025',
    topic: 'Hệ sinh thái khởi nghiệp',
    outlet: 'Báo Hải Phòng',
    publishedAt: '2025-03-14T03:30:00.000Z',
  },
  feature: {
    type: 'feature',
    locale: 'vi',
    timeZone: 'Asia/Ho_Chi_Minh',
    format: 'tv',
    title: 'Những người trẻ đưa công nghệ số vào nghề cá ở Cát Hải',
    programme: 'Khởi nghiệp cùng THP',
    airDate: '2025-03-15T13:00:00.000Z',
    outlet: 'Đài Phát thanh và Truyền hình Hải Phòng',
  },
  policyNotice: {
    type: 'policy-notice',
    locale: 'vi',
    title:
      'Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021 - 2025',
    timeZone: 'Asia/Ho_Chi_Minh',
    documentTypeLabel: 'Kế hoạch',
    documentNumber: '281/KH-UBND',
    issuingBody: 'Ủy ban nhân dân thành phố Hải Phòng',
    abstract:
      'Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021 - 2025',
    // 10/12/2020, midnight in Hải Phòng.
    issueDate: '2020-12-09T17:00:00.000Z',
  },
  event: {
    type: 'event',
    locale: 'vi',
    timeZone: 'Asia/Ho_Chi_Minh',
    title: 'Ngày hội Khởi nghiệp đổi mới sáng tạo Hải Phòng – Techfest 2025',
    startsAt: '2025-03-15T02:00:00.000Z',
    endsAt: '2025-03-15T10:30:00.000Z',
    venue: 'Trung tâm Hội nghị thành phố, số 18 Minh Khai, Hồng Bàng',
    organiser: 'Sở Khoa học và Công nghệ Hải Phòng',
    status: 'scheduled',
  },
} as const satisfies Record<string, CardData>

/** The same four cards in English. */
export const SAMPLE_CARDS_EN = {
  article: {
    ...SAMPLE_CARDS.article,
    locale: 'en',
    title: 'Hải Phòng aims to support 300 innovative startup projects by 2025',
    topic: 'Startup ecosystem',
  },
  feature: {
    ...SAMPLE_CARDS.feature,
    locale: 'en',
    title: 'The young people bringing digital tools to the fishing fleet of Cát Hải',
  },
  policyNotice: {
    ...SAMPLE_CARDS.policyNotice,
    locale: 'en',
    documentTypeLabel: 'Plan',
    abstract: 'Developing the innovative startup ecosystem of Hải Phòng city, 2021 - 2025',
  },
  event: {
    ...SAMPLE_CARDS.event,
    locale: 'en',
    title: 'Hải Phòng Innovative Startup Day – Techfest 2025',
  },
} as const satisfies Record<string, CardData>
