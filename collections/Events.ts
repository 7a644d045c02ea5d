import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { previewFor } from './preview/url'
import { createContent } from './access/createContent'
import { deleteContent } from './access/deleteContent'
import { readContent } from './access/readContent'
import { readContentVersions } from './access/readContentVersions'
import { updateContent } from './access/updateContent'
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
import { slugField } from './fields/slug'
import { workflowFields } from './fields/workflow'
import { applyEditorialRules } from './hooks/applyEditorialRules'
import { checkEditorialRequest } from './hooks/checkEditorialRequest'
import { logEditorialDeletion, logEditorialEvent } from './hooks/logEditorialEvent'
import type { FieldProblem } from './lib/messages'
import { rejectIfInvalid } from './lib/messages'
import { normalizeText } from './hooks/normalizeText'
import { setPublishedAt } from './hooks/setPublishedAt'
import { stampCorrections } from './hooks/stampCorrections'
import { editorialVersions } from './lib/editorialVersions'

export const EVENT_TIMEZONE = 'Asia/Ho_Chi_Minh'

const time = (value: unknown) => (value ? new Date(String(value)).getTime() : null)

const isHttpUrl = (value: unknown) => {
  if (!value) return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** An event must make sense to a reader: it ends after it starts and can be found somewhere. */
const checkEvent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = {
    ...(originalDoc ?? {}),
    ...data,
    venue: { ...(originalDoc?.venue ?? {}), ...(data.venue ?? {}) },
  }
  const problems: FieldProblem[] = []
  const start = time(merged.startsAt)
  const end = time(merged.endsAt)
  const deadline = time(merged.registrationDeadline)
  if (start !== null && end !== null && end < start) {
    problems.push({
      path: 'endsAt',
      message: {
        vi: 'Thời gian kết thúc không thể trước thời gian bắt đầu.',
        en: 'The end time cannot be before the start time.',
      },
    })
  }
  if (deadline !== null && (end ?? start) !== null && deadline > (end ?? start)!) {
    problems.push({
      path: 'registrationDeadline',
      message: {
        vi: 'Hạn đăng ký phải trước khi sự kiện kết thúc.',
        en: 'The registration deadline must be before the event ends.',
      },
    })
  }
  for (const [path, value] of [
    ['venue.mapUrl', merged.venue?.mapUrl],
    ['onlineUrl', merged.onlineUrl],
    ['registrationUrl', merged.registrationUrl],
  ] as const) {
    if (!isHttpUrl(value)) {
      problems.push({
        path,
        message: {
          vi: 'Liên kết phải bắt đầu bằng https:// hoặc http://',
          en: 'The link must start with https:// or http://',
        },
      })
    }
  }
  if (merged._status === 'published' && !merged.venue?.name && !merged.onlineUrl) {
    problems.push({
      path: 'venue.name',
      message: {
        vi: 'Hãy nhập địa điểm hoặc liên kết trực tuyến để người đọc biết nơi diễn ra sự kiện.',
        en: 'Give a venue or an online link so readers know where the event takes place.',
      },
    })
  }
  rejectIfInvalid(req, 'events', problems)
  return data
}

const dateTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd/MM/yyyy HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
} as const

const timezone = {
  defaultTimezone: EVENT_TIMEZONE,
  supportedTimezones: [{ label: 'Giờ Việt Nam (GMT+7)', value: EVENT_TIMEZONE }],
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
  access: {
    read: readContent,
    readVersions: readContentVersions,
    create: createContent('events'),
    update: updateContent('events'),
    delete: deleteContent,
  },
  versions: editorialVersions,
  defaultSort: '-startsAt',
  // Public lists (the portal's loaders, the REST API) filter on _status and sort by date.
  indexes: [{ fields: ['_status', 'startsAt'] }],
  hooks: {
    beforeOperation: [checkEditorialRequest],
    beforeValidate: [normalizeText],
    beforeChange: [checkEvent, stampCorrections, applyEditorialRules, setPublishedAt],
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
          timezone,
          admin: { date: dateTime },
        },
      ],
    },
    coverField(),
    richBodyField(),
    correctionsField(),
    relatedField(),
    slugField(),
    {
      name: 'eventStatus',
      type: 'select',
      label: { vi: 'Tình trạng', en: 'Status' },
      required: true,
      defaultValue: 'scheduled',
      index: true,
      options: [
        { value: 'scheduled', label: { vi: 'Theo kế hoạch', en: 'Scheduled' } },
        { value: 'postponed', label: { vi: 'Hoãn', en: 'Postponed' } },
        { value: 'cancelled', label: { vi: 'Hủy', en: 'Cancelled' } },
      ],
      admin: { position: 'sidebar' },
    },
    publishedAtField(),
    outletField(false),
    topicsField(),
    shareImageField(),
    ...workflowFields('events'),
  ],
}
