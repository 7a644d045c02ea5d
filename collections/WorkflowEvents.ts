import type { CollectionConfig } from 'payload'

import { nobody } from './access/nobody'
import { readWorkflowEvents } from './access/readWorkflowEvents'
import { EDITORIAL_COLLECTIONS } from './vocabulary/directory'
import { WORKFLOW_ACTION_OPTIONS } from './vocabulary/workflow'

/**
 * Nhật ký biên tập: who submitted, returned, published, unpublished, corrected or deleted
 * which item, and when. Append-only and written by the workflow hooks only; kept apart from
 * the items so restoring an old version or deleting an item does not rewrite history.
 */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  labels: {
    singular: { vi: 'Sự kiện biên tập', en: 'Editorial event' },
    plural: { vi: 'Nhật ký biên tập', en: 'Editorial log' },
  },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    useAsTitle: 'itemTitle',
    defaultColumns: ['createdAt', 'action', 'itemTitle', 'actor', 'outlet', 'note'],
    listSearchableFields: ['itemTitle', 'note'],
    disableCopyToLocale: true,
  },
  access: {
    read: readWorkflowEvents,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      label: { vi: 'Thao tác', en: 'Action' },
      required: true,
      index: true,
      options: WORKFLOW_ACTION_OPTIONS.map(({ value, label }) => ({ value, label: { ...label } })),
    },
    {
      name: 'item',
      type: 'relationship',
      relationTo: [...EDITORIAL_COLLECTIONS],
      label: { vi: 'Nội dung', en: 'Item' },
      index: true,
    },
    {
      name: 'itemTitle',
      type: 'text',
      label: { vi: 'Tiêu đề', en: 'Title' },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người thực hiện', en: 'By' },
      index: true,
      admin: {
        description: {
          vi: 'Trống: hệ thống (lịch đăng, nạp dữ liệu).',
          en: 'Empty: the system (schedule, seed).',
        },
      },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người tạo nội dung', en: 'Item created by' },
      index: true,
    },
    {
      name: 'outlet',
      type: 'relationship',
      relationTo: 'outlets',
      label: { vi: 'Cơ quan / đơn vị', en: 'Outlet' },
      index: true,
    },
    {
      name: 'note',
      type: 'textarea',
      label: { vi: 'Ghi chú', en: 'Note' },
    },
  ],
  timestamps: true,
}
