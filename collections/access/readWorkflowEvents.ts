import type { Access, Where } from 'payload'

import { seesEverything } from '../lib/permissions'
import { hasRole, outletOf } from '../lib/roles'

/**
 * The editorial log follows the scope of the items it records: an editor's outlet, a
 * contributor's own items and own actions.
 */
export const readWorkflowEvents: Access = ({ req: { user } }) => {
  if (!user) return false
  if (seesEverything(user)) return true
  const outlet = outletOf(user)
  const scope: Where =
    hasRole(user, 'editor') && outlet !== null
      ? { outlet: { equals: outlet } }
      : { or: [{ actor: { equals: user.id } }, { author: { equals: user.id } }] }
  return scope
}
