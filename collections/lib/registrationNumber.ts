import type { Message } from './messages'

/**
 * Mã số doanh nghiệp (business registration number, which is also the tax code): 10 digits for
 * an enterprise, or those 10 and a 3-digit suffix for a dependent unit (branch), written
 * `0200123456-001`. People type it with spaces, dots or any kind of dash, or the 13 digits run
 * together; it is stored in the one written form. The suffix `000` is never issued.
 *
 * @example
 * cleanRegistrationNumber(' 0200 123 456 – 001 ') // '0200123456-001'
 * cleanRegistrationNumber('0200123456001') // '0200123456-001'
 * cleanRegistrationNumber('02001234') // null
 */
export function cleanRegistrationNumber(input: string): string | null {
  // Separators people type: spaces (also no-break and invisible ones), dots, dashes of any kind.
  const digits = input.normalize('NFKC').replace(/[\s.\u00AD\u200B-\u200D\u2060\uFEFF\-‐-―−]/g, '')
  if (/^\d{10}$/.test(digits)) return digits
  if (/^\d{13}$/.test(digits) && !digits.endsWith('000')) {
    return `${digits.slice(0, 10)}-${digits.slice(10)}`
  }
  return null
}

export const REGISTRATION_NUMBER_RULE: Message = {
  vi: 'Mã số doanh nghiệp gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc (ví dụ 0200123456 hoặc 0200123456-001).',
  en: 'A business registration number has 10 digits, or 13 for a branch (e.g. 0200123456 or 0200123456-001).',
}
