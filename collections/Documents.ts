import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { authenticated } from './access/authenticated'
import { mediaDir } from './lib/paths'
import { normalizeText } from './hooks/normalizeText'

/** Files attached to policy notices: the signed PDF and editable Word versions. */
export const Documents: CollectionConfig<'documents'> = {
  slug: 'documents',
  labels: {
    singular: { vi: 'Tệp văn bản', en: 'Document file' },
    plural: { vi: 'Tệp văn bản', en: 'Document files' },
  },
  admin: {
    group: { vi: 'Thư viện', en: 'Library' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  hooks: { beforeValidate: [normalizeText] },
  upload: {
    staticDir: mediaDir('documents'),
    mimeTypes: [
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tên tệp hiển thị', en: 'Display name' },
      required: true,
      localized: true,
      maxLength: 300,
    },
  ],
}
