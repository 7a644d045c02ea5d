import type { Access } from 'payload'

import { workingScope } from '../lib/permissions'

const published = { _status: { equals: 'published' } }

/**
 * The public reads published items only; staff also read what is theirs to work on (their
 * outlet's items for an editor, their own for a contributor; all of the directory for the
 * department's editors). A query constraint, so lists, search, counts, relationship pickers and
 * the REST/GraphQL API all agree.
 */
export const readContent =
  (collection: string): Access =>
  ({ req: { user } }) => {
    if (!user) return published
    const scope = workingScope(user, collection)
    if (scope === true) return true
    return scope ? { or: [published, scope] } : published
  }
