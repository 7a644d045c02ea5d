import type { FieldAccess } from 'payload'

import { hasRole, sameId } from '../lib/roles'

/** An account's e-mail address: seen by administrators and by its owner only. */
export const isAdminOrSelfField: FieldAccess = ({ req: { user }, id, doc }) =>
  hasRole(user, 'admin') || (Boolean(user) && sameId(doc?.id ?? id, user?.id))
