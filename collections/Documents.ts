import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { isStaff } from './access/isStaff'
import { ownUploadOrChief } from './access/ownUploadOrChief'
import { createdByField } from './fields/createdBy'
import { checkUpload } from './hooks/checkUpload'
import { setCreatedBy } from './hooks/setCreatedBy'
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
    // Files are public once uploaded (also those of drafts); names are random, see checkUpload.
    read: anyone,
    create: isStaff,
    update: ownUploadOrChief,
    delete: ownUploadOrChief,
  },
  hooks: {
    beforeOperation: [checkUpload],
    beforeValidate: [normalizeText],
    beforeChange: [setCreatedBy],
  },
  upload: {
    // Files are uploaded, never fetched by the server from a pasted address.
    pasteURL: false,
    staticDir: mediaDir('documents'),
    mimeTypes: [
      'application/pdf',
      'application/msword',
      // What Payload's own check detects a .doc as (an OLE container); checkUpload has already
      // made sure it is a Word document without macros.
      'application/x-cfb',
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
    createdByField(),
  ],
}
