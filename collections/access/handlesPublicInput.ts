import type { Access } from 'payload'

import { handlesPublicInput as handles } from '../lib/permissions'

/** Staff who read and work on questions and comments from the public (ROLES.md). */
export const handlesPublicInput: Access = ({ req: { user } }) => handles(user)
