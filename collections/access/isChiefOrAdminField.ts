import type { FieldAccess } from 'payload'

import { seesEverything } from '../lib/permissions'

/** Fields only the Ban biên tập and Quản trị set, such as an item's outlet. */
export const isChiefOrAdminField: FieldAccess = ({ req: { user } }) => seesEverything(user)
