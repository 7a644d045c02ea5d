import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { canChangeRole } from './access/canChangeRole'
import { isAdmin } from './access/isAdmin'
import { isAdminField } from './access/isAdminField'
import { isAdminOrSelf } from './access/isAdminOrSelf'
import { isAdminOrSelfField } from './access/isAdminOrSelfField'
import { readUsers } from './access/readUsers'
import { guardAccountChanges } from './hooks/guardAccountChanges'
import { normalizeText } from './hooks/normalizeText'
import { releaseLoginAttempt, throttleAuth } from './hooks/throttleAuth'
import { ROLE_OPTIONS } from './lib/roles'
import { secureCookies } from '@cms/security/cookies'

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
    // Payload's lockout; the per-address limits in hooks/throttleAuth keep one stranger below it.
    maxLoginAttempts: 10,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: { minRequestInterval: 60 * 1000 },
    cookies: {
      // httpOnly always (Payload); Secure unless the CMS is declared to run on plain http.
      sameSite: 'Lax',
      secure: secureCookies(),
    },
  },
  access: {
    read: readUsers,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [throttleAuth, guardAccountChanges],
    beforeValidate: [normalizeText, firstUserIsAdmin],
    afterLogin: [releaseLoginAttempt],
  },
  fields: [
    {
      // Payload's own e-mail field, with who may see it: the account holder and administrators.
      name: 'email',
      type: 'email',
      access: { read: isAdminOrSelfField },
    },
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
      access: { create: isAdminField, update: canChangeRole },
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
