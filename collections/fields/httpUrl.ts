import type { TextField } from 'payload'

import { isHttpUrl } from '../lib/links'

/**
 * An absolute http(s) address; anything else (javascript:, mailto:, a bare host name) is
 * refused on save, because the site prints these as links.
 *
 * @example
 * httpUrlField({ name: 'website', label: { vi: 'Trang web', en: 'Website' } })
 */
export const httpUrlField = (
  overrides: Pick<TextField, 'name' | 'label'> & Partial<Pick<TextField, 'required' | 'admin'>>,
): TextField => ({
  type: 'text',
  maxLength: 500,
  validate: (value: unknown) => {
    if (!value) return overrides.required ? 'Bắt buộc. / Required.' : true
    if (isHttpUrl(value)) return true
    return 'Phải là liên kết http(s):// hợp lệ. / Must be an http(s):// link.'
  },
  ...overrides,
})
