import type { Access } from 'payload'

import { canPublish, draftsIn, seesAllOf } from '../lib/permissions'
import { outletOf } from '../lib/roles'

/**
 * Staff with an outlet create items (always for that outlet, see the `checkEditorialRequest`
 * hook) where they may write drafts (`draftsIn`); creating one straight as published needs the
 * right to publish it.
 */
export const createContent =
  (collection: string): Access =>
  ({ req: { user }, data }) => {
    if (!user) return false
    if (seesAllOf(user, collection)) return true
    if (!draftsIn(user, collection)) return false
    return data?._status === 'published' ? canPublish(user, collection, outletOf(user)) : true
  }
