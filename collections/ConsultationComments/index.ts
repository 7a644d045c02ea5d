import type { CollectionConfig } from 'payload'

import { answersForThePortal } from '../access/answersForThePortal'
import { handlesPublicInput } from '../access/handlesPublicInput'
import { publicFormOrStaff } from '../access/publicFormOrStaff'
import { intakeFields, personalDataErasedAtField, personalDataFields } from '../fields/personalData'
import { selectOptions } from '../fields/selectOptions'
import { acceptPublicSubmission } from '../hooks/acceptPublicSubmission'
import { erasePersonalDataWhen } from '../hooks/erasePersonalDataWhen'
import { moderatePublicInput } from '../hooks/moderatePublicInput'
import { normalizeText } from '../hooks/normalizeText'
import { handlesPublicInput as handles } from '../lib/permissions'
import { COMMENT_FORM_FIELDS, FORM_LIMITS } from '../lib/publicForms'
import { COMMENT_STATUS_OPTIONS, FORM_LANGUAGE_OPTIONS } from '../vocabulary/publicInput'
import { checkCommentPeriod } from './checkCommentPeriod'

/**
 * Góp ý dự thảo: comments the public sends on a draft document while its comment period is
 * open (policy-notices `consultation`). Private and moderated: the portal does not show
 * comments; what the public sees is the department's summary of them, published on the notice
 * after the period closes. Only staff who handle public input read them. The sender's name and
 * e-mail (kept to ask them about their comment) are erased when the comment is rejected and
 * at the latest 12 months after receipt (cms/jobs/erasePersonalData.ts).
 */
export const ConsultationComments: CollectionConfig<'consultation-comments'> = {
  slug: 'consultation-comments',
  labels: {
    singular: { vi: 'Góp ý dự thảo', en: 'Comment on a draft' },
    plural: { vi: 'Góp ý dự thảo', en: 'Comments on drafts' },
  },
  admin: {
    group: { vi: 'Ý kiến người dân', en: 'Public input' },
    useAsTitle: 'comment',
    defaultColumns: ['comment', 'notice', 'status', 'receivedAt'],
    listSearchableFields: ['comment'],
    hidden: ({ user }) => !handles(user),
  },
  access: {
    read: handlesPublicInput,
    create: publicFormOrStaff,
    update: handlesPublicInput,
    delete: answersForThePortal,
  },
  defaultSort: '-receivedAt',
  hooks: {
    beforeOperation: [acceptPublicSubmission(COMMENT_FORM_FIELDS)],
    beforeValidate: [normalizeText],
    beforeChange: [
      moderatePublicInput(['approved', 'rejected']),
      checkCommentPeriod,
      erasePersonalDataWhen(['rejected']),
    ],
  },
  fields: [
    {
      name: 'notice',
      type: 'relationship',
      relationTo: 'policy-notices',
      label: { vi: 'Dự thảo', en: 'Draft document' },
      required: true,
      index: true,
    },
    {
      name: 'comment',
      type: 'textarea',
      label: { vi: 'Ý kiến', en: 'Comment' },
      required: true,
      maxLength: FORM_LIMITS.comment.max,
    },
    ...personalDataFields({ name: { vi: 'Họ và tên', en: 'Name' }, email: 'E-mail' }),
    {
      name: 'language',
      type: 'select',
      label: { vi: 'Ngôn ngữ', en: 'Language' },
      options: selectOptions(FORM_LANGUAGE_OPTIONS),
      defaultValue: 'vi',
      required: true,
    },
    ...intakeFields(COMMENT_STATUS_OPTIONS, { vi: 'Kiểm duyệt', en: 'Moderation' }),
    personalDataErasedAtField({
      vi: 'Khi góp ý không được duyệt; chậm nhất 12 tháng kể từ ngày nhận.',
      en: 'When the comment is rejected; at the latest 12 months after receipt.',
    }),
  ],
}
