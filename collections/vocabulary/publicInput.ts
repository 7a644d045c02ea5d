/**
 * What the public sends through the portal's forms (Hỏi đáp, Góp ý dự thảo), and the states
 * staff move it through. One list each, used by the admin, the access rules and the site.
 */

/** A question: received, answer written (awaiting the Ban biên tập), public, or turned down. */
export const QUESTION_STATUS_OPTIONS = [
  { value: 'pending', label: { vi: 'Mới nhận', en: 'Received' } },
  {
    value: 'answered',
    label: { vi: 'Đã soạn trả lời, chờ duyệt', en: 'Answer written, awaiting approval' },
  },
  { value: 'published', label: { vi: 'Đã công khai', en: 'Published' } },
  { value: 'rejected', label: { vi: 'Không tiếp nhận', en: 'Rejected' } },
] as const
export type QuestionStatus = (typeof QUESTION_STATUS_OPTIONS)[number]['value']

/** A comment on a draft document: only approved comments are ever counted as accepted input. */
export const COMMENT_STATUS_OPTIONS = [
  { value: 'pending', label: { vi: 'Chờ kiểm duyệt', en: 'Awaiting moderation' } },
  { value: 'approved', label: { vi: 'Đã duyệt', en: 'Approved' } },
  { value: 'rejected', label: { vi: 'Không duyệt', en: 'Rejected' } },
] as const
export type CommentStatus = (typeof COMMENT_STATUS_OPTIONS)[number]['value']

/** The language a person wrote in (the form's page), so the answer goes on that language's pages. */
export const FORM_LANGUAGE_OPTIONS = [
  { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
  { value: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
] as const

/**
 * What a person asks about their personal data (Law 91/2025/QH15, Decree 356/2025/NĐ-CP), and
 * how many days the portal gives itself to act: 15 for a withdrawal of consent and 20 for an
 * erasure (the law's periods, as issue 15 gives them); seeing or correcting one's data and any
 * other request get the erasure's 20 days — the portal's own promise, to be checked against the
 * decree (docs/LEGAL.md).
 */
export const PRIVACY_REQUEST_KIND_OPTIONS = [
  { value: 'withdraw', label: { vi: 'Rút lại sự đồng ý', en: 'Withdraw my consent' }, days: 15 },
  { value: 'access', label: { vi: 'Xem dữ liệu của tôi', en: 'See my data' }, days: 20 },
  { value: 'correct', label: { vi: 'Sửa dữ liệu của tôi', en: 'Correct my data' }, days: 20 },
  { value: 'erase', label: { vi: 'Xoá dữ liệu của tôi', en: 'Erase my data' }, days: 20 },
  { value: 'other', label: { vi: 'Yêu cầu khác', en: 'Something else' }, days: 20 },
] as const
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KIND_OPTIONS)[number]['value']

/** Where staff are with a request; `done` and `refused` need the outcome written down. */
export const PRIVACY_REQUEST_STATUS_OPTIONS = [
  { value: 'pending', label: { vi: 'Mới nhận', en: 'Received' } },
  { value: 'in-progress', label: { vi: 'Đang xử lý', en: 'In progress' } },
  { value: 'done', label: { vi: 'Đã thực hiện', en: 'Done' } },
  { value: 'refused', label: { vi: 'Từ chối (có lý do)', en: 'Refused (with the reason)' } },
] as const
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUS_OPTIONS)[number]['value']
