import type { EmailField, Field, SelectField, TextField } from 'payload'
import { email, text } from 'payload/shared'

import { handlesPublicInputField } from '../access/handlesPublicInputField'
import { nobody } from '../access/nobody'
import { FORM_LIMITS } from '../lib/publicForms'
import { selectOptions } from './selectOptions'

type Label = { vi: string; en: string } | string

/**
 * The sender's name and e-mail address on an item a public form created (collections/lib/
 * personalData.ts): needed when the item arrives, empty once erased. So they are required on
 * create only — a database column that may be NULL, and a save of an erased item that passes.
 * Only staff who handle public input read them; `personalDataErasedAt` records the erasure.
 *
 * @example
 * fields: [...personalDataFields({ name: 'Họ và tên', email: 'E-mail' })]
 */
export function personalDataFields(labels: { name: Label; email: Label }): Field[] {
  const name: TextField = {
    name: 'name',
    type: 'text',
    label: labels.name,
    maxLength: FORM_LIMITS.name.max,
    access: { read: handlesPublicInputField },
    validate: (value, options) =>
      text(value, { ...options, required: options.operation === 'create' }),
  }
  const address: EmailField = {
    name: 'email',
    type: 'email',
    label: labels.email,
    index: true,
    access: { read: handlesPublicInputField },
    validate: (value, options) =>
      email(value, { ...options, required: options.operation === 'create' }),
  }
  return [{ type: 'row', fields: [name, address] }]
}

/** When the sender's name and e-mail were erased (`when`: the item's early erasure); server-set. */
export const personalDataErasedAtField = (when: Label): Field => ({
  name: 'personalDataErasedAt',
  type: 'date',
  label: { vi: 'Đã xoá họ tên, e-mail lúc', en: 'Name and e-mail erased at' },
  access: { read: handlesPublicInputField, create: nobody, update: nobody },
  admin: {
    position: 'sidebar',
    readOnly: true,
    date: { pickerAppearance: 'dayAndTime' },
    description: when,
  },
})

/**
 * Where staff are with an item a public form created (`status`, `pending` on arrival: the form
 * path sets it, see hooks/acceptPublicSubmission.ts) and when it arrived (`receivedAt`, never
 * changed afterwards). For the collections whose status everyone on the staff may read.
 *
 * @example
 * fields: [...intakeFields(COMMENT_STATUS_OPTIONS, { vi: 'Kiểm duyệt', en: 'Moderation' })]
 */
export function intakeFields(
  options: Parameters<typeof selectOptions>[0],
  label: { vi: string; en: string },
): Field[] {
  const status: SelectField = {
    name: 'status',
    type: 'select',
    label,
    options: selectOptions(options),
    defaultValue: 'pending',
    required: true,
    index: true,
    admin: { position: 'sidebar' },
  }
  return [
    status,
    {
      name: 'receivedAt',
      type: 'date',
      label: { vi: 'Ngày nhận', en: 'Received' },
      index: true,
      access: { update: nobody },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ]
}
