import { rememberSaveMode } from '../lib/editorialContext'
import { refuse } from '../lib/messages'
import { canPublish, PUBLISH_REFUSALS, seesAllOf } from '../lib/permissions'
import { outletOf, sameId } from '../lib/roles'
import type { AnyBeforeOperationHook, OperationArgs } from '../lib/operationArgs'

/**
 * Runs before a save, where the request is still as sent: remembers whether it is a draft save
 * (later hooks cannot tell a draft save from an unpublish otherwise), and refuses, with the
 * reason, a publish by an account that may not publish here and an editor's or contributor's
 * attempt to put an item in another outlet, which field access would only drop silently.
 */
export const checkEditorialRequest: AnyBeforeOperationHook = ({
  args: operationArgs,
  collection,
  operation,
  req,
}) => {
  const args = operationArgs as OperationArgs
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    rememberSaveMode(req, { draft: Boolean(args.draft), autosave: Boolean(args.autosave) })
  }
  const user = req.user
  if (
    (operation === 'create' || operation === 'update') &&
    !args.overrideAccess &&
    user &&
    !seesAllOf(user, collection.slug)
  ) {
    // Access alone would answer a contributor's publish with a bare "not allowed"; the
    // reason, and what to do instead, is the editor's to read.
    const publishing = !args.draft && (args.data as { _status?: unknown })?._status === 'published'
    if (publishing && !canPublish(user, collection.slug)) {
      refuse(req, PUBLISH_REFUSALS.publish, 403)
    }
    const requested = (args.data as { outlet?: unknown } | undefined)?.outlet
    if (requested !== undefined && !sameId(requested, outletOf(user))) {
      refuse(
        req,
        {
          vi: 'Bạn chỉ được tạo và sửa nội dung của cơ quan mình; không thể chuyển sang cơ quan khác.',
          en: 'You can only create and edit content of your own outlet, not move it to another.',
        },
        403,
      )
    }
  }
  return operationArgs
}
