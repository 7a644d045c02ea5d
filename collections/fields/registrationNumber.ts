import type { FieldHook, TextField } from 'payload'

import { cleanRegistrationNumber, REGISTRATION_NUMBER_RULE } from '../lib/registrationNumber'
import { validateWith } from './validateWith'

/** Stored in its one written form (`0200123456` or `0200123456-001`); empty is no number. */
const storeCleaned: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  if (value.trim() === '') return null
  return cleanRegistrationNumber(value) ?? value
}

/**
 * Mã số doanh nghiệp: cleaned before validation (spaces, dots, any dash; 13 digits run together
 * get their hyphen), refused unless 10 or 13 digits, unique (a unique index, and the startup's
 * check names the profile that has it). A project not yet registered leaves it empty.
 */
export const registrationNumberField = (): TextField => ({
  name: 'registrationNumber',
  type: 'text',
  label: { vi: 'Mã số doanh nghiệp', en: 'Business registration number' },
  unique: true,
  index: true,
  maxLength: 40,
  hooks: { beforeValidate: [storeCleaned] },
  validate: validateWith((value) =>
    value === null || value === undefined || cleanRegistrationNumber(String(value)) !== null
      ? null
      : REGISTRATION_NUMBER_RULE,
  ),
  admin: {
    description: {
      vi: '10 chữ số, hoặc 13 chữ số với chi nhánh (0200123456-001). Để trống nếu dự án chưa thành lập doanh nghiệp.',
      en: '10 digits, or 13 for a branch (0200123456-001). Leave empty if the project is not yet incorporated.',
    },
  },
})
