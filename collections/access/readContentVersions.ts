import type { Access } from 'payload'

import { ownContentWhere, seesEverything } from '../lib/permissions'

/**
 * Version history holds every draft ever saved, so it follows the working scope only: another
 * outlet's published item does not open its drafts' history.
 */
export const readContentVersions: Access = ({ req: { user } }) => {
  if (!user) return false
  if (seesEverything(user)) return true
  return ownContentWhere(user, 'version.') ?? false
}
