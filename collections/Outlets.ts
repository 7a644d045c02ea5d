import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { isAdminField } from './access/isAdminField'
import { isChiefOrAdmin } from './access/isChiefOrAdmin'
import { slugField } from './fields/slug'
import { normalizeText } from './hooks/normalizeText'

/** The newsrooms and agencies that feed the hub (plan 281/KH-UBND, task II.1). */
export const Outlets: CollectionConfig<'outlets'> = {
  slug: 'outlets',
  labels: {
    singular: { vi: 'Cơ quan / đơn vị', en: 'Outlet' },
    plural: { vi: 'Cơ quan / đơn vị', en: 'Outlets' },
  },
  admin: {
    group: { vi: 'Danh mục', en: 'Taxonomy' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'website'],
  },
  access: {
    read: anyone,
    create: isChiefOrAdmin,
    update: isChiefOrAdmin,
    delete: isChiefOrAdmin,
  },
  hooks: { beforeValidate: [normalizeText] },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { vi: 'Tên', en: 'Name' },
      required: true,
      localized: true,
      maxLength: 200,
    },
    {
      name: 'shortName',
      type: 'text',
      label: { vi: 'Tên viết tắt', en: 'Short name' },
      maxLength: 40,
    },
    {
      name: 'kind',
      type: 'select',
      label: { vi: 'Loại', en: 'Kind' },
      required: true,
      options: [
        { value: 'newspaper', label: { vi: 'Báo', en: 'Newspaper' } },
        { value: 'broadcaster', label: { vi: 'Đài phát thanh - truyền hình', en: 'Broadcaster' } },
        { value: 'agency', label: { vi: 'Cơ quan nhà nước', en: 'Government agency' } },
        { value: 'other', label: { vi: 'Khác', en: 'Other' } },
      ],
    },
    {
      name: 'website',
      type: 'text',
      label: { vi: 'Trang web', en: 'Website' },
      validate: (value: unknown) => {
        if (!value) return true
        try {
          const url = new URL(String(value))
          if (url.protocol === 'https:' || url.protocol === 'http:') return true
        } catch {}
        return 'Trang web phải là liên kết http(s):// hợp lệ. / The website must be an http(s):// link.'
      },
    },
    {
      name: 'description',
      type: 'textarea',
      label: { vi: 'Giới thiệu', en: 'Description' },
      localized: true,
    },
    {
      // A grant of rights, so only an administrator sets it (as they set roles).
      name: 'managesDirectory',
      type: 'checkbox',
      label: {
        vi: 'Quản lý danh bạ hệ sinh thái và chương trình',
        en: 'Manages the ecosystem directory and programmes',
      },
      defaultValue: false,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Sở Khoa học và Công nghệ: biên tập viên của đơn vị này tạo, duyệt và xuất bản hồ sơ dự án, chuyên gia, tổ chức hỗ trợ và chương trình, như Ban biên tập.',
          en: 'The Department of Science and Technology: its editors create, review and publish startups, people, support organisations and programmes, as the editor-in-chief does.',
        },
      },
    },
    slugField({ from: 'name' }),
  ],
}
