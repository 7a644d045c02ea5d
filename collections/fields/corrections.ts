import type { Field } from 'payload'

import { localize } from '../lib/messages'

/**
 * Đính chính: dated notes shown under a published item. The date defaults to the moment the
 * correction is added (and is filled in by the `stampCorrections` hook when missing).
 */
export const correctionsField = (): Field => ({
  name: 'corrections',
  type: 'array',
  label: { vi: 'Đính chính', en: 'Corrections' },
  labels: {
    singular: { vi: 'Đính chính', en: 'Correction' },
    plural: { vi: 'Đính chính', en: 'Corrections' },
  },
  admin: {
    description: {
      vi: 'Thêm đính chính khi sửa nội dung đã xuất bản; ngày đính chính hiện trên trang công khai.',
      en: 'Add a correction when changing published content; its date is shown on the public page.',
    },
  },
  fields: [
    {
      name: 'date',
      type: 'date',
      label: { vi: 'Ngày đính chính', en: 'Date' },
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    {
      name: 'note',
      type: 'textarea',
      label: { vi: 'Nội dung đính chính', en: 'Note' },
      localized: true,
      required: true,
      // Required in Vietnamese only: a correction added before the English version exists
      // must not block saving that item in English. And only when `required` is asked for:
      // drafts are checked with `required: false` (enforceLimitsOnDrafts), so an autosave of a
      // correction still being written is not refused.
      validate: (
        value: unknown,
        { req, required }: { req: Parameters<typeof localize>[0]; required?: boolean },
      ) =>
        !required || req?.locale === 'en' || (typeof value === 'string' && value.trim() !== '')
          ? true
          : localize(req, {
              vi: 'Hãy nhập nội dung đính chính.',
              en: 'Please write the correction.',
            }),
    },
  ],
})
