import type { Field } from 'payload'

import { DIRECTORY_COLLECTIONS } from '../vocabulary/directory'

/**
 * The startups, people and support organisations an article, feature or event is about: one
 * polymorphic list, so the editor picks from the three directories in one search, the order
 * they chose is kept, and a profile's page finds what mentions it with one query
 * (`where: { mentions: { equals: { relationTo: 'startups', value: id } } }`), as `related` does
 * for content. Public reads resolve only published profiles (their access), so a draft or an
 * unconsented person is never shown through it.
 *
 * @example
 * fields: [relatedField(), mentionsField()]
 */
export const mentionsField = (): Field => ({
  name: 'mentions',
  type: 'relationship',
  relationTo: [...DIRECTORY_COLLECTIONS],
  hasMany: true,
  maxRows: 20,
  label: { vi: 'Nhắc đến trong hệ sinh thái', en: 'Mentions in the ecosystem' },
  admin: {
    description: {
      vi: 'Dự án, chuyên gia, tổ chức mà bài viết nói đến; hồ sơ của họ sẽ liệt kê bài này.',
      en: 'Startups, people and organisations this item is about; their profiles list it.',
    },
  },
})
