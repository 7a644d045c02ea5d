import type { FieldAccess } from 'payload'

import { hasRole, sameId } from '../lib/roles'

/** Only an administrator changes roles, and never their own (no self-promotion or lock-out). */
export const canChangeRole: FieldAccess = ({ req: { user }, id, doc }) =>
  hasRole(user, 'admin') && !sameId(doc?.id ?? id, user?.id)
