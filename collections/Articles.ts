import type { CollectionConfig } from 'payload'

import { authenticated } from './access/authenticated'
import { publishedOrAuthenticated } from './access/publishedOrAuthenticated'
import {
  coverField,
  outletField,
  publishedAtField,
  relatedField,
  richBodyField,
  shareImageField,
  titleField,
  topicsField,
} from './fields/common'
import { slugField } from './fields/slug'
import { normalizeText } from './hooks/normalizeText'
import { setPublishedAt } from './hooks/setPublishedAt'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: {
    singular: { vi: 'Tin bài', en: 'Article' },
    plural: { vi: 'Tin tức', en: 'Articles' },
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'outlet', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'sapo'],
  },
  access: {
    read: publishedOrAuthenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  hooks: {
    beforeValidate: [normalizeText],
    beforeChange: [setPublishedAt],
  },
  fields: [
    titleField(),
    {
      name: 'sapo',
      type: 'textarea',
      label: { vi: 'Sapo (tóm tắt)', en: 'Standfirst' },
      localized: true,
      maxLength: 600,
      admin: {
        description: {
          vi: 'Một đến ba câu mở đầu, hiện dưới tiêu đề và trong RSS.',
          en: 'One to three sentences shown under the title and in feeds.',
        },
      },
    },
    coverField(),
    richBodyField(),
    {
      name: 'corrections',
      type: 'array',
      label: { vi: 'Đính chính', en: 'Corrections' },
      labels: {
        singular: { vi: 'Đính chính', en: 'Correction' },
        plural: { vi: 'Đính chính', en: 'Corrections' },
      },
      fields: [
        {
          name: 'date',
          type: 'date',
          label: { vi: 'Ngày đính chính', en: 'Date' },
          required: true,
          defaultValue: () => new Date().toISOString(),
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'note',
          type: 'textarea',
          label: { vi: 'Nội dung đính chính', en: 'Note' },
          required: true,
          localized: true,
        },
      ],
    },
    relatedField(),
    slugField(),
    publishedAtField(),
    outletField(),
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { vi: 'Tác giả', en: 'Authors' },
      admin: { position: 'sidebar' },
    },
    topicsField(),
    shareImageField(),
  ],
}
