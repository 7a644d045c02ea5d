import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from './access/isAdmin'
import { isAdminOrSelf } from './access/isAdminOrSelf'
import { normalizeText } from './hooks/normalizeText'
import { ROLE_OPTIONS } from './lib/roles'

/**
 * The very first account (made through the admin's "create first user" screen) becomes an
 * administrator; otherwise nobody could ever assign roles.
 */
const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { vi: 'Người dùng', en: 'User' },
    plural: { vi: 'Người dùng', en: 'Users' },
  },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'outlet'],
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure:
        process.env.NODE_ENV === 'production' &&
        process.env.PUBLIC_URL?.startsWith('https://') === true,
    },
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeValidate: [normalizeText, firstUserIsAdmin] },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Họ và tên', en: 'Full name' },
      required: true,
      maxLength: 120,
    },
    {
      name: 'role',
      type: 'select',
      label: { vi: 'Vai trò', en: 'Role' },
      required: true,
      defaultValue: 'contributor',
      options: ROLE_OPTIONS,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'outlet',
      type: 'relationship',
      relationTo: 'outlets',
      label: { vi: 'Cơ quan / đơn vị', en: 'Outlet' },
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
  ],
}
