import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { httpUrlField } from '../fields/httpUrl'
import { normalizeText } from '../hooks/normalizeText'

/** Liên kết cổng thông tin: related agencies' portals, listed in the site footer. */
export const PortalLinks: GlobalConfig = {
  slug: 'portal-links',
  label: { vi: 'Liên kết cổng thông tin', en: 'Portal links' },
  admin: { group: { vi: 'Cổng thông tin', en: 'Portal' } },
  access: {
    read: anyone,
    update: isAdmin,
  },
  hooks: { beforeValidate: [normalizeText] },
  fields: [
    {
      name: 'links',
      type: 'array',
      label: { vi: 'Liên kết', en: 'Links' },
      labels: {
        singular: { vi: 'Liên kết', en: 'Link' },
        plural: { vi: 'Liên kết', en: 'Links' },
      },
      maxRows: 20,
      fields: [
        {
          name: 'label',
          type: 'text',
          label: { vi: 'Tên cổng', en: 'Label' },
          required: true,
          localized: true,
          maxLength: 120,
        },
        httpUrlField({ name: 'url', label: { vi: 'Địa chỉ', en: 'Address' }, required: true }),
      ],
    },
  ],
}
