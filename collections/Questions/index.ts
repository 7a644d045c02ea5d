import type { CollectionConfig, Where } from 'payload'

import { answersForThePortal } from '../access/answersForThePortal'
import { handlesPublicInput } from '../access/handlesPublicInput'
import { handlesPublicInputField } from '../access/handlesPublicInputField'
import { nobody } from '../access/nobody'
import { publicFormOrStaff } from '../access/publicFormOrStaff'
import { personalDataErasedAtField, personalDataFields } from '../fields/personalData'
import { selectOptions } from '../fields/selectOptions'
import { acceptPublicSubmission } from '../hooks/acceptPublicSubmission'
import { erasePersonalDataWhen } from '../hooks/erasePersonalDataWhen'
import { moderatePublicInput } from '../hooks/moderatePublicInput'
import { normalizeText } from '../hooks/normalizeText'
import { handlesPublicInput as handles } from '../lib/permissions'
import { FORM_LIMITS, QUESTION_FORM_FIELDS } from '../lib/publicForms'
import { FORM_LANGUAGE_OPTIONS, QUESTION_STATUS_OPTIONS } from '../vocabulary/publicInput'
import { checkAnswer } from './hooks/checkAnswer'
import { emailAnswer } from './hooks/emailAnswer'

/** The public reads published questions only (a query constraint: lists, counts, by id agree). */
const PUBLISHED: Where = { status: { equals: 'published' } }

/**
 * Hỏi đáp: questions the public sends through the form at /hoi-dap/ (site/pages/[...lang]/hoi-dap/gui.astro),
 * answered by the portal. The asker's name and e-mail are personal data (Law 91/2025/QH15):
 * only staff who handle public input read them, and they never reach a public page, feed or
 * API answer. A published question (with its answer, answering unit and cited documents) is
 * public and e-mailed to the asker once; the name and e-mail are erased once that e-mail is
 * sent, when the question is rejected, and at the latest 12 months after receipt (the
 * `erasePersonalData` job, cms/jobs/erasePersonalData.ts).
 */
export const Questions: CollectionConfig<'questions'> = {
  slug: 'questions',
  labels: {
    singular: { vi: 'Câu hỏi', en: 'Question' },
    plural: { vi: 'Hỏi đáp', en: 'Questions & answers' },
  },
  admin: {
    group: { vi: 'Ý kiến người dân', en: 'Public input' },
    useAsTitle: 'question',
    defaultColumns: ['question', 'topic', 'status', 'receivedAt'],
    listSearchableFields: ['question', 'answer'],
    hidden: ({ user }) => !handles(user),
  },
  access: {
    read: ({ req: { user } }) => handles(user) || PUBLISHED,
    create: publicFormOrStaff,
    update: handlesPublicInput,
    delete: answersForThePortal,
  },
  // Newest first; not receivedAt, which the public may not sort on (it cannot read it).
  defaultSort: '-createdAt',
  hooks: {
    beforeOperation: [acceptPublicSubmission(QUESTION_FORM_FIELDS)],
    beforeValidate: [normalizeText],
    beforeChange: [
      moderatePublicInput(['published', 'rejected']),
      checkAnswer,
      erasePersonalDataWhen(['rejected']),
    ],
    afterChange: [emailAnswer],
  },
  fields: [
    {
      name: 'question',
      type: 'textarea',
      label: { vi: 'Câu hỏi', en: 'Question' },
      required: true,
      maxLength: FORM_LIMITS.question.max,
      admin: {
        description: {
          vi: 'Như người hỏi đã gửi; có thể biên tập lại (bỏ thông tin cá nhân) trước khi công khai.',
          en: 'As sent; may be edited (personal details removed) before publishing.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'topic',
          type: 'relationship',
          relationTo: 'topics',
          label: { vi: 'Lĩnh vực', en: 'Topic' },
          required: true,
        },
        {
          name: 'language',
          type: 'select',
          label: { vi: 'Ngôn ngữ', en: 'Language' },
          options: selectOptions(FORM_LANGUAGE_OPTIONS),
          defaultValue: 'vi',
          required: true,
        },
      ],
    },
    ...personalDataFields({
      name: { vi: 'Họ và tên người hỏi', en: 'Asker’s name' },
      email: { vi: 'E-mail nhận trả lời', en: 'E-mail for the reply' },
    }),
    {
      name: 'answer',
      type: 'textarea',
      label: { vi: 'Trả lời', en: 'Answer' },
      maxLength: 10_000,
    },
    {
      name: 'answeringUnit',
      type: 'text',
      label: { vi: 'Đơn vị trả lời', en: 'Answering unit' },
      maxLength: 200,
    },
    {
      name: 'citedNotices',
      type: 'relationship',
      relationTo: 'policy-notices',
      hasMany: true,
      label: { vi: 'Văn bản được dẫn', en: 'Documents cited' },
    },
    {
      name: 'status',
      type: 'select',
      label: { vi: 'Trạng thái', en: 'Status' },
      options: selectOptions(QUESTION_STATUS_OPTIONS),
      defaultValue: 'pending',
      required: true,
      index: true,
      access: { read: handlesPublicInputField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'receivedAt',
      type: 'date',
      label: { vi: 'Ngày nhận', en: 'Received' },
      index: true,
      access: { read: handlesPublicInputField, update: nobody },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { vi: 'Ngày công khai', en: 'Published' },
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'answerEmailedAt',
      type: 'date',
      label: { vi: 'Đã gửi trả lời qua e-mail lúc', en: 'Answer e-mailed at' },
      access: { read: handlesPublicInputField, create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    personalDataErasedAtField({
      vi: 'Khi đã gửi trả lời qua e-mail hoặc không tiếp nhận; chậm nhất 12 tháng kể từ ngày nhận.',
      en: 'Once the answer is e-mailed or the question is rejected; at the latest 12 months after receipt.',
    }),
  ],
}
