import type { Where } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../vocabulary/contentTypes'
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
  if (seesEverything(user)) return true
  if (!hasRole(user, 'editor') || !(EDITOR_PUBLISHES as readonly string[]).includes(collection)) {
    return false
  }
  const own = outletOf(user)
  if (own === null) return false
  return itemOutlet === undefined ? true : sameId(itemOutlet, own)
}

/** Any account that publishes something (for the jobs queue and the review queue). */
export const publishesAnything = (user: unknown): boolean =>
  CONTENT_COLLECTIONS.some((collection) => canPublish(user, collection))
