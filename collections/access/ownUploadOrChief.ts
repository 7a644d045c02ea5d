import type { Access } from 'payload'

import { seesEverything } from '../lib/permissions'

/** Uploaded files are changed or removed by whoever uploaded them, or by the Ban biên tập. */
export const ownUploadOrChief: Access = ({ req: { user } }) => {
  if (!user) return false
  if (seesEverything(user)) return true
  return { createdBy: { equals: user.id } }
}
