import type { Field } from 'payload'

import { isStaffField } from '../access/isStaffField'
import { nobody } from '../access/nobody'

/** Who created a record; set by the server (`setCreatedBy`), never by the form or API. */
export const createdByField = (): Field => ({
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  label: { vi: 'Người tạo', en: 'Created by' },
  index: true,
  access: { read: isStaffField, create: nobody, update: nobody },
  admin: { position: 'sidebar', readOnly: true },
})
