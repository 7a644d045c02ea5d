import type { Where } from 'payload'

import type { ContentCollection } from '../vocabulary/contentTypes'
import {
  EDITORIAL_COLLECTIONS,
  isDirectoryCollection,
  isEcosystemCollection,
  PROGRAMMES_COLLECTION,
} from '../vocabulary/directory'
import type { Message } from './messages'
import { hasRole, outletOf, sameId } from './roles'

/**
 * The newsroom's permission matrix in one place (documented in docs/ROLES.md). Access functions
 * in `collections/access/` and the workflow hooks ask these questions; none of them decides on
 * its own.
 */

/**
 * What a Biên tập viên may publish without the Ban biên tập, for their own outlet only. Policy
 * notices are official documents and need the programme's approval; events are not named in
 * the editors' remit either, so they go through review too.
 */
export const EDITOR_PUBLISHES: readonly ContentCollection[] = ['articles', 'features']

/** Ban biên tập and Quản trị see and change every outlet's content. */
export const seesEverything = (user: unknown): boolean => hasRole(user, 'admin', 'chief')

/**
 * A Biên tập viên of the outlet marked as managing the ecosystem directory (the Department of
 * Science and Technology: `outlets.managesDirectory`, read onto the account as the virtual
 * `users.managesDirectory`, so every request knows it without a look-up).
 */
export const isDirectoryDesk = (user: unknown): boolean =>
  hasRole(user, 'editor') &&
  outletOf(user) !== null &&
  (user as { managesDirectory?: unknown }).managesDirectory === true

/**
 * Who sees and changes every item of a collection: the Ban biên tập and Quản trị everywhere,
 * and the department's editors in the directory and the programmes, which they look after.
 */
export const seesAllOf = (user: unknown, collection: string): boolean =>
  seesEverything(user) || (isEcosystemCollection(collection) && isDirectoryDesk(user))

/**
 * Who writes drafts of a collection (those who see all of it aside): editors and contributors of
 * an outlet for news content; for the directory, editors of any outlet (their profiles go to
 * the department for review), never contributors; programmes only the department.
 */
export function draftsIn(user: unknown, collection: string): boolean {
  if (seesAllOf(user, collection)) return true
  if (outletOf(user) === null || collection === PROGRAMMES_COLLECTION) return false
  if (isDirectoryCollection(collection)) return hasRole(user, 'editor')
  return hasRole(user, 'editor', 'contributor')
}

/**
 * What of a collection an account works on: everything (`true`), its own items (a query
 * constraint, see `ownContentWhere`), or nothing (null). `prefix` is `version.` for versions.
 */
export function workingScope(user: unknown, collection: string, prefix = ''): true | Where | null {
  if (seesAllOf(user, collection)) return true
  return draftsIn(user, collection) ? ownContentWhere(user, prefix) : null
}

/**
 * The items a scoped account works on, as a query constraint: an editor's outlet, or a
 * contributor's own items. Null when the account has no scope (no outlet assigned, or no
 * newsroom role), so it works on nothing. `prefix` is `version.` for the versions table.
 *
 * @example
 * ownContentWhere({ id: 7, role: 'contributor', outlet: 2 }) // { createdBy: { equals: 7 } }
 */
export function ownContentWhere(user: unknown, prefix = ''): Where | null {
  const outlet = outletOf(user)
  if (outlet === null) return null
  if (hasRole(user, 'editor')) return { [`${prefix}outlet`]: { equals: outlet } }
  if (hasRole(user, 'contributor')) {
    const id = (user as { id?: unknown }).id
    return { [`${prefix}createdBy`]: { equals: id } }
  }
  return null
}

/**
 * May this account publish (or unpublish, schedule, return) items of this collection? With
 * `itemOutlet`, for that particular item's outlet; without it, for some item of their own.
 */
export function canPublish(user: unknown, collection: string, itemOutlet?: unknown): boolean {
  if (!user) return false
  if (seesAllOf(user, collection)) return true
  if (!hasRole(user, 'editor') || !(EDITOR_PUBLISHES as readonly string[]).includes(collection)) {
    return false
  }
  const own = outletOf(user)
  if (own === null) return false
  return itemOutlet === undefined ? true : sameId(itemOutlet, own)
}

/** Any account that publishes something (for the jobs queue and the review queue). */
export const publishesAnything = (user: unknown): boolean =>
  EDITORIAL_COLLECTIONS.some((collection) => canPublish(user, collection))

/** Why a save that publishes, changes a live item or unpublishes was refused, for the editor. */
export const PUBLISH_REFUSALS = {
  publish: {
    vi: 'Bạn không có quyền xuất bản mục này. Hãy chọn "Chờ duyệt" và lưu để gửi người duyệt.',
    en: 'You may not publish this item. Choose "Awaiting review" and save to send it for approval.',
  },
  editLive: {
    vi: 'Mục này đang được xuất bản, bạn không thể sửa trực tiếp. Hãy lưu bản nháp rồi chọn "Chờ duyệt" để gửi duyệt.',
    en: 'This item is live and you cannot change it directly. Save a draft and choose "Awaiting review" to send it for approval.',
  },
  unpublish: {
    vi: 'Bạn không có quyền gỡ nội dung đã xuất bản xuống.',
    en: 'You may not unpublish this item.',
  },
} satisfies Record<string, Message>

/**
 * Who handles what the public sends (questions, comments on draft documents): it carries
 * people's names and e-mail addresses, so only those who answer for the portal read it — the
 * Ban biên tập, Quản trị and Biên tập viên (who draft answers), never Cộng tác viên.
 */
export const handlesPublicInput = (user: unknown): boolean =>
  hasRole(user, 'admin', 'chief', 'editor')

/**
 * Who speaks for the portal to the public: publishing an answer (which e-mails the asker),
 * turning a question down, approving or rejecting a comment. The Ban biên tập and Quản trị,
 * as for policy notices; an editor's answer waits for them as "answered".
 */
export const answersForThePortal = (user: unknown): boolean => seesEverything(user)
