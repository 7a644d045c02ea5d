import type { Access } from 'payload'

import { ownContentWhere, seesEverything } from '../lib/permissions'

/** Scoped staff delete unpublished items only: taking something off the portal is a publisher's act. */
export const deleteContent: Access = ({ req: { user } }) => {
  if (!user) return false
  if (seesEverything(user)) return true
  const own = ownContentWhere(user)
  return own ? { and: [own, { _status: { not_equals: 'published' } }] } : false
}
