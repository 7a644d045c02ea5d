import type { Message } from '../lib/messages'

/**
 * Editorial states of an item. Payload's own `_status` says whether a version is live
 * (published) or not (draft); this adds where an unpublished version stands in review.
 */
export const WORKFLOW_STATUSES = ['draft', 'submitted', 'returned', 'published'] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

export const WORKFLOW_OPTIONS: { value: WorkflowStatus; label: Message }[] = [
  { value: 'draft', label: { vi: 'Bản nháp', en: 'Draft' } },
  { value: 'submitted', label: { vi: 'Chờ duyệt', en: 'Awaiting review' } },
  { value: 'returned', label: { vi: 'Trả lại', en: 'Returned' } },
  { value: 'published', label: { vi: 'Đã xuất bản', en: 'Published' } },
]

/** What the editorial log records. */
export const WORKFLOW_ACTIONS = [
  'submitted',
  'returned',
  'published',
  'unpublished',
  'corrected',
  'deleted',
  'purged',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export const WORKFLOW_ACTION_OPTIONS: { value: WorkflowAction; label: Message }[] = [
  { value: 'submitted', label: { vi: 'Gửi duyệt', en: 'Submitted for review' } },
  { value: 'returned', label: { vi: 'Trả lại', en: 'Returned' } },
  { value: 'published', label: { vi: 'Xuất bản', en: 'Published' } },
  { value: 'unpublished', label: { vi: 'Gỡ xuống', en: 'Unpublished' } },
  { value: 'corrected', label: { vi: 'Đính chính', en: 'Correction added' } },
  { value: 'deleted', label: { vi: 'Xóa', en: 'Deleted' } },
  {
    value: 'purged',
    label: {
      vi: 'Xoá dữ liệu cá nhân (rút lại sự đồng ý)',
      en: 'Personal data erased (consent withdrawn)',
    },
  },
]
