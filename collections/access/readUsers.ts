import type { Access } from 'payload'

import { seesEverything } from '../lib/permissions'
import { outletOf } from '../lib/roles'

/**
 * Staff see their colleagues' names (to credit authors): the Ban biên tập and Quản trị all
 * accounts, others those of their own outlet. E-mail addresses are restricted per field.
 */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (seesEverything(user)) return true
  const outlet = outletOf(user)
  const self = { id: { equals: user.id } }
  return outlet === null ? self : { or: [self, { outlet: { equals: outlet } }] }
}
