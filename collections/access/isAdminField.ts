import type { FieldAccess } from 'payload'

import { hasRole } from '../lib/roles'

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
