import type { CollectionAfterChangeHook } from 'payload'

import { removeInvisibleCharacters } from '@channels/text'

import { erasedPersonalData } from '../../lib/personalData'

/** The public page of a published question (the site's `/hoi-dap/<id>/`, `/en/…` for English). */
export function questionPageURL(id: number | string, language: string | null | undefined): string {
  const site = (
    process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || 4321}`
  ).replace(/\/+$/, '')
  return `${site}${language === 'en' ? '/en' : ''}/hoi-dap/${id}/`
}

const TEXT = {
  vi: {
    subject: 'Trả lời câu hỏi của bạn — Cổng thông tin khởi nghiệp Hải Phòng',
    greeting: (name: string) => `Kính gửi ${name},`,
    intro: 'Câu hỏi bạn gửi qua mục Hỏi đáp đã được trả lời và công khai.',
    question: 'Câu hỏi',
    answer: 'Trả lời',
    unit: 'Đơn vị trả lời',
    page: 'Xem trên cổng thông tin',
    privacy: 'Họ tên và e-mail của bạn không được công khai và được xoá ngay sau khi gửi thư này.',
  },
  en: {
    subject: 'The answer to your question — Hải Phòng Innovation Hub',
    greeting: (name: string) => `Dear ${name},`,
    intro: 'The question you sent through the Q&A page has been answered and published.',
    question: 'Question',
    answer: 'Answer',
    unit: 'Answered by',
    page: 'On the portal',
    privacy:
      'Your name and e-mail address are not published and are deleted as soon as this message has been sent.',
  },
}

/**
 * The message to the asker when their question is published: plain text; the subject is ours
 * alone, and the only header a person's input reaches is the recipient (an address the form
 * and the `email` field accepted: no spaces, no line breaks), so nothing they typed can add a
 * header.
 */
export function answerEmail(doc: Record<string, unknown>) {
  const t = doc.language === 'en' ? TEXT.en : TEXT.vi
  const line = (value: unknown) => removeInvisibleCharacters(String(value ?? '')).trim()
  const block = (value: unknown) =>
    removeInvisibleCharacters(String(value ?? ''), { multiline: true }).trim()
  return {
    to: line(doc.email),
    subject: t.subject,
    text: [
      t.greeting(line(doc.name)),
      '',
      t.intro,
      '',
      `${t.question}:`,
      block(doc.question),
      '',
      `${t.answer}:`,
      block(doc.answer),
      '',
      `${t.unit}: ${line(doc.answeringUnit)}`,
      `${t.page}: ${questionPageURL(doc.id as number, doc.language as string)}`,
      '',
      t.privacy,
      '',
    ].join('\n'),
  }
}

/**
 * E-mails the answer once, when a question is first published, through Payload's e-mail
 * adapter (SMTP when SMTP_HOST is set, cms/email.ts; otherwise Payload logs it), then erases
 * the asker's name and e-mail. The publish stands if sending fails: the error is logged,
 * `answerEmailedAt` stays empty (the admin shows it) and the address is kept so that the answer
 * can be sent again (back to "answered", publish again) — until the 12-month erasure. Payload's
 * console adapter (no SMTP configured) delivers nothing, so it counts as not sent.
 */
export const emailAnswer: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'published' || previousDoc?.status === 'published' || doc.answerEmailedAt) {
    return doc
  }
  if (!doc.email) return doc
  try {
    await req.payload.sendEmail(answerEmail(doc))
    if (req.payload.email?.name === 'console') return doc
    const sentAt = new Date()
    // The system records the delivery; no person sets this field. The name and e-mail served
    // their purpose: erased in the same save (collections/lib/personalData.ts).
    const data = { answerEmailedAt: sentAt.toISOString(), ...erasedPersonalData(sentAt) }
    await req.payload.update({
      collection: 'questions',
      id: doc.id,
      data,
      overrideAccess: true,
      req,
    })
    return { ...doc, ...data }
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Could not e-mail the answer to question ${doc.id}`,
    })
    return doc
  }
}
