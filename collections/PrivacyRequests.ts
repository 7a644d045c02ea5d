import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { answersForThePortal } from './access/answersForThePortal'
import { handlesPublicInput } from './access/handlesPublicInput'
import { nobody } from './access/nobody'
import { publicFormOrStaff } from './access/publicFormOrStaff'
import { intakeFields, personalDataErasedAtField, personalDataFields } from './fields/personalData'
import { selectOptions } from './fields/selectOptions'
import { acceptPublicSubmission } from './hooks/acceptPublicSubmission'
import { normalizeText } from './hooks/normalizeText'
import { rejectIfInvalid } from './lib/messages'
import { handlesPublicInput as handles } from './lib/permissions'
import {
  FORM_LIMITS,
  FORM_MESSAGES,
  PRIVACY_REQUEST_FORM_FIELDS,
  privacyRequestDueAt,
} from './lib/publicForms'
import {
  FORM_LANGUAGE_OPTIONS,
  PRIVACY_REQUEST_KIND_OPTIONS,
  PRIVACY_REQUEST_STATUS_OPTIONS,
} from './vocabulary/publicInput'

/**
 * Every save: the due date follows the kind and the day the request arrived (15 days for a
 * withdrawal, 20 for an erasure…), and a request is closed (done, refused) only with its
 * outcome written down — what the portal tells the person and shows an inspector.
 */
const scheduleAndCheck: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const receivedAt =
    (data.receivedAt as string | undefined) ??
    (originalDoc?.receivedAt as string | undefined) ??
    new Date().toISOString()
  data.receivedAt = receivedAt
  data.dueAt = privacyRequestDueAt(data.kind ?? originalDoc?.kind, receivedAt)
  const status = data.status ?? originalDoc?.status
  const outcome = String(data.outcome ?? originalDoc?.outcome ?? '').trim()
  if ((status === 'done' || status === 'refused') && !outcome) {
    rejectIfInvalid(req, 'privacy-requests', [
      { path: 'outcome', message: FORM_MESSAGES.outcomeMissing },
    ])
  }
  return data
}

/**
 * Yêu cầu về dữ liệu cá nhân: what people ask through the privacy page's form (see, correct or
 * erase their data, withdraw a consent). Staff-only: the public may only create one, through
 * the form route (the same machinery as Hỏi đáp: `acceptPublicSubmission`); no public read,
 * never on the site, in search or in feeds. The sender's name and e-mail are erased with the
 * other forms' at the latest 12 months after receipt (cms/jobs/erasePersonalData.ts).
 */
export const PrivacyRequests: CollectionConfig<'privacy-requests'> = {
  slug: 'privacy-requests',
  labels: {
    singular: { vi: 'Yêu cầu về dữ liệu cá nhân', en: 'Personal data request' },
    plural: { vi: 'Yêu cầu về dữ liệu cá nhân', en: 'Personal data requests' },
  },
  admin: {
    group: { vi: 'Ý kiến người dân', en: 'Public input' },
    // The request's own words, as questions and comments show theirs (a kind's raw value is no title).
    useAsTitle: 'message',
    defaultColumns: ['kind', 'status', 'dueAt', 'receivedAt', 'profileUrl'],
    listSearchableFields: ['message', 'profileUrl'],
    hidden: ({ user }) => !handles(user),
  },
  access: {
    read: handlesPublicInput,
    create: publicFormOrStaff,
    update: handlesPublicInput,
    delete: answersForThePortal,
  },
  defaultSort: 'dueAt',
  hooks: {
    beforeOperation: [acceptPublicSubmission(PRIVACY_REQUEST_FORM_FIELDS)],
    beforeValidate: [normalizeText],
    beforeChange: [scheduleAndCheck],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { vi: 'Loại yêu cầu', en: 'Request' },
          options: selectOptions(PRIVACY_REQUEST_KIND_OPTIONS),
          required: true,
          index: true,
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
    ...personalDataFields({ name: { vi: 'Họ và tên', en: 'Name' }, email: 'E-mail' }),
    {
      name: 'profileUrl',
      type: 'text',
      label: { vi: 'Hồ sơ liên quan (địa chỉ)', en: 'Profile concerned (address)' },
      maxLength: FORM_LIMITS.profileUrl.max,
    },
    {
      name: 'message',
      type: 'textarea',
      label: { vi: 'Nội dung yêu cầu', en: 'Request' },
      required: true,
      maxLength: FORM_LIMITS.message.max,
    },
    {
      name: 'outcome',
      type: 'textarea',
      label: { vi: 'Kết quả xử lý', en: 'Outcome' },
      maxLength: 3000,
      admin: {
        description: {
          vi: 'Việc đã làm, hoặc lý do từ chối; cần có trước khi đóng yêu cầu.',
          en: 'What was done, or why it was refused; needed to close the request.',
        },
      },
    },
    ...intakeFields(PRIVACY_REQUEST_STATUS_OPTIONS, { vi: 'Trạng thái', en: 'Status' }),
    {
      name: 'dueAt',
      type: 'date',
      label: { vi: 'Hạn xử lý', en: 'Due' },
      index: true,
      access: { create: nobody, update: nobody },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          vi: 'Tính từ ngày nhận: 15 ngày với rút lại sự đồng ý, 20 ngày với các yêu cầu khác.',
          en: 'From receipt: 15 days to withdraw consent, 20 days for the other requests.',
        },
      },
    },
    personalDataErasedAtField({
      vi: 'Chậm nhất 12 tháng kể từ ngày nhận.',
      en: 'At the latest 12 months after receipt.',
    }),
  ],
}
