import type { CollectionConfig } from 'payload'

import { previewFor } from '../preview/url'
import { editorialAccess } from '../access/editorialAccess'
import {
  coverField,
  outletField,
  publishedAtField,
  relatedField,
  richBodyField,
  shareImageField,
  titleField,
  topicsField,
} from '../fields/common'
import { correctionsField } from '../fields/corrections'
import { mentionsField } from '../fields/mentions'
import { selectOptions } from '../fields/selectOptions'
import { slugField } from '../fields/slug'
import { workflowFields } from '../fields/workflow'
import { applyEditorialRules } from '../hooks/applyEditorialRules'
import { checkEditorialRequest } from '../hooks/checkEditorialRequest'
import { enforceLimitsOnDrafts } from '../hooks/enforceLimitsOnDrafts'
import { logEditorialDeletion, logEditorialEvent } from '../hooks/logEditorialEvent'
import { normalizeText } from '../hooks/normalizeText'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { stampCorrections } from '../hooks/stampCorrections'
import { editorialVersions } from '../lib/editorialVersions'
import { FEATURE_FORMAT_OPTIONS } from '../vocabulary/featureFormats'
import { deriveYouTubeId } from './hooks/deriveYouTubeId'

const isBroadcast = (_: unknown, sibling: { format?: string }) =>
  sibling?.format === 'tv' || sibling?.format === 'radio'
const isPrint = (_: unknown, sibling: { format?: string }) => sibling?.format === 'newspaper'

/** Stores the YouTube video id (what the site embeds) and refuses URLs that are not YouTube's. */
export const Features: CollectionConfig<'features'> = {
  slug: 'features',
  labels: {
    singular: { vi: 'Phóng sự', en: 'Feature' },
    plural: { vi: 'Phóng sự', en: 'Features' },
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'outlet', 'workflowStatus', '_status', 'publishedAt'],
    listSearchableFields: ['title', 'slug', 'programme'],
    preview: previewFor('features'),
  },
  access: editorialAccess('features'),
  versions: editorialVersions,
  defaultSort: '-publishedAt',
  // Public lists (the portal's loaders, the REST API) filter on _status and sort by date.
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  hooks: {
    beforeOperation: [checkEditorialRequest],
    beforeValidate: [normalizeText],
    beforeChange: [
      enforceLimitsOnDrafts,
      deriveYouTubeId,
      stampCorrections,
      applyEditorialRules,
      setPublishedAt,
    ],
    afterChange: [logEditorialEvent],
    afterDelete: [logEditorialDeletion],
  },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          label: { vi: 'Loại hình', en: 'Format' },
          required: true,
          defaultValue: 'tv',
          options: selectOptions(FEATURE_FORMAT_OPTIONS),
          index: true,
        },
        {
          name: 'programme',
          type: 'text',
          label: { vi: 'Chương trình / chuyên mục', en: 'Programme or column' },
          localized: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'airDate',
          type: 'date',
          label: { vi: 'Thời gian phát sóng', en: 'Air date and time' },
          admin: {
            condition: isBroadcast,
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
          },
        },
        {
          name: 'durationSeconds',
          type: 'number',
          label: { vi: 'Thời lượng (giây)', en: 'Duration (seconds)' },
          min: 1,
          max: 86400,
          admin: { condition: isBroadcast },
        },
        {
          name: 'editionDate',
          type: 'date',
          label: { vi: 'Số báo ngày', en: 'Edition date' },
          admin: {
            condition: isPrint,
            date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
          },
        },
        {
          name: 'page',
          type: 'text',
          label: { vi: 'Trang', en: 'Page' },
          maxLength: 20,
          admin: { condition: isPrint },
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { vi: 'Tóm tắt', en: 'Summary' },
      localized: true,
      maxLength: 800,
    },
    {
      name: 'youtubeUrl',
      type: 'text',
      label: { vi: 'Liên kết YouTube', en: 'YouTube link' },
      admin: {
        description: {
          vi: 'Trang công khai chỉ nạp video khi người đọc bấm xem.',
          en: 'The public page loads the video only when the reader clicks play.',
        },
      },
    },
    {
      name: 'youtubeId',
      type: 'text',
      label: { vi: 'Mã video YouTube', en: 'YouTube video id' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'videoFile',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Tệp video', en: 'Video file' },
      filterOptions: { mimeType: { contains: 'video' } },
    },
    coverField(),
    richBodyField(),
    {
      name: 'transcript',
      type: 'textarea',
      label: { vi: 'Lời bình / bản ghi', en: 'Transcript' },
      localized: true,
    },
    correctionsField(),
    relatedField(),
    mentionsField(),
    slugField(),
    publishedAtField(),
    outletField(),
    topicsField(),
    shareImageField(),
    ...workflowFields('features'),
  ],
}
