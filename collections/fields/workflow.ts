import type { Data, Field, Option, PayloadRequest } from 'payload'

import { isStaffField } from '../access/isStaffField'
import { nobody } from '../access/nobody'
import { canPublish } from '../lib/permissions'
import { WORKFLOW_OPTIONS } from '../vocabulary/workflow'
import { createdByField } from './createdBy'

const sidebar = { position: 'sidebar' } as const

/**
 * The review states offered in the form: "Đã xuất bản" only shows what publishing did (it is
 * never chosen), and "Trả lại" only for those who may approve the item.
 */
const offeredStates =
  (collection: string) =>
  ({ options, data, req }: { options: Option[]; data: Data; req: PayloadRequest }): Option[] =>
    options.filter((option) => {
      const value = typeof option === 'string' ? option : option.value
      if (value === data?.workflowStatus) return true
      if (value === 'published') return false
      if (value === 'returned') return canPublish(req?.user, collection, data?.outlet)
      return true
    })

/**
 * Review state, review note, and who created and published the item. Staff-only: the public
 * API never sees workflow state or user references.
 */
export const workflowFields = (collection: string): Field[] => [
  {
    name: 'workflowStatus',
    type: 'select',
    label: { vi: 'Trạng thái duyệt', en: 'Review state' },
    // Always set by the applyEditorialRules hook; not `required`, so API callers may omit it.
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_OPTIONS.map(({ value, label }) => ({ value, label: { ...label } })),
    filterOptions: offeredStates(collection),
    access: { read: isStaffField },
    admin: {
      ...sidebar,
      description: {
        vi: 'Chọn "Chờ duyệt" rồi lưu để gửi bài cho người duyệt. Xuất bản bằng nút Xuất bản.',
        en: 'Choose "Awaiting review" and save to send it for approval. Publish with the Publish button.',
      },
    },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    label: { vi: 'Ghi chú duyệt / lý do trả lại', en: 'Review note / reason returned' },
    maxLength: 2000,
    access: { read: isStaffField },
    admin: sidebar,
  },
  createdByField(),
  {
    name: 'publishedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { vi: 'Người xuất bản', en: 'Published by' },
    access: { read: isStaffField, create: nobody, update: nobody },
    admin: { ...sidebar, readOnly: true },
  },
  {
    name: 'lastPublishedAt',
    type: 'date',
    label: { vi: 'Xuất bản gần nhất', en: 'Last published' },
    access: { create: nobody, update: nobody },
    admin: {
      ...sidebar,
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
    },
  },
]
