import type { Field } from 'payload'

import { isChiefOrAdminField } from '../access/isChiefOrAdminField'
import { rejectUnsafeRichText } from '../hooks/rejectUnsafeRichText'
import { outletOf } from '../lib/roles'
import { CONTENT_COLLECTIONS } from '../vocabulary/contentTypes'

/**
 * Fields every public content type shares. Each is a factory so a collection can adjust labels
 * or requirements without copying the definition.
 */

export const titleField = (overrides: Partial<Field> = {}): Field =>
  ({
    name: 'title',
    type: 'text',
    label: { vi: 'Tiêu đề', en: 'Title' },
    required: true,
    localized: true,
    maxLength: 300,
    ...overrides,
  }) as Field

export const publishedAtField = (): Field => ({
  name: 'publishedAt',
  type: 'date',
  label: { vi: 'Ngày đăng', en: 'Published at' },
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
    description: {
      vi: 'Tự điền khi xuất bản lần đầu.',
      en: 'Filled in automatically on first publish.',
    },
  },
})

/**
 * The outlet an item belongs to: what editors and contributors are scoped by. They cannot pick
 * another outlet (their own is filled in); the Ban biên tập and Quản trị can.
 */
export const outletField = (required = true): Field => ({
  name: 'outlet',
  type: 'relationship',
  relationTo: 'outlets',
  label: { vi: 'Cơ quan / đơn vị', en: 'Outlet' },
  required,
  index: true,
  // An editor's or contributor's own outlet, shown read-only to them.
  defaultValue: ({ user }) => outletOf(user) as number,
  access: { create: isChiefOrAdminField, update: isChiefOrAdminField },
  admin: { position: 'sidebar' },
})

export const topicsField = (): Field => ({
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  label: { vi: 'Chủ đề', en: 'Topics' },
  admin: { position: 'sidebar' },
})

export const coverField = (): Field => ({
  name: 'cover',
  type: 'upload',
  relationTo: 'media',
  label: { vi: 'Ảnh đại diện', en: 'Cover image' },
  filterOptions: { mimeType: { contains: 'image' } },
})

export const shareImageField = (): Field => ({
  name: 'shareImage',
  type: 'upload',
  relationTo: 'media',
  label: { vi: 'Ảnh chia sẻ mạng xã hội', en: 'Social share image' },
  filterOptions: { mimeType: { contains: 'image' } },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Tùy chọn, 1200×630. Để trống để dùng thẻ chia sẻ tự động.',
      en: 'Optional, 1200×630. Leave empty to use the generated card.',
    },
  },
})

export const relatedField = (): Field => ({
  name: 'related',
  type: 'relationship',
  relationTo: [...CONTENT_COLLECTIONS],
  hasMany: true,
  label: { vi: 'Nội dung liên quan', en: 'Related items' },
  maxRows: 8,
})

export const richBodyField = (name = 'body', vi = 'Nội dung', en = 'Body'): Field => ({
  name,
  type: 'richText',
  label: { vi, en },
  localized: true,
  hooks: { beforeChange: [rejectUnsafeRichText] },
})
