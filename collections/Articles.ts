import type { CollectionConfig } from 'payload'

import { previewFor } from './preview/url'
import { editorialAccess } from './access/editorialAccess'
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
import { correctionsField } from './fields/corrections'
import { mentionsField } from './fields/mentions'
import { slugField } from './fields/slug'
import { workflowFields } from './fields/workflow'
import { applyEditorialRules } from './hooks/applyEditorialRules'
import { checkEditorialRequest } from './hooks/checkEditorialRequest'
import { enforceLimitsOnDrafts } from './hooks/enforceLimitsOnDrafts'
import { logEditorialDeletion, logEditorialEvent } from './hooks/logEditorialEvent'
import { normalizeText } from './hooks/normalizeText'
import { setPublishedAt } from './hooks/setPublishedAt'
import { stampCorrections } from './hooks/stampCorrections'
import { editorialVersions } from './lib/editorialVersions'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: {
    singular: { vi: 'Tin bài', en: 'Article' },
    plural: { vi: 'Tin tức', en: 'Articles' },
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'outlet', 'workflowStatus', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'sapo'],
    preview: previewFor('articles'),
  },
  access: editorialAccess('articles'),
  versions: editorialVersions,
  defaultSort: '-publishedAt',
  // Public lists (the portal's loaders, the REST API) filter on _status and sort by date.
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  hooks: {
    beforeOperation: [checkEditorialRequest],
    beforeValidate: [normalizeText],
    beforeChange: [enforceLimitsOnDrafts, stampCorrections, applyEditorialRules, setPublishedAt],
    afterChange: [logEditorialEvent],
    afterDelete: [logEditorialDeletion],
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
    correctionsField(),
    relatedField(),
    mentionsField(),
    slugField(),
    publishedAtField(),
    outletField(),
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { vi: 'Tác giả', en: 'Authors' },
      // Public as ids only: anonymous readers cannot open accounts, so nothing else leaks.
      admin: { position: 'sidebar' },
    },
    topicsField(),
    shareImageField(),
    ...workflowFields('articles'),
  ],
}
