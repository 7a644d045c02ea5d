import type { CollectionBeforeValidateHook } from 'payload'

/**
 * The very first account (made through the admin's "create first user" screen) becomes an
 * administrator; otherwise nobody could ever assign roles.
 */
export const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
