import type { CollectionBeforeChangeHook } from 'payload'

import { publishesOnSave, queueEvent, saveModeOf } from '../lib/editorialContext'
import { refuse, rejectIfInvalid } from '../lib/messages'
import { canPublish, PUBLISH_REFUSALS, seesEverything } from '../lib/permissions'
import { outletOf } from '../lib/roles'
import { decideWorkflow } from '../lib/workflow'

/**
 * The editorial rules of every save, drafts included: who created the item and for which
 * outlet, whether this save publishes or unpublishes it and may do so, its review state, and
 * who published it when. Saves without a user (seed, migrations) are the system's and pass.
 */
export const applyEditorialRules: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = req.user
  const { draft, autosave } = saveModeOf(req)

  if (operation === 'create') {
    if (user) data.createdBy = user.id
    if (user && !seesEverything(user)) data.outlet = outletOf(user)
  } else if (originalDoc) {
    // Fields the saver may not write are dropped from the request by field access, and on a
    // version restore Payload does not fill them back in: keep the stored values.
    for (const key of ['createdBy', 'publishedBy', 'lastPublishedAt'] as const) {
      if (data[key] === undefined) data[key] = originalDoc[key]
    }
    if (user && !seesEverything(user)) data.outlet = originalDoc.outlet
  }
  const itemOutlet = data.outlet !== undefined ? data.outlet : originalDoc?.outlet

  const publishing = publishesOnSave(req, data, originalDoc)
  let unpublishing = false
  if (operation === 'update' && !draft && data._status === 'draft' && originalDoc?.id) {
    const live = await req.payload.db.findOne({
      collection: collection.slug,
      where: { id: { equals: originalDoc.id } },
      req,
    })
    unpublishing = (live as { _status?: string } | null)?._status === 'published'
  }

  const mayPublish = !user || canPublish(user, collection.slug, itemOutlet)
  if ((publishing || unpublishing) && !mayPublish) {
    const editingLiveItem = publishing && originalDoc?._status === 'published'
    refuse(
      req,
      unpublishing
        ? PUBLISH_REFUSALS.unpublish
        : editingLiveItem
          ? PUBLISH_REFUSALS.editLive
          : PUBLISH_REFUSALS.publish,
      403,
    )
  }

  const reviewNote = data.reviewNote !== undefined ? data.reviewNote : originalDoc?.reviewNote
  const decision = decideWorkflow({
    requested: data.workflowStatus,
    previous: originalDoc?.workflowStatus,
    publishing,
    unpublishing,
    mayReview: mayPublish,
    reviewNote,
  })
  rejectIfInvalid(req, collection.slug, decision.problems)
  data.workflowStatus = decision.status

  if (publishing) {
    if (user) data.publishedBy = user.id
    data.lastPublishedAt = new Date().toISOString()
  }
  if (decision.action && !autosave) {
    queueEvent(req, {
      action: decision.action,
      note: decision.action === 'returned' ? reviewNote : undefined,
    })
  }
  return data
}
