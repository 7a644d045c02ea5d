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
