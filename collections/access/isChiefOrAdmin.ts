import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Ban biên tập and Quản trị manage shared taxonomies (topics, outlets). */
export const isChiefOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'chief')
