import type { Access } from 'payload'

import { canPublish, seesEverything } from '../lib/permissions'
import { hasRole, outletOf } from '../lib/roles'

/**
 * Staff with an outlet create items (always for that outlet, see the `checkEditorialRequest`
 * hook); creating one straight as published needs the right to publish it.
 */
export const createContent =
  (collection: string): Access =>
  ({ req: { user }, data }) => {
    if (!user) return false
    if (seesEverything(user)) return true
    if (!hasRole(user, 'editor', 'contributor') || outletOf(user) === null) return false
    return data?._status === 'published' ? canPublish(user, collection, outletOf(user)) : true
  }
