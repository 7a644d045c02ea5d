import { removeInvisibleCharacters } from '@channels/text'

import { PRIVACY_REQUEST_KIND_OPTIONS, type PrivacyRequestKind } from '../vocabulary/publicInput'
import type { Message } from './messages'

/**
 * The rules of the portal's two public forms (Hỏi đáp: `questions`, Góp ý dự thảo:
 * `consultation-comments`), shared by the CMS (the collections refuse anything else from the
 * public) and the site's form route (which checks first, to answer beside each field).
 */

/** The only fields a member of the public sets; everything else is staff's. */
export const QUESTION_FORM_FIELDS = ['name', 'email', 'topic', 'question', 'language'] as const
export const COMMENT_FORM_FIELDS = ['name', 'email', 'notice', 'comment', 'language'] as const
export const PRIVACY_REQUEST_FORM_FIELDS = [
  'kind',
  'name',
  'email',
  'profileUrl',
  'message',
  'language',
] as const

export const FORM_LIMITS = {
  name: { min: 2, max: 100 },
  email: { max: 254 },
  question: { min: 15, max: 2000 },
  comment: { min: 10, max: 5000 },
  message: { min: 10, max: 3000 },
  profileUrl: { max: 500 },
} as const

/**
 * How many submissions one e-mail address may make in an hour (counted in the database, so a
 * restart or a second server does not reset it). The address limit is the live server's.
 */
export const PER_EMAIL_LIMIT = { count: 3, windowMs: 60 * 60_000 }

/** A plain e-mail address: no spaces, no line breaks, no display name, one @. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/

export const FORM_MESSAGES = {
  nameMissing: { vi: 'Vui lòng nhập họ và tên.', en: 'Please enter your name.' },
  nameLength: {
    vi: `Họ và tên cần từ ${FORM_LIMITS.name.min} đến ${FORM_LIMITS.name.max} ký tự.`,
    en: `Your name must be ${FORM_LIMITS.name.min} to ${FORM_LIMITS.name.max} characters long.`,
  },
  emailMissing: {
    vi: 'Vui lòng nhập địa chỉ e-mail để nhận trả lời.',
    en: 'Please enter the e-mail address for the reply.',
  },
  emailInvalid: {
    vi: 'Địa chỉ e-mail không hợp lệ (ví dụ: ten@example.vn).',
    en: 'This e-mail address is not valid (for example: name@example.com).',
  },
  topicMissing: { vi: 'Vui lòng chọn lĩnh vực của câu hỏi.', en: 'Please choose a topic.' },
  questionMissing: { vi: 'Vui lòng nhập câu hỏi.', en: 'Please write your question.' },
  questionLength: {
    vi: `Câu hỏi cần từ ${FORM_LIMITS.question.min} đến ${FORM_LIMITS.question.max} ký tự.`,
    en: `The question must be ${FORM_LIMITS.question.min} to ${FORM_LIMITS.question.max} characters long.`,
  },
  commentMissing: { vi: 'Vui lòng nhập ý kiến góp ý.', en: 'Please write your comment.' },
  commentLength: {
    vi: `Ý kiến cần từ ${FORM_LIMITS.comment.min} đến ${FORM_LIMITS.comment.max} ký tự.`,
    en: `The comment must be ${FORM_LIMITS.comment.min} to ${FORM_LIMITS.comment.max} characters long.`,
  },
  noticeMissing: {
    vi: 'Không tìm thấy dự thảo đang lấy ý kiến này.',
    en: 'This draft is not open for comment.',
  },
  consentMissing: {
    vi: 'Vui lòng xác nhận bạn đã đọc thông báo xử lý dữ liệu cá nhân.',
    en: 'Please confirm that you have read the personal data notice.',
  },
  kindMissing: {
    vi: 'Vui lòng chọn loại yêu cầu.',
    en: 'Please choose what you are asking for.',
  },
  messageMissing: {
    vi: 'Vui lòng mô tả yêu cầu của bạn.',
    en: 'Please describe your request.',
  },
  messageLength: {
    vi: `Nội dung yêu cầu cần từ ${FORM_LIMITS.message.min} đến ${FORM_LIMITS.message.max} ký tự.`,
    en: `The request must be ${FORM_LIMITS.message.min} to ${FORM_LIMITS.message.max} characters long.`,
  },
  profileUrlInvalid: {
    vi: 'Địa chỉ hồ sơ phải là một trang của Cổng thông tin (bắt đầu bằng http:// hoặc https://), hoặc để trống.',
    en: 'The profile address must be a page of the portal (starting with http:// or https://), or left empty.',
  },
  outcomeMissing: {
    vi: 'Ghi lại việc đã làm (hoặc lý do từ chối) trước khi đóng yêu cầu.',
    en: 'Record what was done (or why it was refused) before closing the request.',
  },
  closed: {
    vi: 'Dự thảo này đã hết thời hạn lấy ý kiến; góp ý không còn được tiếp nhận.',
    en: 'The comment period for this draft has closed; comments are no longer accepted.',
  },
  notYetOpen: {
    vi: 'Dự thảo này chưa mở lấy ý kiến.',
    en: 'This draft is not open for comment yet.',
  },
  formOnly: {
    vi: 'Câu hỏi và góp ý của người dân chỉ được gửi qua biểu mẫu trên cổng thông tin.',
    en: 'Questions and comments from the public are accepted only through the forms on the portal.',
  },
  staffFields: {
    vi: 'Người gửi không được đặt trạng thái, câu trả lời hay các trường của cán bộ.',
    en: 'A sender may not set the status, the answer or any other staff field.',
  },
  tooManyForEmail: {
    vi: 'Địa chỉ e-mail này đã gửi nhiều lần trong một giờ qua. Vui lòng thử lại sau.',
    en: 'This e-mail address has sent several times in the past hour. Please try again later.',
  },
  publishNeedsAnswer: {
    vi: 'Cần có câu trả lời và đơn vị trả lời trước khi công khai.',
    en: 'An answer and the answering unit are needed before publishing.',
  },
  onlyChiefPublishes: {
    vi: 'Chỉ Ban biên tập hoặc Quản trị được công khai, từ chối câu hỏi hay duyệt góp ý.',
    en: 'Only the editor-in-chief or an administrator may publish, reject or approve public input.',
  },
} satisfies Record<string, Message>

export type FormMessageKey = keyof typeof FORM_MESSAGES

/**
 * Text as a person typed it, made safe to store: NFC, no invisible or control characters
 * (line breaks kept only in multi-line fields), no markup tags, trimmed.
 *
 * @example
 * cleanFormText('  <b>Nguyễn</b>\r\nBcc: x@y.vn ') // 'Nguyễn Bcc: x@y.vn'
 */
export function cleanFormText(value: unknown, { multiline = false } = {}): string {
  const text = typeof value === 'string' ? value : ''
  const cleaned = removeInvisibleCharacters(text.normalize('NFC'), { multiline })
    .replace(/<\/?[a-zA-Z!?][^<>]*>/g, '')
    .replace(multiline ? /[ \t]+/g : /\s+/g, ' ')
  return (multiline ? cleaned.replace(/\n{3,}/g, '\n\n') : cleaned).trim()
}

/**
 * An e-mail address to store and to write into a message header: refused (null) rather than
 * repaired when it holds a line break or anything else a header could be split on.
 *
 * @example
 * cleanEmail('ban@example.vn') // 'ban@example.vn'
 * cleanEmail('ban@example.vn\r\nBcc: x@y.vn') // null
 */
export function cleanEmail(value: unknown): string | null {
  const text = typeof value === 'string' ? value.normalize('NFC').trim() : ''
  if (!text || text.length > FORM_LIMITS.email.max || !EMAIL.test(text)) return null
  return text.toLowerCase()
}

export type FormProblems = Partial<Record<string, FormMessageKey>>

const lengthProblem = (
  text: string,
  { min, max }: { min: number; max: number },
  missing: FormMessageKey,
  length: FormMessageKey,
): FormMessageKey | undefined =>
  !text ? missing : [...text].length < min || [...text].length > max ? length : undefined

/** The name and e-mail both forms ask for. */
export function checkSender(raw: Record<string, unknown>) {
  const name = cleanFormText(raw.name)
  const email = cleanEmail(raw.email)
  const problems: FormProblems = {}
  const nameProblem = lengthProblem(name, FORM_LIMITS.name, 'nameMissing', 'nameLength')
  if (nameProblem) problems.name = nameProblem
  if (!email) problems.email = String(raw.email ?? '').trim() ? 'emailInvalid' : 'emailMissing'
  return { name, email: email ?? '', problems }
}

/**
 * A submitted question, cleaned, and the problem of each field (none: ready to store).
 *
 * @example
 * checkQuestion({ name: 'An', email: 'an@x.vn', topic: '2', question: '…', consent: 'yes' }).problems // {}
 */
export function checkQuestion(raw: Record<string, unknown>) {
  const sender = checkSender(raw)
  const question = cleanFormText(raw.question, { multiline: true })
  const topic = /^\d{1,9}$/.test(String(raw.topic ?? '')) ? Number(raw.topic) : null
  const problems: FormProblems = { ...sender.problems }
  if (topic === null) problems.topic = 'topicMissing'
  const questionProblem = lengthProblem(
    question,
    FORM_LIMITS.question,
    'questionMissing',
    'questionLength',
  )
  if (questionProblem) problems.question = questionProblem
  if (!raw.consent) problems.consent = 'consentMissing'
  return { values: { name: sender.name, email: sender.email, topic, question }, problems }
}

/** A submitted comment on a draft, cleaned, with the problem of each field. */
export function checkComment(raw: Record<string, unknown>) {
  const sender = checkSender(raw)
  const comment = cleanFormText(raw.comment, { multiline: true })
  const notice = /^\d{1,9}$/.test(String(raw.notice ?? '')) ? Number(raw.notice) : null
  const problems: FormProblems = { ...sender.problems }
  if (notice === null) problems.notice = 'noticeMissing'
  const commentProblem = lengthProblem(
    comment,
    FORM_LIMITS.comment,
    'commentMissing',
    'commentLength',
  )
  if (commentProblem) problems.comment = commentProblem
  if (!raw.consent) problems.consent = 'consentMissing'
  return { values: { name: sender.name, email: sender.email, notice, comment }, problems }
}

/** The kinds of request the privacy form offers (collections/vocabulary/publicInput.ts). */
const PRIVACY_KINDS: readonly string[] = PRIVACY_REQUEST_KIND_OPTIONS.map((o) => o.value)

/**
 * The profile a request is about, as typed: empty, or an http(s) address without spaces or
 * markup (what page it is, staff look at; it is never shown or followed by the server).
 */
function cleanProfileUrl(value: unknown): string | null {
  const text = cleanFormText(value)
  if (!text) return ''
  if (text.length > FORM_LIMITS.profileUrl.max || !/^https?:\/\/[^\s<>"]+$/i.test(text)) return null
  try {
    return new URL(text).href
  } catch {
    return null
  }
}

/**
 * A request about one's personal data (the privacy page's form), cleaned, with the problem of
 * each field.
 *
 * @example
 * checkPrivacyRequest({ kind: 'withdraw', name: 'An', email: 'an@x.vn', message: '…', consent: 'yes' }).problems // {}
 */
export function checkPrivacyRequest(raw: Record<string, unknown>) {
  const sender = checkSender(raw)
  const kind = PRIVACY_KINDS.includes(String(raw.kind))
    ? (String(raw.kind) as PrivacyRequestKind)
    : null
  const message = cleanFormText(raw.message, { multiline: true })
  const profileUrl = cleanProfileUrl(raw.profileUrl)
  const problems: FormProblems = { ...sender.problems }
  if (kind === null) problems.kind = 'kindMissing'
  if (profileUrl === null) problems.profileUrl = 'profileUrlInvalid'
  const messageProblem = lengthProblem(
    message,
    FORM_LIMITS.message,
    'messageMissing',
    'messageLength',
  )
  if (messageProblem) problems.message = messageProblem
  if (!raw.consent) problems.consent = 'consentMissing'
  return {
    values: { kind, name: sender.name, email: sender.email, profileUrl: profileUrl ?? '', message },
    problems,
  }
}

/**
 * When a request falls due: the kind's days after it arrived (PRIVACY_REQUEST_KIND_OPTIONS).
 *
 * @example
 * privacyRequestDueAt('withdraw', '2026-12-03T08:00:00.000Z') // '2026-12-18T08:00:00.000Z'
 */
export function privacyRequestDueAt(kind: unknown, receivedAt: string | Date): string | null {
  const option = PRIVACY_REQUEST_KIND_OPTIONS.find((o) => o.value === kind)
  const from = new Date(receivedAt)
  if (!option || Number.isNaN(from.getTime())) return null
  return new Date(from.getTime() + option.days * 24 * 60 * 60_000).toISOString()
}

export type ConsultationDates =
  { opensAt?: string | null; closesAt?: string | null } | null | undefined

/**
 * Where a draft document's comment period stands at `now`: none (not put out for comment),
 * upcoming, open (opening day to closing moment inclusive) or closed.
 *
 * @example
 * consultationState({ opensAt: '2026-11-01', closesAt: '2026-12-31T16:59:59Z' }, new Date('2026-12-03')) // 'open'
 */
export function consultationState(
  dates: ConsultationDates,
  now: Date = new Date(),
): 'none' | 'upcoming' | 'open' | 'closed' {
  if (!dates?.opensAt || !dates.closesAt) return 'none'
  const time = now.getTime()
  if (time < new Date(dates.opensAt).getTime()) return 'upcoming'
  if (time > new Date(dates.closesAt).getTime()) return 'closed'
  return 'open'
}
