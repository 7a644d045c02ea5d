import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Any newsroom account (every role may upload images and documents for its items). */
export const isStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'chief', 'editor', 'contributor')
