import type { TextField } from 'payload'

import { PAGE_LINK_RULE, pageLink } from '../lib/links'
import { localize } from '../lib/messages'

/**
 * A page readers are sent to: a path on the portal (`/van-ban/`) or an absolute http(s)
 * address. Anything else is refused on save, by the link policy's `pageLink`, which the site
 * also applies when it prints the link.
 *
 * @example
 * pageLinkField({ name: 'location', label: { vi: 'Địa chỉ đăng tải', en: 'Where' } })
 */
export const pageLinkField = (
  overrides: Pick<TextField, 'name' | 'label'> & Partial<Pick<TextField, 'required' | 'admin'>>,
): TextField => ({
  type: 'text',
  maxLength: 500,
  validate: (value, { req }) => {
    if (!value) return overrides.required ? 'Bắt buộc. / Required.' : true
    if (pageLink(value) !== null) return true
    return localize(req, PAGE_LINK_RULE)
  },
  ...overrides,
})
