import type { PayloadRequest } from 'payload'

import type { WorkflowAction } from '../vocabulary/workflow'

/**
 * What one save carries from hook to hook through `req.context`: whether it is a draft save
 * (only `beforeOperation` sees that flag) and which editorial events to log once the item is
 * written.
 */
export type SaveMode = { draft: boolean; autosave: boolean }
export type PendingEvent = { action: WorkflowAction; note?: string | null }

const SAVE_MODE = 'hub:saveMode'
const PENDING_EVENTS = 'hub:pendingEvents'

/** Called as a save starts: records its mode and forgets events of an earlier, failed save. */
export function rememberSaveMode(req: PayloadRequest, mode: SaveMode): void {
  req.context[SAVE_MODE] = mode
  req.context[PENDING_EVENTS] = []
}

export function saveModeOf(req: PayloadRequest): SaveMode {
  return (req.context[SAVE_MODE] as SaveMode | undefined) ?? { draft: false, autosave: false }
}

/**
 * Whether this save makes the item live: not a draft save, and published afterwards (a publish,
 * or a direct edit of a live item). For `beforeChange` hooks.
 */
export function publishesOnSave(
  req: PayloadRequest,
  data: { _status?: unknown },
  originalDoc?: { _status?: unknown } | null,
): boolean {
  const nextStatus = data._status ?? originalDoc?._status ?? 'draft'
  return !saveModeOf(req).draft && nextStatus === 'published'
}

export function queueEvent(req: PayloadRequest, event: PendingEvent): void {
  const pending = (req.context[PENDING_EVENTS] as PendingEvent[] | undefined) ?? []
  req.context[PENDING_EVENTS] = [...pending, event]
}

/** The queued events, emptied so a later save on the same request starts afresh. */
export function takeEvents(req: PayloadRequest): PendingEvent[] {
  const pending = (req.context[PENDING_EVENTS] as PendingEvent[] | undefined) ?? []
  req.context[PENDING_EVENTS] = []
  return pending
}
