import type { Access } from 'payload'

import { workingScope } from '../lib/permissions'

/** Scoped staff delete unpublished items only: taking something off the portal is a publisher's act. */
export const deleteContent =
  (collection: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    const scope = workingScope(user, collection)
    if (scope === true) return true
    return scope ? { and: [scope, { _status: { not_equals: 'published' } }] } : false
  }
