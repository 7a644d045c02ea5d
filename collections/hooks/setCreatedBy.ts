import type { CollectionBeforeChangeHook } from 'payload'

/** Remembers who uploaded a file: they (and the Ban biên tập) may later change or remove it. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.createdBy = req.user.id
  return data
}
