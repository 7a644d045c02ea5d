import { WORKFLOW_STATUSES, type WorkflowAction, type WorkflowStatus } from '../vocabulary/workflow'
import type { FieldProblem } from './messages'

export type WorkflowChange = {
  /** The state asked for by the form or API (undefined: unchanged). */
  requested?: string | null
  /** The item's state before this save (undefined for a new item). */
  previous?: string | null
  /** This save makes the item live (publish, or a direct edit of a live item). */
  publishing: boolean
  /** This save takes a live item off the portal. */
  unpublishing: boolean
  /** The saver may publish this item, and so review (return) it. */
  mayReview: boolean
  /** The review note after this save. */
  reviewNote?: string | null
}

export type WorkflowDecision = {
  status: WorkflowStatus
  /** What to write to the editorial log, if anything. */
  action?: WorkflowAction
  problems: FieldProblem[]
}

const isStatus = (value: unknown): value is WorkflowStatus =>
  (WORKFLOW_STATUSES as readonly unknown[]).includes(value)

/**
 * Decides an item's editorial state after a save. Publishing always yields "published"; an
 * unpublished version is never "published" (a new draft of a live item starts as a draft);
 * returning needs a reviewer and a reason. Permission to publish is checked by the caller.
 *
 * @example
 * decideWorkflow({ requested: 'submitted', previous: 'draft', publishing: false,
 *   unpublishing: false, mayReview: false }) // { status: 'submitted', action: 'submitted', problems: [] }
 */
export function decideWorkflow(change: WorkflowChange): WorkflowDecision {
  const previous = isStatus(change.previous) ? change.previous : undefined
  if (change.publishing) return { status: 'published', action: 'published', problems: [] }
  if (change.unpublishing) return { status: 'draft', action: 'unpublished', problems: [] }

  const problems: FieldProblem[] = []
  if (change.requested !== undefined && change.requested !== null && !isStatus(change.requested)) {
    problems.push({
      path: 'workflowStatus',
      message: { vi: 'Trạng thái duyệt không hợp lệ.', en: 'Unknown review state.' },
    })
    return { status: previous ?? 'draft', problems }
  }
  let status: WorkflowStatus =
    (change.requested as WorkflowStatus | undefined) ?? previous ?? 'draft'
  if (status === 'published') status = 'draft'
  if (status === previous || (status === 'draft' && previous === 'published')) {
    return { status, problems }
  }

  if (status === 'returned') {
    if (!change.mayReview) {
      problems.push({
        path: 'workflowStatus',
        message: {
          vi: 'Chỉ người có quyền duyệt bài này mới được trả lại bài.',
          en: 'Only someone who may approve this item can return it.',
        },
      })
    } else if (!change.reviewNote?.trim()) {
      problems.push({
        path: 'reviewNote',
        message: {
          vi: 'Hãy ghi lý do trả lại để người viết biết cần sửa gì.',
          en: 'Give the reason for returning it, so the author knows what to change.',
        },
      })
    }
    return { status, action: 'returned', problems }
  }
  if (status === 'submitted') return { status, action: 'submitted', problems }
  return { status, problems }
}
