import type { Access } from 'payload'

import { canPublish, workingScope } from '../lib/permissions'
import { hasRole } from '../lib/roles'

/**
 * Editors change their outlet's items, contributors their own until published. Asked with
 * `_status: 'published'` (the admin does this to show or hide "Xuất bản"), it answers whether
 * the account may publish here. Publishing, unpublishing and returning are checked again per
 * item by the `applyEditorialRules` hook.
 */
export const updateContent =
  (collection: string): Access =>
  ({ req: { user }, data }) => {
    if (!user) return false
    const own = workingScope(user, collection)
    if (own === true) return true
    if (!own) return false
    if (data?._status === 'published' && !canPublish(user, collection)) return false
    if (hasRole(user, 'contributor')) {
      return { and: [own, { _status: { not_equals: 'published' } }] }
    }
    return own
  }
