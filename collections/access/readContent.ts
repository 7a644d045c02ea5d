import type { Access } from 'payload'

import { ownContentWhere, seesEverything } from '../lib/permissions'

const published = { _status: { equals: 'published' } }

/**
 * The public reads published items only; staff also read what is theirs to work on (their
 * outlet's items for an editor, their own for a contributor). A query constraint, so lists,
 * search, counts, relationship pickers and the REST/GraphQL API all agree.
 */
export const readContent: Access = ({ req: { user } }) => {
  if (!user) return published
  if (seesEverything(user)) return true
  const own = ownContentWhere(user)
  return own ? { or: [published, own] } : published
}
