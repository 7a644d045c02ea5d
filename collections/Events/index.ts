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
import { EVENT_STATUS_OPTIONS } from '../vocabulary/eventStatus'
import { PORTAL_TIME_ZONE } from '../vocabulary/timeZone'
import { checkEvent } from './hooks/checkEvent'
import { validateEndsAt, validateRegistrationDeadline } from './timeRules'

const dateTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd/MM/yyyy HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
} as const

const timezone = {
  defaultTimezone: PORTAL_TIME_ZONE,
  supportedTimezones: [{ label: 'Giờ Việt Nam (GMT+7)', value: PORTAL_TIME_ZONE }],
}

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  labels: {
    singular: { vi: 'Sự kiện', en: 'Event' },
    plural: { vi: 'Sự kiện', en: 'Events' },
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'eventStatus', 'workflowStatus', '_status'],
    listSearchableFields: ['title', 'slug', 'summary'],
    preview: previewFor('events'),
  },
  access: editorialAccess('events'),
  versions: editorialVersions,
  defaultSort: '-startsAt',
  // Public lists (the portal's loaders, the REST API) filter on _status and sort by date.
  indexes: [{ fields: ['_status', 'startsAt'] }],
  hooks: {
    beforeOperation: [checkEditorialRequest],
    beforeValidate: [normalizeText],
    beforeChange: [
      enforceLimitsOnDrafts,
      checkEvent,
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
      name: 'summary',
      type: 'textarea',
      label: { vi: 'Tóm tắt', en: 'Summary' },
      localized: true,
      maxLength: 600,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: { vi: 'Bắt đầu', en: 'Starts' },
          required: true,
          index: true,
          timezone,
          admin: { date: dateTime },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: { vi: 'Kết thúc', en: 'Ends' },
          validate: validateEndsAt,
          timezone,
          admin: { date: dateTime },
        },
        {
          name: 'allDay',
          type: 'checkbox',
          label: { vi: 'Cả ngày', en: 'All day' },
          defaultValue: false,
        },
      ],
    },
    {
      name: 'venue',
      type: 'group',
      label: { vi: 'Địa điểm', en: 'Venue' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              label: { vi: 'Tên địa điểm', en: 'Name' },
              localized: true,
            },
            { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
            {
              name: 'mapUrl',
              type: 'text',
              label: { vi: 'Liên kết bản đồ', en: 'Map link' },
            },
          ],
        },
      ],
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: { vi: 'Liên kết tham dự trực tuyến', en: 'Online link' },
    },
    {
      name: 'organiser',
      type: 'text',
      label: { vi: 'Đơn vị tổ chức', en: 'Organiser' },
      localized: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'registrationUrl',
          type: 'text',
          label: { vi: 'Liên kết đăng ký', en: 'Registration link' },
        },
        {
          name: 'registrationDeadline',
          type: 'date',
          label: { vi: 'Hạn đăng ký', en: 'Registration deadline' },
          validate: validateRegistrationDeadline,
          timezone,
          admin: { date: dateTime },
        },
      ],
    },
    coverField(),
    richBodyField(),
    correctionsField(),
    relatedField(),
    mentionsField(),
    slugField(),
    {
      name: 'eventStatus',
      type: 'select',
      label: { vi: 'Tình trạng', en: 'Status' },
      required: true,
      defaultValue: 'scheduled',
      index: true,
      options: selectOptions(EVENT_STATUS_OPTIONS),
      admin: { position: 'sidebar' },
    },
    publishedAtField(),
    outletField(false),
    topicsField(),
    shareImageField(),
    ...workflowFields('events'),
  ],
}
