import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { isStaff } from './access/isStaff'
import { ownUploadOrChief } from './access/ownUploadOrChief'
import { createdByField } from './fields/createdBy'
import { checkUpload } from './hooks/checkUpload'
import { setCreatedBy } from './hooks/setCreatedBy'
import { localize } from './lib/messages'
import { mediaDir } from './lib/paths'
import { MAX_IMAGE_PIXELS } from './lib/uploads'
import { normalizeText } from './hooks/normalizeText'

const webp = { format: 'webp', options: { quality: 82 } } as const

/** Images (and short videos for features). Alt text is required: the portal is a state portal. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: { vi: 'Ảnh / video', en: 'Media item' },
    plural: { vi: 'Thư viện ảnh', en: 'Media' },
  },
  admin: {
    group: { vi: 'Thư viện', en: 'Library' },
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
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
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'video/mp4', 'video/webm'],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp },
      { name: 'card', width: 800, height: 450, position: 'centre', formatOptions: webp },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: webp },
    ],
    formatOptions: webp,
    // Payload's own resizing refuses decompression bombs too (checkUpload refuses them first).
    constructorOptions: { limitInputPixels: MAX_IMAGE_PIXELS },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' },
      required: true,
      localized: true,
      maxLength: 300,
      validate: (value: unknown, { req }: { req: Parameters<typeof localize>[0] }) =>
        typeof value === 'string' && value.trim().length > 0
          ? true
          : localize(req, {
              vi: 'Hãy nhập mô tả ảnh (alt): người dùng trình đọc màn hình cần nó để hiểu ảnh.',
              en: 'Please give alt text: screen-reader users need it to understand the image.',
            }),
    },
    {
      name: 'caption',
      type: 'textarea',
      label: { vi: 'Chú thích', en: 'Caption' },
      localized: true,
      maxLength: 500,
    },
    {
      name: 'credit',
      type: 'text',
      label: { vi: 'Nguồn / tác giả ảnh', en: 'Credit' },
      maxLength: 200,
    },
    createdByField(),
  ],
}
