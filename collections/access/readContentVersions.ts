import type { Access } from 'payload'

import { workingScope } from '../lib/permissions'

/**
 * Version history holds every draft ever saved, so it follows the working scope only: another
 * outlet's published item does not open its drafts' history.
 */
export const readContentVersions =
  (collection: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    return workingScope(user, collection, 'version.') ?? false
  }
