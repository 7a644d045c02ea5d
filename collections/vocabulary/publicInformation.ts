/**
 * Law 104/2016/QH13 on Access to Information, Article 19(1): what a state agency must publish
 * on its portal. The points are the law's (a–h); the labels summarise them. The public-information
 * list (`public-information` global) says which point each row answers.
 */
export const DISCLOSURE_POINT_OPTIONS = [
  {
    value: 'a',
    label: {
      vi: 'Điểm a — văn bản quy phạm pháp luật, thủ tục hành chính, quy trình giải quyết công việc',
      en: 'Point (a) — legal documents, administrative procedures and how matters are handled',
    },
  },
  {
    value: 'b',
    label: {
      vi: 'Điểm b — phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách',
      en: 'Point (b) — explaining and guiding the law, rules and policies',
    },
  },
  {
    value: 'c',
    label: {
      vi: 'Điểm c — chiến lược, chương trình, dự án, đề án, kế hoạch và kết quả thực hiện',
      en: 'Point (c) — strategies, programmes, projects, plans and their results',
    },
  },
  {
    value: 'd',
    label: {
      vi: 'Điểm d — đầu tư công, mua sắm công',
      en: 'Point (d) — public investment and procurement',
    },
  },
  {
    // ASCII, as values end up in GraphQL enum names; the label carries the letter đ.
    value: 'dd',
    label: {
      vi: 'Điểm đ — chức năng, nhiệm vụ, cơ cấu tổ chức; địa chỉ liên hệ, đầu mối tiếp nhận yêu cầu cung cấp thông tin',
      en: 'Point (đ) — functions, organisation; contact details and the contact for information requests',
    },
  },
  {
    value: 'e',
    label: {
      vi: 'Điểm e — báo cáo tài chính năm, thống kê, chương trình và đề tài khoa học',
      en: 'Point (e) — annual financial reports, statistics, science programmes and projects',
    },
  },
  {
    value: 'g',
    label: {
      vi: 'Điểm g — danh mục thông tin phải được công khai',
      en: 'Point (g) — the list of information to be published',
    },
  },
  {
    value: 'h',
    label: {
      vi: 'Điểm h — thông tin vì lợi ích công cộng, sức khỏe của cộng đồng',
      en: 'Point (h) — information in the public interest or for public health',
    },
  },
] as const

export type DisclosurePoint = (typeof DISCLOSURE_POINT_OPTIONS)[number]['value']

/**
 * The point's letter as the law prints it.
 *
 * @example
 * disclosurePointLetter('dd') // 'đ'
 */
export const disclosurePointLetter = (point: DisclosurePoint): string =>
  point === 'dd' ? 'đ' : point

/** How often a kind of information is published or brought up to date (Art. 19(1)(g): "thời điểm"). */
export const DISCLOSURE_FREQUENCY_OPTIONS = [
  {
    value: 'on-issue',
    label: { vi: 'Ngay khi ban hành hoặc có thay đổi', en: 'As soon as issued or changed' },
  },
  { value: 'continuous', label: { vi: 'Thường xuyên, liên tục', en: 'Continuously' } },
  { value: 'monthly', label: { vi: 'Hằng tháng', en: 'Monthly' } },
  { value: 'quarterly', label: { vi: 'Hằng quý', en: 'Quarterly' } },
  { value: 'yearly', label: { vi: 'Hằng năm', en: 'Yearly' } },
] as const

export type DisclosureFrequency = (typeof DISCLOSURE_FREQUENCY_OPTIONS)[number]['value']
