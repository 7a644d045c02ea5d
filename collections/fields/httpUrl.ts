import type { TextField } from 'payload'

import { isHttpUrl, WEB_LINK_RULE } from '../lib/links'
import { localize } from '../lib/messages'

/**
 * An absolute http(s) address; anything else (javascript:, mailto:, a bare host name, a
 * backslash or an invisible character) is refused on save, because the site prints these as
 * links. The rule is the link policy's (`webLink`).
 *
 * @example
 * httpUrlField({ name: 'website', label: { vi: 'Trang web', en: 'Website' } })
 */
export const httpUrlField = (
  overrides: Pick<TextField, 'name' | 'label'> & Partial<Pick<TextField, 'required' | 'admin'>>,
): TextField => ({
  type: 'text',
  maxLength: 500,
  validate: (value, { req }) => {
    if (!value) return overrides.required ? 'Bắt buộc. / Required.' : true
    if (isHttpUrl(value)) return true
    return localize(req, WEB_LINK_RULE)
  },
  ...overrides,
})
