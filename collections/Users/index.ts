import type { CollectionConfig } from 'payload'

import { canChangeRole } from '../access/canChangeRole'
import { isAdmin } from '../access/isAdmin'
import { isAdminField } from '../access/isAdminField'
import { isAdminOrSelf } from '../access/isAdminOrSelf'
import { isAdminOrSelfField } from '../access/isAdminOrSelfField'
import { readUsers } from '../access/readUsers'
import { guardAccountChanges } from '../hooks/guardAccountChanges'
import { normalizeText } from '../hooks/normalizeText'
import { ROLE_OPTIONS } from '../lib/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

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
    // How this server defends sign-in (limits instead of Payload's lockout) and the session
    // cookie's settings are the CMS's: cms/security/plugin.ts.
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: { minRequestInterval: 60 * 1000 },
  },
  access: {
    read: readUsers,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [guardAccountChanges],
    beforeValidate: [normalizeText, firstUserIsAdmin],
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
    {
      // Read from the outlet on every read of the account, the session's included (Payload
      // fetches the signed-in user with its afterRead, at any depth, GraphQL too): access rules
      // ask it without a look-up of their own (collections/lib/permissions.ts, isDirectoryDesk).
      name: 'managesDirectory',
      type: 'checkbox',
      virtual: 'outlet.managesDirectory',
      label: {
        vi: 'Quản lý danh bạ hệ sinh thái (theo cơ quan)',
        en: 'Manages the ecosystem directory (from the outlet)',
      },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
