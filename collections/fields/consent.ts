import type { CheckboxField, Field, GroupField } from 'payload'

import { isStaffField } from '../access/isStaffField'
import { contactIsPublic } from '../access/contactIsPublic'
import { nobody } from '../access/nobody'
import { consentProblem, type ConsentPart, type ConsentRecord } from '../lib/consent'
import { CONSENT_METHOD_OPTIONS, CONSENT_PURPOSE_OPTIONS } from '../vocabulary/consent'
import { selectOptions } from './selectOptions'
import { validateWith } from './validateWith'

const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } as const

/** A validator asking `consentProblem` about one part, from the group it sits in. */
const checkPart = (part: ConsentPart) =>
  validateWith((_value, { siblingData }) => consentProblem(part, siblingData as ConsentRecord))

/**
 * The consent record of a person (Law 91/2025/QH15): whether they consented, who gave it, when,
 * how, for which purposes, the evidence, and when they withdrew. Never ticked by default; once
 * ticked, who, when, how and for what are required (drafts too). Only staff read it.
 *
 * @example
 * fields: [consentField({ vi: 'Cho việc công bố hồ sơ…', en: '…' })]
 */
export const consentField = (description: { vi: string; en: string }): GroupField => ({
  name: 'consent',
  type: 'group',
  label: {
    vi: 'Sự đồng ý công bố (Luật Bảo vệ dữ liệu cá nhân)',
    en: 'Consent to publish (personal data protection law)',
  },
  access: { read: isStaffField },
  admin: { description },
  fields: [
    {
      name: 'given',
      type: 'checkbox',
      label: {
        vi: 'Người này đã đồng ý (đánh dấu khi đã có bằng chứng)',
        en: 'The person consented (tick once there is evidence)',
      },
      // Consent is never presumed: an unticked box is the only default.
      defaultValue: false,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'givenBy',
          type: 'text',
          label: { vi: 'Người đồng ý', en: 'Given by' },
          maxLength: 200,
          validate: checkPart('givenBy'),
          admin: {
            description: {
              vi: 'Chính người đó hoặc người đại diện hợp pháp.',
              en: 'The person or their legal representative.',
            },
          },
        },
        {
          name: 'givenAt',
          type: 'date',
          label: { vi: 'Ngày đồng ý', en: 'Date given' },
          validate: checkPart('givenAt'),
          admin: { date: dayOnly },
        },
        {
          name: 'method',
          type: 'select',
          label: { vi: 'Hình thức', en: 'How' },
          options: selectOptions(CONSENT_METHOD_OPTIONS),
          validate: checkPart('method'),
        },
      ],
    },
    {
      name: 'purposes',
      type: 'select',
      hasMany: true,
      label: { vi: 'Đồng ý cho mục đích', en: 'Purposes consented to' },
      options: selectOptions(CONSENT_PURPOSE_OPTIONS),
      validate: checkPart('purposes'),
    },
    {
      name: 'evidence',
      type: 'textarea',
      label: { vi: 'Bằng chứng', en: 'Evidence' },
      maxLength: 1000,
      admin: {
        description: {
          vi: 'Phiếu, thư hoặc văn bản thể hiện sự đồng ý, và nơi lưu giữ.',
          en: 'The form, e-mail or letter recording the consent, and where it is kept.',
        },
      },
    },
    {
      name: 'withdrawnAt',
      type: 'date',
      label: { vi: 'Ngày rút lại sự đồng ý', en: 'Consent withdrawn on' },
      validate: checkPart('withdrawnAt'),
      admin: {
        date: dayOnly,
        description: {
          vi: 'Khi người này rút lại sự đồng ý: không được xuất bản nữa; gỡ xuống và dữ liệu sẽ được xoá khỏi Cổng và các bản sao.',
          en: 'When the person withdraws: it may no longer be published; unpublish it, and the data is erased from the portal and its copies.',
        },
      },
    },
  ],
})

/**
 * What the public may see, derived from the consent record on every save (collections/lib/
 * consent.ts `consentFlags`); written by the server only, readable by anyone, so field access
 * decides from the row itself.
 */
export const consentFlagField = (
  name: 'namePublic' | 'contactPublic',
  label: { vi: string; en: string },
): CheckboxField => ({
  name,
  type: 'checkbox',
  label,
  defaultValue: false,
  access: { create: nobody, update: nobody },
  admin: { readOnly: true },
})

const PHONE = /^\+?[\d\s().-]{8,20}$/

/**
 * E-mail and phone. A person's (`personal`, the default): staff read them; the public only when
 * the person consented to a public contact (`contactPublic` beside them). An organisation's:
 * public.
 */
export const contactFields = ({ personal = true } = {}): Field => ({
  type: 'row',
  fields: [
    {
      name: 'email',
      type: 'email',
      label: { vi: 'E-mail', en: 'E-mail' },
      access: personal ? { read: contactIsPublic } : undefined,
    },
    {
      name: 'phone',
      type: 'text',
      label: { vi: 'Điện thoại', en: 'Phone' },
      maxLength: 20,
      access: personal ? { read: contactIsPublic } : undefined,
      validate: validateWith((value) =>
        !value || PHONE.test(String(value))
          ? null
          : {
              vi: 'Số điện thoại gồm 8 đến 20 chữ số, có thể có dấu +, khoảng trắng, dấu chấm hoặc gạch ngang.',
              en: 'A phone number has 8 to 20 digits, with an optional +, spaces, dots or hyphens.',
            },
      ),
    },
  ],
})
