import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { isChiefOrAdmin } from './access/isChiefOrAdmin'
import { slugField } from './fields/slug'
import { normalizeText } from './hooks/normalizeText'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  labels: {
    singular: { vi: 'Chủ đề', en: 'Topic' },
    plural: { vi: 'Chủ đề', en: 'Topics' },
  },
  admin: {
    group: { vi: 'Danh mục', en: 'Taxonomy' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: isChiefOrAdmin,
    update: isChiefOrAdmin,
    delete: isChiefOrAdmin,
  },
  hooks: { beforeValidate: [normalizeText] },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Tên chủ đề', en: 'Name' },
      required: true,
      localized: true,
      maxLength: 120,
    },
    {
      name: 'description',
      type: 'textarea',
      label: { vi: 'Giới thiệu', en: 'Description' },
      localized: true,
      maxLength: 600,
    },
    slugField({ from: 'name' }),
  ],
}
